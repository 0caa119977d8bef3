"""The `nlp-extract` command: thin Typer commands over the library.

Exit codes: 0 ok, 1 runtime failure, 2 usage error or unreadable input,
3 batch finished with failed documents, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from . import __version__
from .batch import DEFAULT_INCLUDE, DEFAULT_MAX_BYTES
from .errors import NlpExtractError
from .output import FORMATS

if TYPE_CHECKING:
    from .pipeline import Reading

EXIT_CODES_HELP = (
    "Exit codes: 0 ok, 1 runtime failure (a failed write too), 2 usage error or "
    "unreadable input, 3 batch finished with failed documents, 130 interrupted, "
    "141 the reader of the output went away."
)


def epilog(*examples: str) -> str:
    """Examples as written (\b keeps Click from rewrapping them), then the exit codes."""
    return (
        "\b\nExamples:\n" + "\n".join(f"  {line}" for line in examples) + "\n\n" + EXIT_CODES_HELP
    )


app = typer.Typer(
    help="People, organisations, places, dates and agreements from Russian news.\n\n"
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

T = TypeVar("T")
state = {"verbose": False}


# the choices are the output module's writers: one list, no restatement
Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


def fail(message: str, code: int, hint: str = "") -> typer.Exit:
    """Print a one-line error (and an optional hint) to stderr; return the Exit to raise."""
    from .terminal import visible  # a message may quote a file name or a document's words

    typer.echo(f"Error: {visible(message)}", err=True)
    if hint:
        typer.echo(f"Hint: {visible(hint)}", err=True)
    return typer.Exit(code)


def guarded(action: Callable[[], T]) -> T:
    """Run a command body, mapping our exceptions to messages and exit codes."""
    from .files import writing

    try:
        result = action()
        with writing():  # what is still buffered fails here, not in Python's exit
            sys.stdout.flush()
        return result
    except NlpExtractError as error:
        show_traceback()
        if getattr(error, "to_stdout", False):
            stdout_to_devnull()
        raise fail(str(error), error.exit_code, error.hint) from None
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as cat and jq do
        stdout_to_devnull()
        raise typer.Exit(141) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as error:  # the last line of defence: no traceback for users
        show_traceback()
        raise fail(
            f"internal error: {type(error).__name__}: {error}", 1, "rerun with -v for the traceback"
        ) from None


def stdout_to_devnull() -> None:
    """Standard output cannot take more: what is left in its buffer goes nowhere, so
    Python's own flush at exit has nothing to complain about."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def show_traceback() -> None:
    """-v adds the traceback; the message and the exit code stay what they are without it."""
    if state["verbose"]:
        import traceback

        traceback.print_exc()


def verbose_callback(value: bool) -> None:
    if value:
        state["verbose"] = True


# -v works before the command and after it: `nlp-extract -v extract F` = `extract F -v`
Verbose = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="Show tracebacks.", callback=verbose_callback, expose_value=False
    ),
]


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"nlp-extract {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    state["verbose"] = verbose


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
    path: Annotated[
        str, typer.Argument(metavar="FILE", help="A text file, or - for standard input.")
    ],
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="auto: tables on a terminal, JSON when piped; highlight, csv, tsv, conll, brat.",
        ),
    ] = Format.auto,  # type: ignore[attr-defined]
    date: Annotated[
        str | None,
        typer.Option(help="Reference date YYYY-MM-DD for relative dates when the text has none."),
    ] = None,
    max_chars: Annotated[
        int | None, typer.Option(min=1, help="highlight: show only the first N characters.")
    ] = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colour (also NO_COLOR=1).")
    ] = False,
    excel: Annotated[bool, typer.Option(help="csv/tsv: start with a UTF-8 BOM for Excel.")] = False,
    verbose: Verbose = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here, whole or not at all (default: stdout); auto format by suffix: "
            ".jsonl .csv .tsv .conll .ann (brat), else JSON.",
        ),
    ] = None,
) -> None:
    """Extract entities, dates and agreements from one document."""

    def run() -> None:
        from .dates.reference import as_date
        from .files import checked_target, write_whole, writing
        from .output import Output
        from .terminal import visible

        as_date(date)  # reject a bad --date before the models load
        target = checked_target(output) if output else None
        view = Output.choose(
            format.value, no_color=no_color, max_chars=max_chars, excel=excel, file=target
        )
        reading = read_file(path, date)
        for error in reading.document.errors:  # a warning: the document was read all the same
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
    from . import default_extractor
    from .reader import decode, read_path

    decoded = decode(sys.stdin.buffer.read()) if path == "-" else read_path(path)
    return default_extractor().read(decoded.text, date=date, id=path, encoding=decoded.encoding)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command(
    epilog=epilog(
        "nlp-extract batch corpus/ -o out.jsonl",
        "nlp-extract batch 'news/**/*.html' -o out.jsonl --workers 2",
        "nlp-extract batch corpus/ -o out.jsonl --resume        # after Ctrl-C or a crash",
        "nlp-extract batch corpus/ -o out.jsonl --retry-errors  # redo what failed",
        "find corpus -name '*.txt' | nlp-extract batch - --date 2025-03-05 > out.jsonl",
    )
)
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Folders (recursive), globs, files, or - for a list of paths on stdin.",
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSON Lines file (default: stdout).")
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(help="File name pattern to take (repeatable; default *.txt *.html *.htm)."),
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="File name pattern to skip (repeatable).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: CPU count).")
    ] = None,
    unordered: Annotated[bool, typer.Option(help="Write lines as documents finish.")] = False,
    resume: Annotated[bool, typer.Option(help="Skip ids already in OUTPUT and append.")] = False,
    retry_errors: Annotated[
        bool,
        typer.Option(help="With --resume: take failed documents out of OUTPUT and redo them."),
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(help="Larger files fail with an error line.")
    ] = DEFAULT_MAX_BYTES,
    date: Annotated[
        str | None,
        typer.Option(help="Reference date YYYY-MM-DD for relative dates in texts without one."),
    ] = None,
    engine: Annotated[Engine, typer.Option(help="local process pool, or dask.")] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (engine dask).")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    verbose: Verbose = False,
) -> None:
    """Extract from many documents into JSON Lines, one line per input."""

    def run() -> int:
        from .batch import BatchOptions
        from .dates.reference import as_date
        from .runner import run_batch

        as_date(date)
        if (resume or retry_errors) and output is None:
            from .errors import UsageError

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
            help="JSON Lines from batch or extract --format jsonl: files, globs, or - for stdin.",
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
        from .corpus.report import ReportOptions, report_inputs, run_report

        colour = not (no_color or os.environ.get("NO_COLOR"))
        options = ReportOptions(report_inputs(inputs), format.value, output, top, colour)
        run_report(options)

    guarded(run)


@app.command(
    epilog=epilog(
        "nlp-extract schema > document.schema.json",
        "nlp-extract schema --corpus | jq '.properties | keys'",
    )
)
def schema(
    corpus: Annotated[
        bool, typer.Option("--corpus", help="The corpus report's JSON instead.")
    ] = False,
    verbose: Verbose = False,
) -> None:
    """Print the JSON Schema of the output document (or of the corpus report)."""

    def run() -> None:
        from importlib.resources import files

        from .files import writing

        # generated from schema.py (a test keeps it current): no pydantic import here
        name = "corpus_schema.json" if corpus else "schema.json"
        with writing():
            sys.stdout.write(files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8"))

    guarded(run)


def main() -> None:
    app()
