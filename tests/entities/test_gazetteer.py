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


@pytest.mark.parametrize(
    "names, usual",
    [
        (("Подмосковье", "Московская область"), "Московская область"),
        (("Республика Мордовия", "мордовия"), "Мордовия"),
        (("Чеченская Республика", "Чечня"), "Чечня"),
        (("Курилы", "Курильские острова"), "Курильские острова"),
        # a city's former names, as news about its history writes them
        (("Ленинград", "Петроград", "Петербург", "Санкт-Петербург"), "Санкт-Петербург"),
        (("Сталинград", "Волгоград"), "Волгоград"),
        # a station is a place, not an organisation (factRu: Location, NEREL: FACILITY)
        (("МКС", "Международная космическая станция"), "Международная космическая станция"),
    ],
)
def test_a_place_of_several_names_is_one_thing(names, usual):
    places = gazetteer.load()
    assert {places.identity("LOC", name) for name in names} == {usual}


@pytest.mark.parametrize("name", ["Москва", "Республика Москва", "НАО"])
def test_a_city_or_unknown_name_has_no_place_identity(name):
    assert gazetteer.load().place(name) is None


def test_places_of_several_names_in_one_text_are_one_entity(extractor):
    text = "Глава Чеченской Республики прибыл в Грозный. В Чечне прошли выборы."
    (region,) = [e for e in extractor.extract(text).entities if e.name == "Чечня"]
    assert [text[m.start : m.end] for m in region.mentions] == ["Чеченской Республики", "Чечне"]


@pytest.mark.parametrize(
    "names", [("Подмосковье", "Московская область"), ("Курильские острова", "Курилы")]
)
def test_a_place_goes_by_its_usual_name(names):
    places = gazetteer.load()
    assert min(names, key=places.rank) == places.place(names[0])


def test_a_country_read_as_a_person_is_the_place_the_text_names():
    from nlp_extract.entities.retype import retype_known
    from nlp_extract.entities.spans import NameSpan

    known = gazetteer.load()
    place = NameSpan(0, 8, "LOC", "Свазиленд")
    person = NameSpan(20, 28, "PER", "Эсватини")
    assert [m.type for m in retype_known([place, person], known)] == ["LOC", "LOC"]
    # with no such place in the text, or a name that is no country, a person stays one
    assert retype_known([person], known)[0].type == "PER"
    other = NameSpan(30, 36, "PER", "Иванов")
    assert retype_known([place, other], known)[1].type == "PER"


@pytest.mark.parametrize(
    "name, media",
    [("Ъ", True), ("«Коммерсантъ»", True), ("Рейтер", True), ("МВД", False), ("Сбербанк", False)],
)
def test_media_outlets_by_any_name(name, media):
    assert gazetteer.load().is_media(name) is media


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Национальный совет Ганы", ("национальный совет", "GH")),  # any country pycountry names
        ("Верховный суд Замбии", ("верховный суд", "ZM")),
        ("МВД РФ", ("мвд", "RU")),
        ("Сенат США", ("сенат", "US")),
        ("Совет директоров", None),
    ],
)
def test_a_body_qualified_by_its_country(name, expected):
    assert gazetteer.load().national(name) == expected
