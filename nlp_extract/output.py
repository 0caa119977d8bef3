"""One place that decides how a Document is shown: human views or machine formats."""

from __future__ import annotations

import os
import sys

from .schema import Document


class Output:
    """Renders documents to stdout in the chosen format; `auto` picks once, by the terminal."""

    def __init__(
        self, format: str, no_color: bool = False, max_chars: int | None = None, excel: bool = False
    ) -> None:
        terminal = sys.stdout.isatty()
        self.format = ("table" if terminal else "json") if format == "auto" else format
        self.colour = terminal and not no_color and not os.environ.get("NO_COLOR")
        self.max_chars = max_chars
        self.excel = excel

    def write(self, text: str, doc: Document) -> None:
        out = sys.stdout
        if self.format == "json":
            out.write(doc.to_json(indent=2) + "\n")
        elif self.format == "jsonl":
            out.write(doc.to_json() + "\n")
        elif self.format in ("csv", "tsv"):
            from .export import to_delimited

            out.write(
                ("\ufeff" if self.excel else "")
                + to_delimited(doc, "," if self.format == "csv" else "\t")
            )
        elif self.format == "conll":
            from .export import to_conll

            out.write(to_conll(text, doc))
        elif self.format == "brat":
            from .export import to_brat

            out.write(to_brat(doc))
        elif self.format == "highlight":
            self.highlight(text, doc)
        else:
            from .render import print_tables

            print_tables(doc, self.console())

    def console(self):  # type: ignore[no-untyped-def]
        from rich.console import Console

        return Console(no_color=not self.colour, highlight=False)

    def highlight(self, text: str, doc: Document) -> None:
        from .highlight import brackets, coloured

        if self.colour:
            self.console().print(coloured(text, doc, self.max_chars))
        else:
            sys.stdout.write(brackets(text, doc, self.max_chars) + "\n")
