"""The Typer application, its global options and what every command shares."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from .guard import state

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
