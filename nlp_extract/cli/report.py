"""`nlp-extract report`: the corpus view of a batch's JSON Lines."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .app import Verbose, app, epilog
from .guard import guarded


class ReportFormat(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"
    sqlite = "sqlite"
    html = "html"


@app.command(
    epilog=epilog(
        "nlp-extract report out.jsonl                   # tables on a terminal",
        "nlp-extract report out.jsonl -o corpus.db      # SQLite",
        "nlp-extract report out.jsonl -o report.html    # one self-contained page",
        "nlp-extract batch corpus/ | nlp-extract report - -f json | jq '.entities[0]'",
    )
)
def report(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="JSON Lines from batch or extract --format jsonl: files, globs, folders (their "
            "*.jsonl), or - for stdin.",
        ),
    ],
    format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto: tables on a terminal, JSON when piped (or by the --output suffix: "
            ".db sqlite, .html html); sqlite needs --output.",
        ),
    ] = ReportFormat.auto,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: stdout).")
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="table: rows per table.")] = 20,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colour (also NO_COLOR=1).")
    ] = False,
    verbose: Verbose = False,
) -> None:
    """Who and what across a whole batch: one entity per real thing over all documents."""

    def run() -> None:
        from ..corpus.report import ReportOptions, report_inputs, run_report

        colour = not (no_color or os.environ.get("NO_COLOR"))
        options = ReportOptions(report_inputs(inputs), format.value, output, top, colour)
        run_report(options)

    guarded(run)
