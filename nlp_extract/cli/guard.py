"""Our exceptions to one `Error:` line and an exit code; tracebacks only with -v."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TypeVar

import typer

from ..errors import NlpExtractError

T = TypeVar("T")
state = {"verbose": False}


def fail(message: str, code: int, hint: str = "") -> typer.Exit:
    """Print a one-line error (and an optional hint) to stderr; return the Exit to raise."""
    from ..render.terminal import visible  # a message may quote a file name or a document's words

    typer.echo(f"Error: {visible(message)}", err=True)
    if hint:
        typer.echo(f"Hint: {visible(hint)}", err=True)
    return typer.Exit(code)


def guarded(action: Callable[[], T]) -> T:
    """Run a command body, mapping our exceptions to messages and exit codes."""
    from ..render.files import writing

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
