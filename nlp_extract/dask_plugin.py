"""The Dask worker plugin (imported only by the dask engine, which needs distributed)."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from .batch import init_worker


class ModelsPlugin(WorkerPlugin):
    """Load the models once when each worker starts, with one BLAS thread."""

    def __init__(self, date: str | None) -> None:
        self.date = date

    def setup(self, worker: Any) -> None:
        init_worker(self.date)
