"""The batch command's loop: jobs in, lines out, progress and summary on stderr."""

from __future__ import annotations

import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import IO, Any

from .batch import BatchOptions, collect, done_ids

EXIT_SOME_FAILED = 3


def run_batch(options: BatchOptions) -> int:
    """Run a batch; the exit code is 0, or 3 when some documents failed."""
    from rich.console import Console

    from .engines import run
    from .models import check_installed

    check_installed()
    jobs = collect(options.inputs, options.include, options.exclude)
    if options.resume and options.output is not None:
        skip = done_ids(options.output)
        jobs = [job for job in jobs if job.id not in skip]
    stderr = Console(stderr=True)
    output = options.output
    totals: Counter[str] = Counter()
    started = time.perf_counter()
    handle: Any = output.open("a", encoding="utf-8") if output else nullcontext(sys.stdout)
    with (
        sigterm_as_interrupt(),
        handle as out,
        progress(stderr, options.quiet or output is None) as bar,
    ):
        task = bar.add_task("documents", total=len(jobs))
        for result in run(jobs, options):
            write(out, result.line)
            totals.update(result.counts)
            totals["documents"] += 1
            totals["failed"] += result.failed
            bar.advance(task)
    if not options.quiet:
        stderr.print(summary(totals, time.perf_counter() - started))
    return EXIT_SOME_FAILED if totals["failed"] else 0


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM stops the batch as Ctrl-C does, while it runs; the old handler comes back after."""
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
