"""The corpus as it is read and made whole, on hand-written v1 documents: no models."""

import pytest

from nlp_extract.corpus.model import Corpus
from nlp_extract.corpus.whole import finish
from nlp_extract.entities.gazetteer import load


def entity(id, type, name, mentions=1, **more):
    spans = [{"start": 0, "end": 1, "text": name}] * mentions
    return {"id": id, "type": type, "name": name, "mentions": spans, **more}


DATES = [{"text": "5 марта 2025 года", "start_date": "2025-03-05", "end_date": "2025-03-05"}]
FIRST = {
    "id": "a.txt",
    "meta": {"date": "2025-03-06", "title": "Встреча в Вашингтоне"},
    "entities": [
        entity("e1", "PER", "Дональд Трамп", 2),
        entity("e2", "PER", "Джо Байден"),
        entity("e3", "LOC", "США", code="US"),
        entity("e4", "ORG", "Газпром"),
    ],
    "dates": DATES,
    "agreements": [
        {
            "name": "соглашение о торговле",
            "kind": "agreement",
            "parties": ["e3", "e9"],
            "dates": [{"date": 0, "role": "signed"}, {"date": 7}],
        },
    ],
    "facts": [
        {"type": "meeting", "participants": ["e1", "e2"], "date": 0, "place": "e3"},
        {"type": "deal", "kind": "purchase", "participants": ["e4"], "text": "купил"},
        {"type": "ownership", "owner": "e3", "property": "e4"},
    ],
}
SECOND = {
    "id": "b.txt",
    "entities": [entity("e1", "PER", "Трамп"), entity("e2", "LOC", "Соединенные Штаты", code="US")],
    "errors": ["torn sentence"],
}


@pytest.fixture(scope="module")
def corpus():
    corpus = Corpus(load())
    heard = []
    corpus.listeners.append(lambda doc, keys: heard.append((doc["id"], len(keys))))
    for doc in (FIRST, SECOND):
        corpus.add(doc)
    assert heard == [("a.txt", 4), ("b.txt", 2)]  # listeners hear each document
    return corpus


def test_documents_are_counted_with_their_meta_and_errors(corpus):
    first, second = corpus.documents
    assert (first.id, first.date, first.title, first.entities, first.errors) == (
        "a.txt", "2025-03-06", "Встреча в Вашингтоне", 4, 0,
    )  # fmt: skip
    assert (second.date, second.entities, second.errors) == (None, 2, 1)


def test_records_point_at_keys_and_keep_their_dates(corpus):
    (agreement,) = corpus.agreements
    assert agreement.parties == [("LOC", "#US")]  # e9 is no entity of the document
    assert agreement.dates == [{**DATES[0], "role": "signed"}]  # date 7 does not exist
    (meeting,) = corpus.meetings
    assert meeting.participants == [("PER", "дональд трамп"), ("PER", "джо байден")]
    assert (meeting.start_date, meeting.place) == ("2025-03-05", ("LOC", "#US"))
    assert [deal.kind for deal in corpus.deals] == ["purchase"]
    (owned,) = corpus.owned
    # Газпром is known: its key is its gazetteer line
    assert (owned.doc, owned.owner, owned.property) == (
        "a.txt",
        ("LOC", "#US"),
        ("ORG", "=газпром"),
    )
    assert owned.status == meeting.status == corpus.deals[0].status == "stated"  # none given
    assert corpus.together[("PER", "джо байден"), ("PER", "дональд трамп")] == 1


def test_finish_joins_a_surname_to_the_one_full_name_and_a_country_by_its_code(corpus):
    model = finish(corpus)
    by_name = {e["name"]: e for e in model.entities()}
    trump = by_name["Дональд Трамп"]
    assert trump["aliases"] == ["Трамп"] and trump["documents"] == 2 and trump["mentions"] == 3
    assert {m["doc"] for m in by_name["США"]["members"]} == {"a.txt", "b.txt"}
    assert model.id_of(("PER", "трамп")) == trump["id"]
    assert model.as_dict()["documents_by_month"] == {"2025-03": 1}


def test_two_entities_of_one_document_joined_in_the_corpus_count_one_document():
    # the document kept "Трамп" apart from "Дональд Трамп"; the corpus joins them
    role = {"title": "президент", "org": None}
    doc = {
        "id": "c.txt",
        "entities": [
            entity("e1", "PER", "Дональд Трамп", 2, roles=[role]),
            entity("e2", "PER", "Трамп", roles=[role]),
            entity("e3", "PER", "Трамп"),
        ],
    }
    corpus = Corpus(load())
    corpus.add(doc)
    (trump,) = finish(corpus).entities()
    assert len(trump["members"]) == 3 and trump["mentions"] == 4
    assert trump["documents"] == 1
    assert [r["documents"] for r in trump["roles"]] == [1]
    # a name counts once per document, however many of its entities bear it
    assert corpus.things["PER", "трамп"].names == {"Трамп": 1}
