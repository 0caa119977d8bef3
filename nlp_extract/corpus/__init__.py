"""The corpus view: the documents of a batch read together, one entity per real thing."""
