"""The `nlp-extract` command: thin Typer commands over the library, one module each.

Exit codes: 0 ok, 1 runtime failure, 2 usage error or unreadable input,
3 batch finished with failed documents, 130 interrupted.
"""

from __future__ import annotations

from .app import app

# each module registers its command; the order here is the order of `--help`
# isort: off
from . import extract, batch, report, schema  # noqa: F401
# isort: on

__all__ = ["app", "main"]


def main() -> None:
    app()
