"""The README's six jq queries, run as written on the seed's JSON (with jq when the
machine has it, else the same selection in Python)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).parent.parent.parent / "README.md"
QUERIES = re.findall(r"^jq -r '(.+)' doc\.json", README.read_text(encoding="utf-8"), re.M)


def python_selection(doc: dict, number: int) -> list[str]:
    """What each README query selects, in Python."""
    if number == 0:
        return [f"{e['name']}\t{e['code']}" for e in doc["entities"] if e["code"]]
    if number == 1:
        dated = sorted((d for d in doc["dates"] if d["start_date"]), key=lambda d: d["start_date"])
        return [f"{d['start_date']}\t{d['text']}" for d in dated]
    if number == 2:
        return [
            e["name"]
            + "\t"
            + "; ".join(
                r["title"] + (", " + r["org_name"] if r["org_name"] else "") for r in e["roles"]
            )
            for e in doc["entities"]
            if e["type"] == "PER"
        ]
    if number == 3:
        return [
            a["name"]
            + "\t"
            + ", ".join(d["start_date"] or "?" for d in a["dates"])
            + "\t"
            + ", ".join(a["party_names"])
            for a in doc["agreements"]
        ]
    if number == 4:
        return [" — ".join(f["participant_names"]) for f in doc["facts"] if f["type"] == "meeting"]
    return [f"{q['speaker_name'] or '?'}\t{q['cue']}\t{q['text']}" for q in doc["quotes"]]


@pytest.fixture(scope="module")
def seed_json(seed_doc):
    return seed_doc.to_json()


def test_there_are_six_queries():
    assert len(QUERIES) == 6


@pytest.mark.parametrize("number", range(6))
def test_readme_query_runs_on_the_seed(seed_json, number):
    doc = json.loads(seed_json)
    expected = python_selection(doc, number)
    if shutil.which("jq"):
        out = subprocess.run(
            ["jq", "-r", QUERIES[number]],
            input=seed_json,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert out.splitlines() == expected
    assert expected  # each question has an answer in the seed


def test_the_answers_are_the_ones_a_reader_wants(seed_json):
    doc = json.loads(seed_json)
    assert "Бейбут Атамкулов\tпосол, Казахстан" in python_selection(doc, 2)
    assert "Азим Ахмедхаджаев — Бейбут Атамкулов" in python_selection(doc, 4)
    # "…, сообщает пресс-служба агентства по атомной энергии (Узатом)": the page's
    # summary; the sentences glued on after its stop (".Кроме того, …") are no quote
    assert [line.split("\t")[:2] for line in python_selection(doc, 5)] == [
        ["Узатом", "сообщает"],
        ["Узатом", "отметили"],
        ["Узатом", "добавили"],
    ]
    assert any(
        line.startswith("Венская конвенция") and "2026-02-07" in line
        for line in python_selection(doc, 3)
    )
