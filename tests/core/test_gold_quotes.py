"""The quotes dev gold (tests/data/quotes_dev.jsonl) is consistent in itself.

No models and no shared texts: offsets against the factRuEval texts are checked by
`python benchmarks/quotes.py --check`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "data" / "quotes_dev.jsonl"
LINES = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
QUOTE_KEYS = {
    "start",
    "end",
    "text",
    "speaker_start",
    "speaker_end",
    "speaker",
    "speaker_name",
    "speaker_type",
    "cue",
    "kind",
}


def test_enough_quotes_in_both_splits():
    quotes = [quote for line in LINES for quote in line["quotes"]]
    assert len(quotes) >= 150
    assert {line["split"] for line in LINES} == {"rules", "aside"}
    # every dev text is a line, those with neither quote nor trap too: all found there is false
    ids = [line["id"] for line in LINES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("line", LINES, ids=lambda line: line["id"])
def test_document(line):
    number = re.fullmatch(r"book_(\d+)\.txt", line["id"])
    assert number, "ids are factRuEval dev file names"
    # the fixed rule the README states: even numbers for writing rules, odd ones aside
    assert line["split"] == ("rules" if int(number.group(1)) % 2 == 0 else "aside")
    for quote in line["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert quote["text"].strip() and 0 <= quote["start"] < quote["end"]
        assert len(quote["text"]) == quote["end"] - quote["start"]
        assert quote["kind"] in ("direct", "indirect")
        assert quote["speaker_type"] in ("PER", "ORG", "LOC", None)
        assert quote["cue"] is None or quote["cue"].strip()
        if quote["speaker"] is None:
            assert quote["speaker_start"] is None and quote["speaker_end"] is None
        else:
            assert len(quote["speaker"]) == quote["speaker_end"] - quote["speaker_start"] > 0
            overlap = min(quote["end"], quote["speaker_end"]) - max(
                quote["start"], quote["speaker_start"]
            )
            assert overlap <= 0, "the attribution is not part of what is said"
    spans = [(quote["start"], quote["end"]) for quote in line["quotes"]]
    assert len(spans) == len(set(spans)) and spans == sorted(spans)
    for trap in line["not_quotes"]:
        assert set(trap) == {"start", "end", "text", "why"} and trap["why"]
        assert trap["text"].strip() and 0 <= trap["start"] < trap["end"]
        assert len(trap["text"]) == trap["end"] - trap["start"]
        assert (trap["start"], trap["end"]) not in spans
