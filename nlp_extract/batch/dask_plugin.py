"""The Dask worker plugin (imported only by the dask engine, which needs distributed)."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from .jobs import start_worker


class ModelsPlugin(WorkerPlugin):
    """Load the models once when each worker starts, with one BLAS thread."""

    def __init__(self, date: str | None, max_bytes: int) -> None:
        self.date, self.max_bytes = date, max_bytes

    def setup(self, worker: Any) -> None:
        start_worker(self.date, self.max_bytes)
