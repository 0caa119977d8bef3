"""Canonical names and one entity per real thing, on the name forms of tests/data/names_dev.jsonl."""

import json
from pathlib import Path

import pytest

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent.parent / "data" / "names_dev.jsonl").open(encoding="utf-8")
]


def entity_of(doc, surface):
    """The entity with a mention written `surface` (the first such mention)."""
    return next(e for e in doc.entities for m in e.mentions if m.text == surface)


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:40] for case in CASES])
def test_name_forms(extractor, case):
    doc = extractor.extract(case["text"])
    for expected in case["names"]:
        entity = entity_of(doc, expected["text"])
        assert (entity.type, entity.name) == (expected["type"], expected["name"])
    for group in case["groups"]:
        assert len({entity_of(doc, surface).id for surface in group}) == 1, group
    if len(case["groups"]) > 1:  # the groups listed are different things
        ids = [entity_of(doc, group[0]).id for group in case["groups"]]
        assert len(set(ids)) == len(ids)
    for entity in doc.entities:
        for mention in entity.mentions:
            assert mention.text == mention.text.strip()
            assert case["text"][mention.start : mention.end] == mention.text
