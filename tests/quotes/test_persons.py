"""What a person's name tells the speaker rules."""

import pytest

from nlp_extract.quotes.persons import gender, post_words
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
