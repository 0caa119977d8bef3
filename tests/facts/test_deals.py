"""Deals between the parties around a deal word: facts/deals.py."""

import pytest

from nlp_extract.facts.deals import deals

from .records import entities, index

SBER, YANDEX = ("ORG", "Сбербанк", ""), ("ORG", "Яндекс", "")


@pytest.mark.parametrize(
    "text, named, expected",
    [
        ("Сбербанк купил акции Яндекса.", [SBER, YANDEX], [("purchase", "купил", ["e1", "e2"])]),
        (  # a city is where, the agency who reports
            "В Москве Сбербанк купил акции Яндекса, сообщает Интерфакс.",
            [("LOC", "Москве", ""), SBER, YANDEX, ("ORG", "Интерфакс", "")],
            [("purchase", "купил", ["e2", "e3"])],
        ),
        (  # a country is a party
            "ЕС ввел санкции против России.",
            [("ORG", "ЕС", ""), ("LOC", "России", "RU")],
            [("sanctions", "санкции", ["e1", "e2"])],
        ),
        (
            "Минфин выдал кредит Аэрофлоту.",
            [("ORG", "Минфин", ""), ("ORG", "Аэрофлоту", "")],
            [("loan", "кредит", ["e1", "e2"])],
        ),
        (  # who speaks is before "сообщил, что"
            "Глава ВТБ сообщил, что Сбербанк купил акции Яндекса.",
            [("ORG", "ВТБ", ""), SBER, YANDEX],
            [("purchase", "купил", ["e2", "e3"])],
        ),
        (  # the parties listed after the word
            "Росатом подписал контракт с Египтом, Турцией и Венгрией.",
            [
                ("ORG", "Росатом", ""),
                *[("LOC", c, "XX") for c in ("Египтом", "Турцией", "Венгрией")],
            ],
            [("services", "контракт", ["e1", "e2", "e3", "e4"])],
        ),
        (  # both sides after a merger
            "Объявлено о слиянии компаний Oracle и Sun.",
            [("ORG", "Oracle", ""), ("ORG", "Sun", "")],
            [("purchase", "слиянии", ["e1", "e2"])],
        ),
        (  # without the speaker one party is left
            "Глава ВТБ сообщил, что Сбербанк купил акции.",
            [("ORG", "ВТБ", ""), SBER],
            [],
        ),
        ("Сбербанк купил здание в Москве.", [SBER, ("LOC", "Москве", "")], []),  # a city
        ("Сбербанк купил акции.", [SBER], []),  # one party
        ("Сбербанк и Яндекс провели конференцию.", [SBER, YANDEX], []),  # no deal word
    ],
)
def test_deals(text, named, expected):
    found = deals(text, index(text, entities(text, *named)))
    assert [(f.kind, f.trigger, f.participants) for f in found] == expected
    # a deal leaves its rule whole: the sentence that states it
    assert all(f.text == text[f.start : f.end] and f.text for f in found)


def test_beside_two_organisations_a_person_speaks_for_one():
    text = "Глава Сбербанка Греф и Яндекс подписали сделку."
    found = entities(text, ("ORG", "Сбербанка", ""), ("PER", "Греф", ""), YANDEX)
    (deal,) = deals(text, index(text, found))
    assert deal.participants == ["e3", "e1"]  # none after the word: the nearest before first


def test_each_sentence_has_its_own_deal():
    text = "Сбербанк купил акции Яндекса. Минфин выдал кредит Аэрофлоту."
    found = entities(text, SBER, YANDEX, ("ORG", "Минфин", ""), ("ORG", "Аэрофлоту", ""))
    assert [(d.kind, d.text) for d in deals(text, index(text, found))] == [
        ("purchase", "Сбербанк купил акции Яндекса"),
        ("loan", "Минфин выдал кредит Аэрофлоту."),
    ]
