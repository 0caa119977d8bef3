"""Where documents run: in this process, a local process pool, or a Dask cluster.

Each engine yields `Result`s in input order (or as they finish with `ordered=False`);
every worker loads the models once and limits BLAS to one thread.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from functools import partial

from .batch import BLAS_ENV, Job, Result, init_worker, process
from .errors import UsageError


def run_local(
    jobs: Sequence[Job], workers: int, max_bytes: int, date: str | None, ordered: bool = True
) -> Iterator[Result]:
    """A pool of `workers` processes (none for one worker: the work runs here)."""
    task = partial(process, max_bytes=max_bytes)
    if workers <= 1:
        init_worker(date)
        yield from map(task, jobs)
        return
    for name in BLAS_ENV:  # inherited by the workers before their numpy loads
        os.environ[name] = "1"
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=init_worker, initargs=(date,)) as pool:
        results = (
            pool.imap(task, jobs, chunksize=1)
            if ordered
            else pool.imap_unordered(task, jobs, chunksize=1)
        )
        yield from results


def run_dask(
    jobs: Sequence[Job],
    workers: int,
    max_bytes: int,
    date: str | None,
    scheduler: str | None,
    ordered: bool = True,
) -> Iterator[Result]:
    """The same per-document function on a Dask cluster; a local one when no scheduler is given."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed

        from .dask_plugin import ModelsPlugin
    except ImportError:
        raise UsageError(
            "the dask engine needs the extra: pip install 'nlp-extract[dask]'"
        ) from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            env=dict.fromkeys(BLAS_ENV, "1"),
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        client.register_plugin(ModelsPlugin(date), name="nlp-extract-models")
        futures = client.map(process, jobs, max_bytes=max_bytes, pure=False)
        if ordered:
            for future in futures:
                yield future.result()
                future.release()
        else:
            for future in as_completed(futures):
                yield future.result()
                future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
