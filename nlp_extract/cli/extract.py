"""`nlp-extract extract`: one document, shown or written in any format."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..render.output import FORMATS
from .app import Verbose, app, epilog
from .guard import guarded

if TYPE_CHECKING:
    from ..pipeline import Reading

# the choices are the output module's writers: one list, no restatement
Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


File = Annotated[str, typer.Argument(metavar="FILE", help="A text file, or - for standard input.")]
FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="auto: tables on a terminal, JSON when piped; highlight, csv, tsv, conll, brat.",
    ),
]
Date = Annotated[
    str | None,
    typer.Option(help="Reference date YYYY-MM-DD for relative dates when the text has none."),
]
MaxChars = Annotated[
    int | None, typer.Option(min=1, help="highlight: show only the first N characters.")
]
NoColor = Annotated[bool, typer.Option("--no-color", help="No colour (also NO_COLOR=1).")]
Excel = Annotated[bool, typer.Option(help="csv/tsv: start with a UTF-8 BOM for Excel.")]
OutputPath = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write here, whole or not at all (default: stdout); auto format by suffix: "
        ".jsonl .csv .tsv .conll .ann (brat), else JSON.",
    ),
]


@app.command(
    epilog=epilog(
        "nlp-extract extract article.txt                 # tables on a terminal",
        "nlp-extract extract article.txt | jq '.entities[].name'",
        "nlp-extract extract page.html -f highlight      # a saved web page",
        "nlp-extract extract - --date 2025-03-05 < note.txt",
        "nlp-extract extract article.txt -o article.csv  # format by suffix",
    )
)
def extract(
    path: File,
    format: FormatOption = Format.auto,  # type: ignore[attr-defined]
    date: Date = None,
    max_chars: MaxChars = None,
    no_color: NoColor = False,
    excel: Excel = False,
    verbose: Verbose = False,
    output: OutputPath = None,
) -> None:
    """Extract entities, dates and agreements from one document."""

    def run() -> None:
        from ..dates.reference import as_date
        from ..render.files import checked_target, write_whole, writing
        from ..render.output import Output

        as_date(date)  # reject a bad --date before the models load
        target = checked_target(output) if output else None
        view = Output.choose(
            format.value, no_color=no_color, max_chars=max_chars, excel=excel, file=target
        )
        reading = read_file(path, date)
        for error in reading.document.errors:  # a warning: the document was read all the same
            from ..render.terminal import visible  # rich, only when there is a warning

            typer.echo(f"Warning: {visible(error.message)}", err=True)
        if target is None:
            with writing():
                view.write(reading, sys.stdout)
        else:
            import io

            rendered = io.StringIO()
            view.write(reading, rendered)
            write_whole(target, rendered.getvalue())

    guarded(run)


def read_file(path: str, date: str | None) -> Reading:
    """The file (or stdin) decoded and read by the pipeline."""
    from .. import default_extractor
    from ..reading.reader import decode, read_path

    decoded = decode(sys.stdin.buffer.read()) if path == "-" else read_path(path)
    return default_extractor().read(decoded.text, date=date, id=path, encoding=decoded.encoding)
