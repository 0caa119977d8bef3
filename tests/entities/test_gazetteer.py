"""The gazetteer: pycountry's Russian country names and the bundled lists."""

import pytest

from nlp_extract.entities import gazetteer


@pytest.mark.parametrize(
    "name, type, code",
    [
        ("Казахстан", "LOC", "KZ"),
        ("Российская Федерация", "LOC", "RU"),
        ("  российская   федерация ", "LOC", "RU"),  # case and spacing do not matter
        ("Ташкент", "LOC", None),  # a city: a place without a code
        ("МАГАТЭ", "ORG", None),
        ("Неизвестное место", None, None),
    ],
)
def test_known_names(name, type, code):
    places = gazetteer.load()
    assert places.type_of(name) == type
    assert places.country_code(name) == code


def test_yo_is_folded():
    places = gazetteer.load()
    assert places.country_code("Объединённые Арабские Эмираты") == "AE"
    assert places.country_code("Объединенные Арабские Эмираты") == "AE"
