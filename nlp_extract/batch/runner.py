"""The batch command's loop: jobs in, lines out, progress and summary on stderr."""

from __future__ import annotations

import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import IO, Any

from ..errors import STDOUT
from ..render.files import checked_target, writing
from ..render.terminal import plain
from .jobs import BatchOptions, collect, done_ids

EXIT_SOME_FAILED = 3


def run_batch(options: BatchOptions) -> int:
    """Run a batch; the exit code is 0, or 3 when some documents failed."""
    from rich.console import Console

    from ..models import check_installed
    from .engines import run

    check_installed()
    jobs = collect(options.inputs, options.include, options.exclude)
    totals: Counter[str] = Counter()
    # failed documents as (id, error code): those of an earlier run first, then this one's
    failures: list[tuple[str, str]] = []
    if options.resume and options.output is not None:
        done = done_ids(options.output, options.retry_errors)
        totals["skipped"] = sum(1 for job in jobs if job.id in done)
        failures = [(job.id, done[job.id]) for job in jobs if done.get(job.id)]
        jobs = [job for job in jobs if job.id not in done]
    stderr = Console(stderr=True)
    output = options.output
    started = time.perf_counter()
    handle: Any = opened(output, options.resume) if output else nullcontext(sys.stdout)
    with (
        interrupts_stop_once(),
        handle as out,
        progress(stderr, options.quiet or output is None) as bar,
    ):
        task = bar.add_task("documents", total=len(jobs))
        for result in run(jobs, options):
            write(out, result.line, output or STDOUT)
            totals.update(result.counts)
            totals["documents"] += 1
            if result.failed:
                failures.append((result.id, result.error))
            bar.advance(task)
    totals["failed"] = len(failures)
    if not options.quiet:
        stderr.print(summary(totals, time.perf_counter() - started))
        if failures:
            stderr.print(plain(failed_files(failures, output)), highlight=False, soft_wrap=True)
    return EXIT_SOME_FAILED if totals["failed"] else 0


STOPPING = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def interrupts_stop_once() -> Iterator[None]:
    """SIGINT and SIGTERM stop the batch with KeyboardInterrupt, once: later ones are
    ignored while it stops and exits (a second Ctrl-C must not cut the stopping of the
    workers short). The old handlers come back when the batch ends otherwise."""
    previous = {number: signal.signal(number, interrupt) for number in STOPPING}
    interrupted = False
    try:
        yield
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        if not interrupted:
            for number, handler in previous.items():
                signal.signal(number, handler)


def opened(output: Path, resume: bool) -> IO[str]:
    """The output file: appended to with --resume (which keeps what is there), made anew
    otherwise (a second run must not add a second line per document)."""
    with writing(output):
        return checked_target(output).open("a" if resume else "w", encoding="utf-8")


def write(out: IO[str], line: str, target: object) -> None:
    """A whole line at once, flushed: a kill leaves at most one torn line behind (and
    --resume drops it)."""
    with writing(target):
        out.write(line + "\n")
        out.flush()


def interrupt(signum: int, frame: Any) -> None:
    for number in STOPPING:
        signal.signal(number, signal.SIG_IGN)
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
        ("skipped, done before", totals["skipped"]),
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


SHOWN_FAILURES = 5


def failed_files(failures: list[tuple[str, str]], output: Path | None) -> str:
    """The first failed documents, each with its error code, and how to list them all
    (plain text: the ids are file names, which may hold "[" or an ESC)."""
    shown = ", ".join(f"{identifier} ({code})" for identifier, code in failures[:SHOWN_FAILURES])
    more = len(failures) - SHOWN_FAILURES
    text = f"Failed: {shown}" + (f" and {more} more" if more > 0 else "") + "."
    where = str(output) if output else "the output"
    return (
        f"{text}\nAll of them: jq -r 'select(any(.errors[]; .code != \"not_russian\")) | .id' "
        f"{where}; redo them with --retry-errors."
    )
