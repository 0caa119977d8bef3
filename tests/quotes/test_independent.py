"""Classes of news sentences the rules missed on texts they never saw (issue 28, NEREL
documents 61-120): each case is written for nlp-extract in the shape of its class."""

import pytest

from .marked import said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # reflexive verbs of speech and a gerund of writing before a colon
            "После встречи [Анна Белова]PER отшутилась: «Это была аллергия на соперника».",
            [("Анна Белова", "direct", "Это была аллергия на соперника")],
        ),
        (
            "[Олег Смирнов]PER назвал свой уход шуткой, написав в своём блоге:\n"
            "Ха-ха-ха! Я никуда не ухожу. Все слухи ложь.",
            [("Олег Смирнов", "direct", "Ха-ха-ха! Я никуда не ухожу. Все слухи ложь")],
        ),
        (
            "Как выразился [Олег Смирнов]PER, завод «добывал золото из воздуха».",
            [("Олег Смирнов", "indirect", "завод «добывал золото из воздуха»")],
        ),
        (
            "[Олег Смирнов]PER признавался журналисту, что готов уйти из спорта.",
            [("Олег Смирнов", "indirect", "готов уйти из спорта")],
        ),
        (  # a gerund whose clause follows "тем, что"
            "Штаб [Анны Беловой=Анна Белова]PER скрывал её болезнь, объясняя случившееся "
            "тем, что она перегрелась.",
            [("Анна Белова", "indirect", "она перегрелась")],
        ),
        (  # phrases of opinion, notice and pretext with a clause
            "[Олег Смирнов]PER и [Анна Белова]PER сходятся во мнении, что реформа провалилась.",
            [("Олег Смирнов", "indirect", "реформа провалилась")],
        ),
        (
            "[Олег Смирнов]PER обратил внимание на то, что зрители увидели реальные бои.",
            [("Олег Смирнов", "indirect", "зрители увидели реальные бои")],
        ),
        (
            "[Олег Смирнов]PER назначил [Ивана Петрова=Иван Петров]PER под предлогом, что "
            "тот хороший экономист.",
            [("Олег Смирнов", "indirect", "тот хороший экономист")],
        ),
    ],
)
def test_cues_of_independent_news(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[Олег Смирнов]PER обратил внимание на новую модель.",
        "[Олег Смирнов]PER описал ситуацию в городе подробно.",
        "[Олег Смирнов]PER зашёл под предлогом встречи с друзьями.",
    ],
)
def test_no_clause_no_quote(text):
    assert said(text) == []
