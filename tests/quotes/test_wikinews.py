"""Shapes of Wikinews and wire copy the factRu-written rules missed (read on the NEREL
quotes gold's rules split): each case is written for nlp-extract in its class's shape."""

import pytest

from .marked import said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a paragraph a verb and a colon announce, set apart without marks
            "Совет назначил награду.\n"
            "Директор совета [Нихад Авад]PER сказал:\n"
            "Мы надеемся, что награда поможет найти стрелка.\n"
            "Полиция молчит.",
            [("Нихад Авад", "direct", "Мы надеемся, что награда поможет найти стрелка")],
        ),
        (  # the speaker named in an earlier sentence of the announcing paragraph
            "[Лола Каримова]PER вернулась в Ташкент. Она написала в инстаграме:\n"
            "Отец в реанимации. Прошу не верить слухам.",
            [("Лола Каримова", "direct", "Отец в реанимации. Прошу не верить слухам")],
        ),
    ],
)
def test_a_paragraph_announced_by_a_verb_and_a_colon(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a colon that announces a list, not words
        "Среди задержанных:\nИван Петров, Олег Смирнов и еще трое.",
        # a quote in marks of its own keeps its own rule
        "Известно, что [Иван Петров]PER сказал:\n«Работы закончены».",
    ],
)
def test_no_announcement_without_a_verb_of_speech_or_with_marks(text):
    assert all(kind != "direct" or words != text.split("\n")[1] for _, kind, words in said(text))
