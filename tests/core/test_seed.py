"""Golden truths on the seed article, through the library API."""

from ..conftest import assert_offsets


def by_name(doc):
    return {entity.name: entity for entity in doc.entities}


def test_two_people_with_name_parts(seed_doc):
    people = [e for e in seed_doc.entities if e.type == "PER"]
    assert sorted(p.name for p in people) == ["Азим Ахмедхаджаев", "Бейбут Атамкулов"]
    azim = by_name(seed_doc)["Азим Ахмедхаджаев"]
    assert (azim.parts.first, azim.parts.last) == ("Азим", "Ахмедхаджаев")


def test_countries_are_places_with_all_their_mentions(seed_doc):
    names = by_name(seed_doc)
    for country in ("Узбекистан", "Казахстан"):
        assert names[country].type == "LOC"
    assert {m.text for m in names["Узбекистан"].mentions} >= {
        "Узбекистан",
        "Узбекистане",
        "Узбекистана",
    }


def test_repeated_paragraphs_do_not_repeat_mentions(seed_doc):
    names = by_name(seed_doc)
    assert len(names["Азим Ахмедхаджаев"].mentions) == 1
    assert len(seed_doc.entities) == len({(e.type, e.name) for e in seed_doc.entities})


def test_metadata_becomes_the_reference_date(seed_doc):
    assert seed_doc.meta.date == seed_doc.meta.reference_date == "2026-02-19"


def test_offsets(seed_doc, seed_text):
    assert_offsets(seed_text, seed_doc)
