"""What a person's name tells the speaker rules."""

import pytest

from nlp_extract.quotes.persons import gender, post_words, spelt_alike
from nlp_extract.schema import Entity


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Эльвира Набиуллина", True),
        ("Алла Бут", True),
        ("Ангела Меркель", True),
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
