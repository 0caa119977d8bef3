"""yargy grammars, one module per fact type."""
