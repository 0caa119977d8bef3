"""Buyer, seller and object of a purchase, from the sentence's tree, through the pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence, buyer, seller, thing",
    [
        (
            "Компания Google купила у Motorola компанию Nest за 3 млрд долларов.",
            "Google",
            "Motorola",
            "Nest",
        ),
        ("Компания Nest была куплена корпорацией Google.", "Google", None, "Nest"),
        ("Google объявила о покупке компании Nest.", "Google", None, "Nest"),
        (
            "Фонд Digital Sky Technologies купил 5% акций Facebook.",
            "Digital Sky Technologies",
            None,
            "Facebook",
        ),
        ("Роснефть приобрела у BP долю в ТНК-BP.", "Роснефть", "BP", "ТНК-BP"),
        # the painter of a picture bought is no party
        (
            "Абрамович купил картину Марка Ротко у аукционного дома Сотбис.",
            "Абрамович",
            "Сотбис",
            None,
        ),
    ],
)
def test_the_sides_of_a_purchase(extractor, sentence, buyer, seller, thing):
    (deal,) = [f for f in extractor.extract(sentence).facts if f.type == "deal"]
    assert (deal.buyer_name, deal.seller_name, deal.object_name) == (buyer, seller, thing)
    assert set(deal.participant_names) == {n for n in (buyer, seller, thing) if n}


def test_a_planned_share_purchase_owns_nothing_yet(extractor):
    facts = extractor.extract("Газпром планирует купить 50% акций Белтрансгаза.").facts
    (deal,) = [f for f in facts if f.type == "deal"]
    assert (deal.status, deal.buyer_name, deal.object_name) == ("planned", "Газпром", "Белтрансгаз")
    assert [f for f in facts if f.type == "ownership"] == []


@pytest.mark.parametrize(
    "sentence, owner, owned",
    [
        ("Компания Google купила YouTube за 1,65 млрд долларов.", "Google", "YouTube"),
        (
            "Илон Маск, ранее отказавшийся от покупки, всё-таки купил Twitter.",
            "Илон Маск",
            "Twitter",
        ),
    ],
)
def test_a_purchase_done_makes_its_buyer_an_owner(extractor, sentence, owner, owned):
    facts = extractor.extract(sentence).facts
    (deal,) = [f for f in facts if f.type == "deal"]
    assert deal.status == "stated"
    assert [(f.owner_name, f.property_name) for f in facts if f.type == "ownership"] == [
        (owner, owned)
    ]


def test_the_status_of_a_deal_by_its_noun(extractor):
    facts = extractor.extract("Сделка по продаже Opel компании Magna была отменена.").facts
    assert [f.status for f in facts if f.type == "deal"] == ["negated"]


def test_a_seller_hung_under_the_object_and_a_passive_sale(extractor):
    sentences = {
        "Дмитрий Рыболовлев купил картину Марка Ротко у Ива Бувье.": (
            "Дмитрий Рыболовлев",
            "Ив Бувье",
            None,
        ),
        "Ozon будет продан фонду Baring Vostok в марте.": ("Baring Vostok", None, "Ozon"),
    }
    for sentence, sides in sentences.items():
        (deal,) = [f for f in extractor.extract(sentence).facts if f.type == "deal"]
        assert (deal.buyer_name, deal.seller_name, deal.object_name) == sides
        assert "Марк Ротко" not in deal.participant_names


@pytest.mark.parametrize(
    "sentence, parties",
    [
        ("Россия поставляет нефть в Китай.", ["Россия", "Китай"]),
        ("Газпром поставит Белоруссии газ по цене 2010 года.", ["Газпром", "Белоруссия"]),
        (
            "Точку в споре поставят глава «Газпрома» Алексей Миллер и министр Белоруссии Александр Озерец.",
            [],
        ),
    ],
)
def test_a_verb_of_supply_is_a_deal_when_it_supplies_someone(extractor, sentence, parties):
    deals = [f for f in extractor.extract(sentence).facts if f.type == "deal"]
    assert [f.participant_names for f in deals] == ([parties] if parties else [])


def test_one_for_or_against_a_deal_is_no_party_to_it(extractor):
    against = "Регулятор выступил против этой сделки, заявив, что она навредит компании Intel."
    assert [f for f in extractor.extract(against).facts if f.type == "deal"] == []
    named = "Фонд выступает против сделки по слиянию компаний Oracle и Sun Microsystems."
    deals = [f for f in extractor.extract(named).facts if f.type == "deal"]
    assert [f.participant_names for f in deals] == [["Oracle", "Sun Microsystems"]]
