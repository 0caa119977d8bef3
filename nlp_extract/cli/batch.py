"""`nlp-extract batch`: many documents into JSON Lines, in worker processes."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..batch.jobs import DEFAULT_INCLUDE, DEFAULT_MAX_BYTES
from .app import Verbose, app, epilog
from .guard import guarded


class Engine(str, Enum):
    local = "local"
    dask = "dask"


Inputs = Annotated[
    list[str],
    typer.Argument(
        metavar="INPUT...",
        help="Folders (recursive), globs, files, or - for a list of paths on stdin.",
    ),
]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="JSON Lines file (default: stdout).")
]
Include = Annotated[
    list[str] | None,
    typer.Option(help="File name pattern to take (repeatable; default *.txt *.html *.htm)."),
]
Exclude = Annotated[list[str] | None, typer.Option(help="File name pattern to skip (repeatable).")]
Workers = Annotated[int | None, typer.Option(min=1, help="Worker processes (default: CPU count).")]
Unordered = Annotated[bool, typer.Option(help="Write lines as documents finish.")]
Resume = Annotated[bool, typer.Option(help="Skip ids already in OUTPUT and append.")]
RetryErrors = Annotated[
    bool, typer.Option(help="With --resume: take failed documents out of OUTPUT and redo them.")
]
MaxBytes = Annotated[int, typer.Option(help="Larger files fail with an error line.")]
Date = Annotated[
    str | None,
    typer.Option(
        help="Reference date YYYY-MM-DD for relative dates in texts without one; 'name': "
        "the date each file's name holds (2018-11-11_x.txt, x_20181111.html), if any."
    ),
]
EngineOption = Annotated[Engine, typer.Option(help="local process pool, or dask.")]
Scheduler = Annotated[str | None, typer.Option(help="Dask scheduler address (engine dask).")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]


@app.command(
    epilog=epilog(
        "nlp-extract batch corpus/ -o out.jsonl",
        "nlp-extract batch 'news/**/*.html' -o out.jsonl --workers 2",
        "nlp-extract batch corpus/ -o out.jsonl --resume        # after Ctrl-C or a crash",
        "nlp-extract batch corpus/ -o out.jsonl --retry-errors  # redo what failed",
        "find corpus -name '*.txt' | nlp-extract batch - --date 2025-03-05 > out.jsonl",
        "nlp-extract batch news/ -o out.jsonl --date name    # 2018-11-11_summit.txt",
    )
)
def batch(
    inputs: Inputs,
    output: Output = None,
    include: Include = None,
    exclude: Exclude = None,
    workers: Workers = None,
    unordered: Unordered = False,
    resume: Resume = False,
    retry_errors: RetryErrors = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    date: Date = None,
    engine: EngineOption = Engine.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Extract from many documents into JSON Lines, one line per input."""

    def run() -> int:
        from ..batch.jobs import BatchOptions
        from ..batch.runner import run_batch
        from ..dates.reference import FROM_NAME, as_date
        from ..errors import UsageError

        if date != FROM_NAME:
            try:
                as_date(date)
            except UsageError as error:
                raise UsageError(f"{error} or 'name' (each file's own)") from None
        if (resume or retry_errors) and output is None:
            raise UsageError("--resume and --retry-errors need --output")
        options = BatchOptions(
            inputs=tuple(inputs),
            output=output,
            include=tuple(include or DEFAULT_INCLUDE),
            exclude=tuple(exclude or []),
            workers=workers or os.cpu_count() or 1,
            ordered=not unordered,
            resume=resume or retry_errors,
            retry_errors=retry_errors,
            max_bytes=max_bytes,
            date=date,
            engine=engine.value,
            scheduler=scheduler,
            quiet=quiet,
        )
        return run_batch(options)

    code = guarded(run)
    if code:
        raise typer.Exit(code)
