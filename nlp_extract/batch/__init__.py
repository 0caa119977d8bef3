"""Many documents: inputs, workers, resume, engines (local pool, Dask)."""
