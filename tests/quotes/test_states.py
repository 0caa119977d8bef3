"""A state speaking through its authorities: "Власти России", "израильские власти",
and a bare "Власти" after the text named whose."""

import pytest

from .marked import said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the country's adjective, the country named elsewhere in the text
            "[Израиль=Израиль]LOC депортировал активистку. Как сообщили израильские власти, "
            "ей запрещён въезд.",
            "Израиль",
        ),
        (  # the country's name
            "Власти [России=Россия]LOC заявили, что арест незаконен.",
            "Россия",
        ),
        (  # bare, after the text named them as a country's
            "Власти [США]LOC арестовали жительницу [Нью-Йорка=Нью-Йорк]LOC.\n"
            "Власти считают, что она хотела попасть в [Сирию=Сирия]LOC.",
            "США",
        ),
        (  # a place that is no country
            "Власти [Калифорнии=Калифорния]LOC сообщили, что пожар локализован.",
            "Калифорния",
        ),
        (  # a country's adjective before a place the authorities are in
            "[США]LOC ввели войска. Американские власти в [Ираке=Ирак]LOC заявили, что "
            "выведут войска.",
            "США",
        ),
        (  # an adjective of the place's own name: its authorities, no other country's
            "[Израиль=Израиль]LOC ответил. Власти [Палестинской автономии=Палестинская "
            "автономия]LOC сообщили, что переговоры прерваны.",
            "Палестинская автономия",
        ),
        (  # no country named as theirs: an unnamed group
            "Жительница [Нью-Йорка=Нью-Йорк]LOC арестована. Власти считают, что она виновна.",
            None,
        ),
    ],
)
def test_authorities_speak_for_their_state(text, expected):
    assert [speaker for speaker, *_ in said(text)] == [expected]
