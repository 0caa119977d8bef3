"""Deals and ownership on the sentences of tests/data/facts_dev.jsonl."""

import json
from pathlib import Path

import pytest

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent.parent / "data" / "facts_dev.jsonl").open(encoding="utf-8")
]


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:40] for case in CASES])
def test_deals_and_ownership(extractor, case):
    doc = extractor.extract(case["text"])
    names = {entity.id: entity.name for entity in doc.entities}
    facts = [fact for fact in doc.facts if fact.type == case["type"]]
    if case["type"] == "deal":
        found = [(f.kind, sorted(names[p] for p in f.participants)) for f in facts]
        assert (case["kind"], sorted(case["participants"])) in found
        for fact in facts:
            assert case["text"][fact.start : fact.end].find(fact.trigger) >= 0
    else:
        found = [(names[f.owner], names[f.property]) for f in facts]
        assert (case["owner"], case["property"]) in found


def test_a_city_and_the_reporting_agency_are_no_party(extractor):
    text = "В Москве Сбербанк купил акции Яндекса, сообщает Интерфакс."
    doc = extractor.extract(text)
    names = {entity.id: entity.name for entity in doc.entities}
    (deal,) = [fact for fact in doc.facts if fact.type == "deal"]
    assert sorted(names[p] for p in deal.participants) == ["Сбербанк", "Яндекс"]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Посол Италии Виторио Сандали встретился с заместителем министра Александром Налбандовым.",
            [["Александр Налбандов", "Виторио Сандали"]],
        ),
        # who reports it is no party; a visit to a country is no meeting
        (
            "Реджеп Эрдоган поднимет эту тему на встрече с Виктором Януковичем, — сообщил Мустафа Джемилев.",
            [["Виктор Янукович", "Реджеп Эрдоган"]],
        ),
        ("Визит Сергея Лаврова в Японию состоится в мае, заявил Наото Кан.", []),
        ("Дмитрий Медведев провел встречу с молодыми учеными в Москве.", []),
        # an organisation a person meets with
        (
            "Михаил Мишустин встретился с Минэкономразвития.",
            [["Минэкономразвития", "Михаил Мишустин"]],
        ),
    ],
)
def test_meetings_are_between_the_people_who_meet(extractor, text, met):
    doc = extractor.extract(text)
    names = {entity.id: entity.name for entity in doc.entities}
    meetings = [sorted(names[p] for p in f.participants) for f in doc.facts if f.type == "meeting"]
    assert meetings == met


@pytest.mark.parametrize(
    "text",
    [
        # a person with a post at the party speaks for it
        "Глава «Газпрома» Алексей Миллер пообещал ограничить поставки газа.",
        # who says it is no party: one party is named in the clause of the deal
        "Глава Минсвязи отметил, что Федеральная антимонопольная служба наложила на них штрафы.",
        # "займёт" is taking a place, not a loan
        "Его место займёт посол Японии в Чехии Синдзи Харада.",
    ],
)
def test_no_deal(extractor, text):
    assert [fact for fact in extractor.extract(text).facts if fact.type == "deal"] == []


@pytest.mark.parametrize(
    "text",
    [
        # who sells shares owns nothing by it
        "Сбербанк продал акции «Яндекса».",
        # a member belongs to an alliance; a share of an unnamed company names no property
        "Альянс ARENA, к которому принадлежал Флорес, выразил соболезнования.",
        "В совместном предприятии «Зарубежнефти» принадлежит 49 процентов, а вьетнамской "
        "PetroVietnam - 51 процент.",
        # a comma before "владеет": the subject is another, left out
        "Керимов контролирует группу «Нафта Москва», владеет футбольным клубом «Анжи».",
        # the party the word is far from, and a river, own nothing
        "Неизвестно даже Росприроднадзору, какому заводу принадлежит труба, из которой "
        "сбросы шли в реку Славянку.",
    ],
)
def test_no_ownership(extractor, text):
    facts = extractor.extract(text).facts
    assert [fact for fact in facts if fact.type == "ownership"] == []
