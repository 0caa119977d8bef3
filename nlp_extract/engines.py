"""Where documents run: in this process, a local process pool, or a Dask cluster.

Each engine yields `Result`s in input order (or as they finish with `ordered=False`);
every worker loads the models once and limits BLAS to one thread.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from .batch import BLAS_ENV, Job, Result, init_worker, process
from .errors import NlpExtractError, UsageError

# Documents sent to a worker at a time: fewer round trips through the parent, which
# shares the cores with the workers. Output order is kept; a worker killed mid-chunk
# leaves those documents unwritten, for --resume.
CHUNK = 8


class WorkerDied(NlpExtractError):
    """A worker process ended without finishing its document."""


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
    # concurrent.futures, not multiprocessing.Pool: a worker killed mid-document (OOM,
    # kill -9) breaks the executor with an error instead of leaving the batch waiting.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
        initargs=(date,),
    )
    try:
        if ordered:
            yield from pool.map(task, jobs, chunksize=CHUNK)
        else:
            yield from (
                future.result() for future in as_completed([pool.submit(task, job) for job in jobs])
            )
    except BrokenProcessPool:
        raise WorkerDied(
            "a worker process died (killed, or out of memory); every line written is complete: "
            "rerun with --resume"
        ) from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


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
