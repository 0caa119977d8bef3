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

from .batch import BLAS_ENV, BatchOptions, Job, Result, process, start_worker
from .errors import NlpExtractError, UsageError

# Documents sent to a worker at a time: fewer round trips through the parent, which
# shares the cores with the workers. Output order is kept; a worker killed mid-chunk
# leaves those documents unwritten, for --resume.
CHUNK = 8


class WorkerDied(NlpExtractError):
    """A worker process ended without finishing its document."""


def run(jobs: Sequence[Job], options: BatchOptions) -> Iterator[Result]:
    """The chosen engine's stream of results."""
    if options.engine == "dask":
        return run_dask(jobs, options)
    return run_local(jobs, options)


def run_local(jobs: Sequence[Job], options: BatchOptions) -> Iterator[Result]:
    """A pool of worker processes (none for one worker: the work runs here)."""
    if options.workers <= 1:
        start_worker(options.date, options.max_bytes)
        yield from map(process, jobs)
        return
    for name in BLAS_ENV:  # inherited by the workers before their numpy loads
        os.environ[name] = "1"
    # concurrent.futures, not multiprocessing.Pool: a worker killed mid-document (OOM,
    # kill -9) breaks the executor with an error instead of leaving the batch waiting.
    pool = ProcessPoolExecutor(
        options.workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(options.date, options.max_bytes),
    )
    try:
        if options.ordered:
            yield from pool.map(process, jobs, chunksize=CHUNK)
        else:
            futures = [pool.submit(process, job) for job in jobs]
            yield from (future.result() for future in as_completed(futures))
    except BrokenProcessPool:
        raise WorkerDied(
            "a worker process died (killed, or out of memory); every line written is complete: "
            "rerun with --resume"
        ) from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def run_dask(jobs: Sequence[Job], options: BatchOptions) -> Iterator[Result]:
    """The same per-document function on a Dask cluster; a local one when no scheduler is given."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed

        from .dask_plugin import ModelsPlugin
    except ImportError:
        raise UsageError(
            "the dask engine needs the extra: pip install 'nlp-extract[dask]'"
        ) from None
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=options.workers,
            threads_per_worker=1,
            processes=True,
            env=dict.fromkeys(BLAS_ENV, "1"),
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        client.register_plugin(
            ModelsPlugin(options.date, options.max_bytes), name="nlp-extract-models"
        )
        futures = client.map(process, jobs, pure=False)
        if options.ordered:
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
