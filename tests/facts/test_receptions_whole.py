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
