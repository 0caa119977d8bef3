"""A person received is met: "X принял Y", through the pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence, met",
    [
        (
            "Владимир Путин принимает в Кремле Александра Лукашенко и Нурсултана Назарбаева.",
            [["Владимир Путин", "Александр Лукашенко", "Нурсултан Назарбаев"]],
        ),
        (
            "Владимир Путин принял в Кремле президента Белоруссии Александра Лукашенко.",
            [["Владимир Путин", "Александр Лукашенко"]],
        ),
        # what is taken is no guest
        ("Владимир Путин принял отставку Дмитрия Медведева.", []),
        ("Президент Владимир Путин принял решение назначить Сергея Шойгу министром.", []),
        ("Директор Иван Петров принял на работу Сергея Смирнова.", []),
    ],
)
def test_a_person_received_is_met(extractor, sentence, met):
    facts = extractor.extract(sentence).facts
    assert [f.participant_names for f in facts if f.type == "meeting"] == met


@pytest.mark.parametrize(
    "sentence, met",
    [
        (
            "Ангела Меркель и Эмманюэль Макрон обсудили на встрече в Берлине ситуацию на Украине.",
            [["Ангела Меркель", "Эмманюэль Макрон"]],
        ),
        # the meeting is another's: they did something else about it
        ("Трамп и Путин сделали заявление к 75-летию встречи на Эльбе.", []),
    ],
)
def test_what_the_subjects_did_at_a_meeting(extractor, sentence, met):
    facts = extractor.extract(sentence).facts
    assert [f.participant_names for f in facts if f.type == "meeting"] == met
