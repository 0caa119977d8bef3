"""The NEREL quotes gold (tests/data/quotes_nerel.jsonl) is consistent in itself.

The file is stand-off: offsets, hashes and our labels, no NEREL text (NEREL has no
licence). Offsets against the texts are checked by
`python benchmarks/quotes.py --gold nerel --check`, which reads them from ../shared.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "data" / "quotes_nerel.jsonl"
LINES = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
LINE_KEYS = {"id", "source", "split", "quotes", "not_quotes"}
QUOTE_KEYS = {
    "start",
    "end",
    "sha1",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "speaker_type",
    "cue_start",
    "cue_end",
    "kind",
}
TRAP_WHYS = {"name", "scare", "title", "no_speaker", "document_without_author", "author"}
SHA1 = re.compile(r"[0-9a-f]{8}")


def offset(value: object) -> bool:
    return type(value) is int and value >= 0


def optional_span(start: object, end: object) -> bool:
    """Both null, or two offsets in order around at least one character."""
    if start is None or end is None:
        return start is None and end is None
    return offset(start) and offset(end) and start < end  # type: ignore[operator]


def test_enough_documents_and_unique_ids():
    ids = [line["id"] for line in LINES]
    assert len(ids) == len(set(ids))
    # annotated exhaustively in file order: at least the brief's 40 train documents
    assert sum(line["source"] == "train" for line in LINES) >= 40
    assert sum(len(line["quotes"]) for line in LINES) >= 100


@pytest.mark.parametrize("line", LINES, ids=lambda line: f"{line['source']}/{line['id']}")
def test_document(line):
    assert set(line) == LINE_KEYS
    assert isinstance(line["id"], str) and line["id"]
    # the split is the source's: train documents are for rules, dev documents aside
    assert (line["source"], line["split"]) in {("train", "rules"), ("dev", "aside")}
    for quote in line["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert offset(quote["start"]) and offset(quote["end"]) and quote["start"] < quote["end"]
        assert isinstance(quote["sha1"], str) and SHA1.fullmatch(quote["sha1"])
        assert quote["kind"] in ("direct", "indirect")
        assert quote["speaker_type"] in ("PER", "ORG", "LOC", None)
        assert quote["speaker_name"] is None or (
            isinstance(quote["speaker_name"], str) and quote["speaker_name"].strip()
        )
        assert optional_span(quote["speaker_start"], quote["speaker_end"])
        assert optional_span(quote["cue_start"], quote["cue_end"])
        for start, end in (
            (quote["speaker_start"], quote["speaker_end"]),
            (quote["cue_start"], quote["cue_end"]),
        ):
            if start is not None:
                overlap = min(quote["end"], end) - max(quote["start"], start)
                assert overlap <= 0, "the attribution is not part of what is said"
    spans = [(quote["start"], quote["end"]) for quote in line["quotes"]]
    assert len(spans) == len(set(spans)) and spans == sorted(spans)
    traps = [(trap["start"], trap["end"]) for trap in line["not_quotes"]]
    assert len(traps) == len(set(traps)) and traps == sorted(traps)
    for trap in line["not_quotes"]:
        assert set(trap) == {"start", "end", "sha1", "why"}
        assert offset(trap["start"]) and offset(trap["end"]) and trap["start"] < trap["end"]
        assert isinstance(trap["sha1"], str) and SHA1.fullmatch(trap["sha1"])
        assert trap["why"] in TRAP_WHYS
        assert (trap["start"], trap["end"]) not in spans
