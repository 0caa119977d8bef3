"""`nlp-extract report`: read the documents, make the corpus whole, write one view of it."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError, WriteError
from ..render.files import checked_target, write_text, write_whole, writing
from .lines import documents
from .model import Corpus
from .whole import CorpusModel, finish

FORMATS = ("auto", "table", "json", "sqlite", "html")


@dataclass(frozen=True)
class ReportOptions:
    inputs: tuple[str, ...]
    format: str = "auto"
    output: Path | None = None
    top: int = 20
    colour: bool = True


def chosen_format(options: ReportOptions) -> str:
    if options.format != "auto":
        return options.format
    if options.output is not None:
        suffix = options.output.suffix.lower()
        return {".db": "sqlite", ".sqlite": "sqlite", ".html": "html", ".htm": "html"}.get(
            suffix, "json"
        )
    return "table" if sys.stdout.isatty() else "json"


def run_report(options: ReportOptions) -> None:
    from ..entities.gazetteer import load

    kind = chosen_format(options)
    if kind == "sqlite" and options.output is None:
        raise UsageError("--format sqlite needs --output FILE")
    corpus = Corpus(load())
    database = None
    if kind == "sqlite":
        from .database import DatabaseWriter

        assert options.output is not None
        database = DatabaseWriter(checked_target(options.output))
        corpus.listeners.append(database.add)
    try:
        for doc in documents(options.inputs):
            corpus.add(doc)
        model = finish(corpus)
        if database is not None:
            database.finish(model)
            return
    except BaseException as error:
        if database is not None:
            database.abandon()
            if isinstance(error, sqlite3.Error):  # a full disk, a lost folder
                raise WriteError(options.output, OSError(str(error))) from None
        raise
    write_view(kind, model, options)


def write_view(kind: str, model: CorpusModel, options: ReportOptions) -> None:
    if kind == "table":
        from rich.console import Console

        from .tables import report_tables

        with writing():
            Console(no_color=not options.colour, highlight=False).print(
                report_tables(model.as_dict(), options.top)
            )
        return
    if kind == "json":
        text = json.dumps(model.as_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        from .html import html_page

        text = html_page(model.as_dict())
    if options.output is None:
        with writing():
            write_text(sys.stdout, text)
    else:
        write_whole(checked_target(options.output), text)


def report_inputs(inputs: Sequence[str]) -> tuple[str, ...]:
    if not inputs:
        raise UsageError("no input: give JSON Lines files, globs, or - for stdin")
    return tuple(inputs)
