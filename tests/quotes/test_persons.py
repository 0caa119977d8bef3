"""What a person's name tells the speaker rules."""

import pytest

from nlp_extract.quotes.persons import (
    first_name_gender,
    gender,
    nominative,
    post_words,
    spelt_alike,
    usual_name,
)
from nlp_extract.schema import Entity, Mention


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Эльвира Набиуллина", True),
        ("Алла Бут", None),  # a first name's ending tells less (first_name_gender)
        ("Никита Михалков", False),
        ("Илья Ковальчук", False),
        ("Сергей Лавров", False),
        ("Виктор Бут", None),
        ("Барак Обама", None),
        ("Хиллари Клинтон", None),
    ],
)
def test_gender(name, expected):
    assert gender(Entity(id="e1", type="PER", name=name, mentions=[])) is expected


@pytest.mark.parametrize(
    "name, expected",
    [("Алла Бут", True), ("Ангела Меркель", True), ("Андреа Росси", True), ("Виктор Бут", None)],
)
def test_a_first_names_ending_tells_a_woman_less_surely(name, expected):
    assert first_name_gender(Entity(id="e1", type="PER", name=name, mentions=[])) is expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("премьер-министр", {"премьер-министр", "премьер"}),
        ("вице-премьер", {"вице-премьер"}),
        ("министр иностранных дел", {"министр", "иностранных", "дел"}),
    ],
)
def test_post_words(title, expected):
    assert post_words(title) == expected


@pytest.mark.parametrize(
    "one, other, expected",
    [
        ("бенер", "бонер", True),
        ("бейнер", "бенер", True),
        ("герстенмайер", "гернстермайер", True),
        ("тимошенко", "тимощенко", True),
        ("иванов", "иванова", False),
        ("петров", "петраков", False),
        ("клинтон", "клинтона", False),
        ("петров", "петров", False),
        ("кан", "кон", False),
    ],
)
def test_spelt_alike(one, other, expected):
    assert spelt_alike(one, other) is expected


def person(text: str, name: str, written: list[str], aliases: list[str]) -> Entity:
    mentions = []
    for form in written:
        start = text.index(form, mentions[-1].end if mentions else 0)
        mentions.append(Mention(start=start, end=start + len(form), text=form))
    return Entity(id="e1", type="PER", name=name, mentions=mentions, aliases=aliases)


def test_usual_name_leaves_off_a_middle_name_given_once():
    text = "Прибыл Реджеп Тайип Эрдоган. Реджеп Эрдоган сказал, что Реджепа Эрдогана ждут."
    written = ["Реджеп Тайип Эрдоган", "Реджеп Эрдоган", "Реджепа Эрдогана"]
    aliases = ["Реджеп Эрдоган", "Эрдоган"]
    assert usual_name(person(text, "Реджеп Тайип Эрдоган", written, aliases), text) == (
        "Реджеп Эрдоган"
    )
    # written in full more often: the full name
    text = "Прибыл Реджеп Тайип Эрдоган. Реджеп Эрдоган сказал, что Реджеп Тайип Эрдоган прав."
    written = ["Реджеп Тайип Эрдоган", "Реджеп Эрдоган", "Реджеп Тайип Эрдоган"]
    assert usual_name(person(text, "Реджеп Тайип Эрдоган", written, aliases), text) == (
        "Реджеп Тайип Эрдоган"
    )


@pytest.mark.parametrize(
    "written, name, expected",
    [
        ("Кан", "Оливер Кан", True),
        ("Кана", "Оливер Кан", False),
        ("Гутьеррес", "Хосе Гутьеррес Ортега", True),  # the first of two surnames
        ("Гутьерреса", "Хосе Гутьеррес Ортега", False),
        ("Хосе", "Хосе Гутьеррес Ортега", False),  # a first name may not decline
        ("Бонер", "Бонер", True),
    ],
)
def test_nominative(written, name, expected):
    assert nominative(written, Entity(id="e1", type="PER", name=name, mentions=[])) is expected
