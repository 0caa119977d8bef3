"""Where documents run: in this process, a local process pool, or a Dask cluster.

Each engine yields `Result`s in input order (or as they finish with `ordered=False`);
every worker loads the models once and limits BLAS to one thread.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from ..errors import NlpExtractError, UsageError
from .jobs import BLAS_ENV, BatchOptions, Job, Result, process, process_all, start_worker

# Documents sent to a worker at a time: fewer round trips through the parent, which
# shares the cores with the workers. Output order is kept (or chunks come as they
# finish, unordered); a worker killed mid-chunk leaves those documents unwritten, for --resume.
CHUNK = 8
# seconds between looks at the workers while a chunk's results are awaited
POLL = 1.0


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
    chunks = [jobs[start : start + CHUNK] for start in range(0, len(jobs), CHUNK)]
    try:
        # every chunk is submitted (and the workers started) here, with SIGINT blocked:
        # the workers keep it blocked, so Ctrl-C reaches only this process, which stops them
        with sigint_blocked():
            futures = [pool.submit(process_all, chunk) for chunk in chunks]
        for future in finished(futures, pool, options.ordered):
            yield from future.result()
    except BrokenProcessPool:
        raise WorkerDied(
            "a worker process died (killed, or out of memory); every line written is complete: "
            "rerun with --resume"
        ) from None
    except BaseException:
        # interrupted, or the reader of the results went away: no worker may outlive us.
        # The futures are left uncancelled: the pool fails them itself once its workers are
        # gone (cancelling them too makes Python 3.11's pool thread raise InvalidStateError).
        stop_workers()
        end_result_wait(pool)
        raise
    finally:
        # joined, not left running: Python 3.12.1's exit hook wakes a pool's thread while
        # that thread may be closing its pipe ("Exception ignored … Bad file descriptor")
        pool.shutdown(wait=True)


def finished(
    futures: Sequence[Future[list[Result]]], pool: ProcessPoolExecutor, ordered: bool
) -> Iterator[Future[list[Result]]]:
    """The futures as they finish (in order when `ordered`). A worker found dead while
    one is awaited may have died sending its results, which the pool would wait on for
    ever (end_result_wait): the wait is ended, and the pool fails as broken."""
    pending = list(futures)
    while pending:
        done, _ = wait(pending[:1] if ordered else pending, POLL, FIRST_COMPLETED)
        if not done:
            if any(not worker.is_alive() for worker in list(pool._processes.values())):
                end_result_wait(pool)
            continue
        for future in [future for future in pending if future in done]:
            pending.remove(future)
            yield future


def end_result_wait(pool: ProcessPoolExecutor) -> None:
    """A worker stopped while it sent its results leaves the pool's thread reading the
    rest of a message that never comes: the pipe stays open while this process holds a
    write end of it, and the shutdown that joins the thread would wait for ever. Closing
    that end gives the reader the end of the pipe, and the pool then fails as broken."""
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """SIGINT held back in this thread (and in processes started from it) while inside;
    one that came meanwhile is delivered on the way out."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def stop_workers(grace: float = 2.0) -> None:
    """End this process's worker processes now: SIGTERM, then SIGKILL for any still alive."""
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(grace)
        if child.is_alive():
            child.kill()
            child.join()


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
