"""One place that decides how a reading is shown: a table of writers, one per format.

`auto` picks once, by the terminal: tables on a terminal, JSON otherwise.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from .pipeline import Reading


@dataclass(frozen=True)
class Output:
    """How to render: the chosen format and its settings."""

    format: str
    colour: bool = False
    max_chars: int | None = None
    excel: bool = False

    @classmethod
    def choose(
        cls, format: str, no_color: bool = False, max_chars: int | None = None, excel: bool = False
    ) -> Output:
        terminal = sys.stdout.isatty()
        chosen = ("table" if terminal else "json") if format == "auto" else format
        # FORCE_COLOR colours a pipe too, as rich and most CLIs do; NO_COLOR wins
        wanted = terminal or bool(os.environ.get("FORCE_COLOR"))
        colour = wanted and not no_color and not os.environ.get("NO_COLOR")
        return cls(chosen, colour, max_chars, excel)

    def write(self, reading: Reading) -> None:
        WRITERS[self.format](self, reading)

    def console(self) -> Console:
        from rich.console import Console

        return Console(
            no_color=not self.colour, force_terminal=self.colour or None, highlight=False
        )


def write_json(output: Output, reading: Reading) -> None:
    sys.stdout.write(reading.document.to_json(indent=2) + "\n")


def write_jsonl(output: Output, reading: Reading) -> None:
    sys.stdout.write(reading.document.to_json() + "\n")


def delimited(delimiter: str) -> Callable[[Output, Reading], None]:
    def write(output: Output, reading: Reading) -> None:
        from .export import to_delimited

        bom = "\ufeff" if output.excel else ""
        sys.stdout.write(bom + to_delimited(reading.document, delimiter))

    return write


def write_conll(output: Output, reading: Reading) -> None:
    from .export import to_conll

    sys.stdout.write(to_conll(reading))


def write_brat(output: Output, reading: Reading) -> None:
    from .export import to_brat

    sys.stdout.write(to_brat(reading.document))


def write_highlight(output: Output, reading: Reading) -> None:
    from .highlight import brackets, coloured

    if output.colour:
        output.console().print(coloured(reading.text, reading.document, output.max_chars))
    else:
        sys.stdout.write(brackets(reading.text, reading.document, output.max_chars) + "\n")


def write_table(output: Output, reading: Reading) -> None:
    from .tables import print_tables

    print_tables(reading.document, output.console())


WRITERS: dict[str, Callable[[Output, Reading], None]] = {
    "table": write_table,
    "json": write_json,
    "jsonl": write_jsonl,
    "highlight": write_highlight,
    "csv": delimited(","),
    "tsv": delimited("\t"),
    "conll": write_conll,
    "brat": write_brat,
}
FORMATS = ["auto", *WRITERS]
