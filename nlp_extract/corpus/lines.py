"""Documents streamed from the JSON Lines that `batch` and `extract --format jsonl` write."""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, ReportInputError
from ..schema import SCHEMA_VERSION

# what a line must have to be read as a document
REQUIRED = {"id": str, "meta": dict, "entities": list, "dates": list}


def sources(inputs: Iterable[str]) -> list[str]:
    """Files, globs and "-" (stdin) in the order given, each glob sorted; a folder is
    the JSON Lines files in it (batch's parts), and one with none is an error, not an
    empty corpus."""
    found: list[str] = []
    for item in inputs:
        if item == "-" or Path(item).is_file():
            found.append(item)
            continue
        if Path(item).is_dir():
            found.extend(folder_lines(Path(item)))
            continue
        matches = [path for path in sorted(glob.glob(item, recursive=True)) if Path(path).is_file()]
        if not matches:
            raise InputError(f"no such file: {item}")
        found.extend(matches)
    return found


def folder_lines(folder: Path) -> list[str]:
    found = sorted(str(path) for path in folder.rglob("*.jsonl") if path.is_file())
    if not found:
        raise InputError(
            f"no JSON Lines (*.jsonl) in the folder {folder}: report reads what batch "
            f"writes (nlp-extract batch {folder} -o out.jsonl, then report out.jsonl)"
        )
    return found


def documents(inputs: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Every document of every source, once: a later line with an id already read is
    skipped (a resumed batch, or parts that overlap)."""
    seen: set[str] = set()
    for source in sources(inputs):
        for doc in read_source(source):
            if doc["id"] not in seen:
                seen.add(doc["id"])
                yield doc


def read_source(source: str) -> Iterator[dict[str, Any]]:
    if source == "-":
        yield from read_lines(sys.stdin, "<stdin>")
        return
    try:
        with open(source, encoding="utf-8") as lines:
            yield from read_lines(lines, source)
    except OSError as error:
        raise InputError(f"cannot read {source}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 JSON Lines") from None


def read_lines(lines: IO[str], source: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield parse(line, source, number)


def parse(line: str, source: str, number: int) -> dict[str, Any]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as error:
        reason = "a torn line" if not line.endswith("\n") else f"not JSON ({error.msg})"
        raise ReportInputError(source, number, reason) from None
    if not isinstance(doc, dict) or doc.get("schema_version") != SCHEMA_VERSION:
        raise ReportInputError(source, number, "not an nlp-extract document (schema_version 1)")
    for key, kind in REQUIRED.items():
        if not isinstance(doc.get(key), kind):
            raise ReportInputError(source, number, f"not an nlp-extract document (no {key})")
    return doc
