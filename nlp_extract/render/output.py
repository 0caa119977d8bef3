"""One place that decides how a reading is shown: a table of writers, one per format.

`auto` picks once: tables on a terminal, JSON otherwise; into a file, by its suffix.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from ..pipeline import Reading


@dataclass(frozen=True)
class Output:
    """How to render: the chosen format and its settings."""

    format: str
    colour: bool = False
    max_chars: int | None = None
    excel: bool = False

    @classmethod
    def choose(
        cls,
        format: str,
        no_color: bool = False,
        max_chars: int | None = None,
        excel: bool = False,
        file: Path | None = None,
    ) -> Output:
        terminal = file is None and sys.stdout.isatty()
        chosen = format
        if format == "auto":
            chosen = by_suffix(file) if file else "table" if terminal else "json"
        # FORCE_COLOR colours a pipe too, as rich and most CLIs do; NO_COLOR wins
        wanted = terminal or bool(os.environ.get("FORCE_COLOR"))
        colour = wanted and not no_color and not os.environ.get("NO_COLOR")
        return cls(chosen, colour, max_chars, excel)

    def write(self, reading: Reading, out: IO[str]) -> None:
        WRITERS[self.format](self, reading, out)

    def console(self, out: IO[str]) -> Console:
        from rich.console import Console

        return Console(
            file=out, no_color=not self.colour, force_terminal=self.colour or None, highlight=False
        )


SUFFIXES = {".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv", ".conll": "conll", ".ann": "brat"}


def by_suffix(file: Path) -> str:
    """The format a file's name asks for: JSON unless its suffix names another one."""
    return SUFFIXES.get(file.suffix.lower(), "json")


Writer = Callable[[Output, "Reading", IO[str]], None]


def write_json(output: Output, reading: Reading, out: IO[str]) -> None:
    from .files import write_text

    write_text(out, reading.document.to_json(indent=2) + "\n")


def write_jsonl(output: Output, reading: Reading, out: IO[str]) -> None:
    from .files import write_text

    write_text(out, reading.document.to_json() + "\n")


def delimited(delimiter: str) -> Writer:
    def write(output: Output, reading: Reading, out: IO[str]) -> None:
        from .export import to_delimited

        bom = "\ufeff" if output.excel else ""
        out.write(bom + to_delimited(reading.document, delimiter))

    return write


def write_conll(output: Output, reading: Reading, out: IO[str]) -> None:
    from .export import to_conll

    out.write(to_conll(reading))


def write_brat(output: Output, reading: Reading, out: IO[str]) -> None:
    from .export import to_brat

    out.write(to_brat(reading.document))


def write_highlight(output: Output, reading: Reading, out: IO[str]) -> None:
    from .highlight import brackets, coloured

    if output.colour:
        output.console(out).print(coloured(reading.text, reading.document, output.max_chars))
    else:
        out.write(brackets(reading.text, reading.document, output.max_chars) + "\n")


def write_table(output: Output, reading: Reading, out: IO[str]) -> None:
    from .tables import print_tables

    print_tables(reading.document, output.console(out))


WRITERS: dict[str, Writer] = {
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
