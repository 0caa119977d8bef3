"""The batch command's loop: jobs in, lines out, progress and summary on stderr."""

from __future__ import annotations

import signal
import sys
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Any

from .batch import collect, done_ids

EXIT_SOME_FAILED = 3


def run_batch(
    inputs: list[str],
    output: Path | None,
    include: list[str],
    exclude: list[str],
    workers: int,
    ordered: bool,
    resume: bool,
    max_bytes: int,
    date: str | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
) -> int:
    """Run a batch; the exit code is 0, or 3 when some documents failed."""
    from rich.console import Console

    from .models import check_installed

    check_installed()
    jobs = collect(inputs, include, exclude)
    if resume and output is not None:
        skip = done_ids(output)
        jobs = [job for job in jobs if job.id not in skip]
    stderr = Console(stderr=True)
    signal.signal(signal.SIGTERM, interrupt)
    totals: Counter[str] = Counter()
    started = time.perf_counter()
    handle: Any = output.open("a", encoding="utf-8") if output else nullcontext(sys.stdout)
    with handle as out, progress(stderr, quiet or output is None) as bar:
        task = bar.add_task("documents", total=len(jobs))
        for result in results(jobs, workers, max_bytes, date, engine, scheduler, ordered):
            write(out, result.line)
            totals.update(result.counts)
            totals["documents"] += 1
            totals["failed"] += result.failed
            bar.advance(task)
    if not quiet:
        stderr.print(summary(totals, time.perf_counter() - started))
    return EXIT_SOME_FAILED if totals["failed"] else 0


def results(
    jobs: Any,
    workers: int,
    max_bytes: int,
    date: str | None,
    engine: str,
    scheduler: str | None,
    ordered: bool,
) -> Any:
    """The chosen engine's stream of results."""
    if engine == "dask":
        from .engines import run_dask

        return run_dask(jobs, workers, max_bytes, date, scheduler, ordered)
    from .engines import run_local

    return run_local(jobs, workers, max_bytes, date, ordered)


def write(out: IO[str], line: str) -> None:
    """A whole line at once, flushed: a kill leaves at most one torn line behind."""
    out.write(line + "\n")
    out.flush()


def interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def progress(console: Any, disabled: bool) -> Any:
    """A progress bar on stderr, off for pipes, --quiet and output to stdout."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TimeRemainingColumn,
    )

    return Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(show_speed=True),
        TimeRemainingColumn(),
        console=console,
        redirect_stdout=False,
        redirect_stderr=False,
        disable=disabled or not console.is_terminal,
    )


def summary(totals: Counter[str], seconds: float) -> Any:
    """The closing table: what was found, what failed, how fast."""
    from rich.table import Table

    table = Table(title="nlp-extract batch", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rate = totals["documents"] / seconds if seconds else 0.0
    for label, value in (
        ("documents", totals["documents"]),
        ("failed", totals["failed"]),
        ("people", totals["PER"]),
        ("organisations", totals["ORG"]),
        ("places", totals["LOC"]),
        ("dates", totals["dates"]),
        ("agreements", totals["agreements"]),
        ("wall time, s", f"{seconds:.1f}"),
        ("docs/s", f"{rate:.1f}"),
    ):
        table.add_row(label, str(value))
    return table
