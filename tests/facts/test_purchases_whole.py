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
