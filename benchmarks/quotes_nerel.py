"""The NEREL quotes gold (tests/data/quotes_nerel.jsonl) for benchmarks/quotes.py.

NEREL has no licence, so the gold is stand-off: offsets, the first 8 hex digits of the
sha1 of each span and our own labels, no NEREL text. Here each line gets its text back
from NEREL's JSON Lines in ../shared (`{source}.jsonl`, looked up by `id`), and each
quote its `text`, `speaker` and `cue` strings, the shape of tests/data/quotes_dev.jsonl,
so quotes.py scores both golds with the same code.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "quotes_nerel.jsonl"
NEREL = ROOT.parent / "shared" / "data" / "nerel"


def sha1(text: str) -> str:
    """The gold's hash of a span: the first 8 hex digits of sha1 of its UTF-8."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def read_texts(folder: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(source, id) -> text, for the documents the gold names, from folder/{source}.jsonl."""
    texts: dict[tuple[str, str], str] = {}
    for source in sorted({source for source, _ in wanted}):
        path = folder / f"{source}.jsonl"
        if not path.is_file():
            sys.exit(f"Error: {path} not found; give NEREL's JSON Lines folder with --nerel-dir")
        for line in path.open(encoding="utf-8"):
            document = json.loads(line)
            if (source, document["id"]) in wanted:
                texts[source, document["id"]] = document["text"]
    missing = sorted(wanted - texts.keys())
    if missing:
        source, id = missing[0]
        sys.exit(f"Error: {len(missing)} gold documents not in {folder}, e.g. {id} in {source}")
    return texts


def span(text: str, start: int | None, end: int | None) -> str | None:
    return None if start is None or end is None else text[start:end]


def fill(line: dict[str, Any], text: str) -> dict[str, Any]:
    """A gold line with each record's strings read from the text at its offsets."""
    quotes = [
        {
            **quote,
            "text": text[quote["start"] : quote["end"]],
            "speaker": span(text, quote["speaker_start"], quote["speaker_end"]),
            "cue": span(text, quote["cue_start"], quote["cue_end"]),
        }
        for quote in line["quotes"]
    ]
    traps = [{**trap, "text": text[trap["start"] : trap["end"]]} for trap in line["not_quotes"]]
    return {**line, "quotes": quotes, "not_quotes": traps}


def load(
    folder: Path = NEREL, path: Path = GOLD
) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """The gold lines, filled from their texts, and the texts by (source, id)."""
    raw = [json.loads(line) for line in path.open(encoding="utf-8")]
    texts = read_texts(folder, {(line["source"], line["id"]) for line in raw})
    return [fill(line, texts[line["source"], line["id"]]) for line in raw], texts


def check(lines: list[dict[str, Any]], texts: dict[tuple[str, str], str]) -> int:
    """Every span's sha1 and bounds against the text it indexes; the number of bad spans."""
    bad = 0
    for line in lines:
        text = texts[line["source"], line["id"]]
        for record in line["quotes"] + line["not_quotes"]:
            start, end = record["start"], record["end"]
            if end > len(text) or sha1(text[start:end]) != record["sha1"]:
                bad += 1
                print(f"{line['source']}/{line['id']} [{start}:{end}] is {text[start:end]!r}")
        for quote in line["quotes"]:
            for start, end in (
                (quote["speaker_start"], quote["speaker_end"]),
                (quote["cue_start"], quote["cue_end"]),
            ):
                if start is not None and (end > len(text) or not text[start:end].strip()):
                    bad += 1
                    print(f"{line['source']}/{line['id']} [{start}:{end}] is out of the text")
    print(f"{'ok' if not bad else 'MISMATCHES'}: {len(lines)} documents checked, {bad} bad spans")
    return bad
