"""The status dev gold (tests/data/status_dev.jsonl) is consistent in itself.

No models: `python benchmarks/status.py` scores the pipeline on it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "data" / "status_dev.jsonl"
LINES = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
WRITTEN = "written for nlp-extract"
STATUSES = {"stated", "planned", "negated", "hypothetical", "former"}
KINDS = {"purchase", "investment", "services", "sanctions", "fine", "loan", "other"}
PARTIES = {
    "occupation": {"person", "title", "org"},
    "meeting": {"participants"},
    "deal": {"kind", "participants", "buyer", "seller", "object"},
    "ownership": {"owner", "property"},
}


def fold(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def test_enough_lines_in_both_splits():
    assert len(LINES) >= 150
    assert {line["split"] for line in LINES} == {"rules", "aside"}
    texts = [line["text"] for line in LINES]
    assert len(texts) == len(set(texts))
    assert any(not line["facts"] for line in LINES), "lines with no fact at all"


def test_every_status_of_every_type_in_both_splits():
    """Each class a rule must tell apart is in the rules half and in the aside half."""
    seen = Counter(
        (line["split"], fact["type"], fact["status"]) for line in LINES for fact in line["facts"]
    )
    for split in ("rules", "aside"):
        for kind in PARTIES:
            for status in STATUSES - ({"former"} if kind != "occupation" else set()):
                assert seen[split, kind, status] >= 1, (split, kind, status)
        purchases = [
            fact
            for line in LINES
            if line["split"] == split
            for fact in line["facts"]
            if fact.get("kind") == "purchase" and fact["buyer"] and fact["seller"]
        ]
        assert purchases, f"{split}: a purchase naming buyer and seller"


@pytest.mark.parametrize("line", LINES, ids=lambda line: line["text"][:40])
def test_line(line):
    assert set(line) == {"text", "source", "split", "facts"}
    assert line["text"].strip() == line["text"] and line["text"]
    assert line["split"] in ("rules", "aside")
    book = re.fullmatch(r"factRuEval-2016 dev book_(\d+)", line["source"])
    assert book or line["source"] == WRITTEN
    if book:
        # the fixed rule the README states: even books for writing rules, odd ones aside
        assert line["split"] == ("rules" if int(book.group(1)) % 2 == 0 else "aside")
    for fact in line["facts"]:
        kind = fact["type"]
        assert set(fact) == {"type", "status"} | PARTIES[kind]
        assert fact["status"] in STATUSES
        assert fact["status"] != "former" or kind == "occupation"
        if kind == "occupation":
            names = [fact["person"], fact["title"]] + ([fact["org"]] if fact["org"] else [])
        elif kind == "ownership":
            names = [fact["owner"], fact["property"]]
            assert fold(fact["owner"]) != fold(fact["property"])
        else:
            names = fact["participants"]
            assert len(names) >= 1 and len({fold(n) for n in names}) == len(names)
        assert all(isinstance(n, str) and n.strip() == n and n for n in names)
        if kind == "deal":
            assert fact["kind"] in KINDS
            roles = [fact[r] for r in ("buyer", "seller", "object") if fact[r] is not None]
            if fact["kind"] == "purchase":
                # a purchase's participants are exactly the sides it names
                assert roles and sorted(roles) == sorted(fact["participants"])
            else:
                assert roles == []
