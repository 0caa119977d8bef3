"""The corpus's fact views: a pair and a status per row, with its documents and sentences;
the network of facts holds stated facts only."""

import pytest

from nlp_extract.corpus.model import Corpus
from nlp_extract.corpus.whole import finish
from nlp_extract.entities.gazetteer import load


def entity(id, type, name, **more):
    return {"id": id, "type": type, "name": name, "mentions": [{"start": 0, "end": 1}], **more}


PEOPLE = [
    entity("e1", "PER", "Дональд Трамп", roles=[{"title": "президент", "org": "e3"}]),
    entity("e2", "PER", "Джо Байден"),
    entity("e3", "LOC", "США", code="US"),
    entity("e4", "ORG", "Газпром"),
    entity("e5", "ORG", "Сибнефть"),
]
MET = "Дональд Трамп встретился с Джо Байденом."
WILL_MEET = "Трамп встретится с Байденом в мае."


def doc(id, *facts):
    return {"id": id, "entities": PEOPLE, "facts": list(facts)}


def meeting(text, status=None):
    fact = {"type": "meeting", "participants": ["e2", "e1"], "text": text}
    return {**fact, "status": status} if status else fact  # no status: stated, as before


@pytest.fixture(scope="module")
def model():
    corpus = Corpus(load())
    corpus.add(doc("a.txt", meeting(MET), meeting(WILL_MEET, "planned")))
    corpus.add(
        doc(
            "b.txt",
            meeting(MET, "stated"),
            {"type": "ownership", "owner": "e4", "property": "e5", "text": "Газпром владеет"},
            {"type": "ownership", "owner": "e4", "property": "e3", "status": "negated"},
            {"type": "deal", "kind": "purchase", "participants": ["e4", "e5"], "buyer": "e4",
             "seller": "e5", "status": "planned", "text": "Газпром купит Сибнефть"},
        )
    )  # fmt: skip
    return finish(corpus)


def test_a_pair_and_status_is_one_row_with_its_documents_and_sentences(model):
    rows = model.meetings()
    assert [(r["status"], r["documents"]) for r in rows] == [("stated", 2), ("planned", 1)]
    stated, planned = rows
    assert {p["name"] for p in stated["participants"]} == {"Дональд Трамп", "Джо Байден"}
    assert stated["docs"] == ["a.txt", "b.txt"]
    assert stated["sentences"] == [{"doc": "a.txt", "text": MET}, {"doc": "b.txt", "text": MET}]
    assert planned["sentences"] == [{"doc": "a.txt", "text": WILL_MEET}]


def test_ownership_and_deals_keep_their_status_and_roles(model):
    owned = {(o["owner"]["name"], o["property"]["name"], o["status"]) for o in model.ownership()}
    assert owned == {("Газпром", "Сибнефть", "stated"), ("Газпром", "США", "negated")}
    (deal,) = model.deals()
    assert (deal["status"], deal["buyer"]["name"], deal["seller"]["name"]) == (
        "planned", "Газпром", "Сибнефть",
    )  # fmt: skip
    assert deal["object"] is None


def test_the_network_joins_people_and_organisations_by_stated_facts_only(model):
    names = {e["id"]: e["name"] for e in model.entities()}
    edges = {(names[e["a"]], names[e["b"]], e["kind"]): e for e in model.graph()}
    met = next(key for key in edges if key[2] == "meeting")
    assert set(met[:2]) == {"Дональд Трамп", "Джо Байден"}
    assert set(edges) == {
        met,
        ("Газпром", "Сибнефть", "ownership"),  # the negated ownership and planned deal are not
        ("Дональд Трамп", "США", "post"),
    }
    assert edges[met]["documents"] == 2
    assert edges["Дональд Трамп", "США", "post"]["labels"] == ["президент"]
    assert model.as_dict()["graph"] == model.graph()
