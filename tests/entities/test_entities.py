"""Entity quality rules through the full pipeline, on sentences of our own."""

import re
from collections import Counter

import pytest

from nlp_extract.entities.canonical import person_name
from nlp_extract.entities.sex import past_sex_by_ending
from nlp_extract.entities.spans import NameSpan
from nlp_extract.reading import page


def entities(extractor, text):
    doc = extractor.extract(text)
    return {(e.type, e.name): e for e in doc.entities}


def test_dateline_gives_city_and_agency(extractor):
    found = entities(
        extractor, "НОВОСИБИРСК, 12 апр — РИА Новости. Губернатор области провел совещание."
    )
    assert ("LOC", "Новосибирск") in found
    assert ("ORG", "РИА Новости") in found


def test_quarter_numerals_are_no_entity(extractor):
    doc = extractor.extract("Визит запланирован в III–IV квартале 2026 года в Ташкент.")
    assert all("III" not in m.text for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(
    "text, type, name",
    [
        (
            "Представители Агентства по атомной энергии провели встречу.",
            "ORG",
            "Агентство по атомной энергии",
        ),
        ("Делегация посетила Джизакскую область на прошлой неделе.", "LOC", "Джизакская область"),
        (
            "По словам председателя правления Меиржана Юсупова, работа идет.",
            "PER",
            "Меиржан Юсупов",
        ),
        ("Об этом заявила Анна Петрова на пресс-конференции в Москве.", "PER", "Анна Петрова"),
        # the descriptor form is an alias: "ПАО «Сбербанк»" and "Сбербанк" are one name
        ("Соглашение подписал ПАО «Сбербанк» в Москве.", "ORG", "Сбербанк"),
        # the dictionary's "преторий" is a Roman camp: the gazetteer's city is the name
        ("Переговоры прошли в Претории в понедельник.", "LOC", "Претория"),
        # a name the dictionary leaves as it stands may not decline: Thule is no Тула
        ("Самолёт разбился недалеко от Туле в Гренландии.", "LOC", "Туле"),
        # "Большим" is also a form of "больший": a name's adjective is the commoner word's
        ("Контракт с Большим театром продлён до весны.", "ORG", "Большой театр"),
    ],
)
def test_canonical_nominative_names(extractor, text, type, name):
    assert (type, name) in entities(extractor, text)


def test_surname_joins_the_full_name(extractor):
    text = "Министр Сергей Лавров прибыл в Минск. Лавров провел переговоры с коллегами."
    (person,) = [e for e in extractor.extract(text).entities if e.type == "PER"]
    assert person.name == "Сергей Лавров" and len(person.mentions) == 2
    assert (person.parts.first, person.parts.last) == ("Сергей", "Лавров")


def test_abbreviation_joins_its_expansion(extractor):
    text = (
        "Международное агентство по атомной энергии (МАГАТЭ) направило миссию в Иран. "
        "Эксперты МАГАТЭ проведут проверку."
    )
    orgs = [e for e in extractor.extract(text).entities if e.type == "ORG"]
    assert len(orgs) == 1
    assert orgs[0].name == "Международное агентство по атомной энергии"
    assert "МАГАТЭ" in orgs[0].aliases and len(orgs[0].mentions) == 3


def test_countries_carry_iso_codes(extractor):
    found = entities(extractor, "Россия и Казахстан договорились о поставках газа в Узбекистан.")
    assert found[("LOC", "Казахстан")].code == "KZ"
    assert found[("LOC", "Россия")].code == "RU"


def test_international_organisation_is_not_a_place(extractor):
    found = entities(extractor, "Евросоюз ввел новые пошлины на импорт стали из Китая.")
    assert ("ORG", "Евросоюз") in found


def test_org_qualified_by_a_country_is_its_own_entity(extractor):
    text = "Глава Агентства по атомной энергии Казахстана встретился с послом."
    assert ("ORG", "Агентство по атомной энергии Казахстана") in entities(extractor, text)


def test_long_texts_are_read_in_chunks_with_exact_offsets(extractor, monkeypatch, seed_text):
    """Cut into many small chunks, the seed gives the same entities, dates and facts."""
    from nlp_extract import tokens
    from nlp_extract.reading.page import parse_page

    whole = extractor.extract(seed_text)
    monkeypatch.setattr(tokens, "CHUNK_CHARS", 200)
    assert len(tokens.chunks(seed_text, parse_page(seed_text).regions)) > 3
    chunked = extractor.extract(seed_text)
    assert [(e.type, e.name, len(e.mentions)) for e in chunked.entities] == [
        (e.type, e.name, len(e.mentions)) for e in whole.entities
    ]
    assert chunked.dates == whole.dates and chunked.agreements == whole.agreements
    for entity in chunked.entities:
        for mention in entity.mentions:
            assert seed_text[mention.start : mention.end] == mention.text


def test_canonical_org_name_found_where_it_stands_uninflected(extractor):
    text = (
        "Депутаты фракции «Справедливой России» поддержали закон. "
        "Справедливая Россия: позиция партии ясна."
    )
    doc = extractor.extract(text)
    (org,) = [e for e in doc.entities if e.type == "ORG"]
    assert [m.text for m in org.mentions] == ["Справедливой России", "Справедливая Россия"]
    assert not any(e.type == "LOC" for e in doc.entities)


def test_known_places_the_ner_missed(extractor):
    doc = extractor.extract(
        "Министры стран Европы обсудили поставки газа, сообщил Владимир Соловьев."
    )
    names = {(e.type, e.name) for e in doc.entities}
    assert ("LOC", "Европа") in names
    assert not any(t == "LOC" and n.startswith("Владимир") for t, n in names)


def test_known_organisations_the_ner_missed(extractor):
    doc = extractor.extract(
        "Международная федерация футбола объявила о выделении Интерполу гранта в 29 млн долларов."
    )
    assert ("ORG", "Интерпол") in {(e.type, e.name) for e in doc.entities}
    (deal,) = [f for f in doc.facts if f.type == "deal"]
    assert deal.kind == "loan" and len(deal.participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Yahoo! покупает Tumblr за миллиард долларов.",
        "Участие приняли митрополит Средне- и Западноевропейский Симеон и другие иерархи.",
    ],
)
def test_a_name_inside_one_token_is_never_empty(extractor, text):
    doc = extractor.extract(text)
    assert doc.entities
    assert all(entity.name.strip() for entity in doc.entities)


def test_a_bracketed_original_spelling_is_the_same_person(extractor):
    doc = extractor.extract(
        "«Это важно», — сказал Скотт Хоровитц (Scott Horowitz), бывший астронавт."
    )
    (person,) = [e for e in doc.entities if e.type == "PER"]
    assert person.name == "Скотт Хоровитц"
    assert "Scott Horowitz" in person.aliases


@pytest.mark.parametrize(
    "text, people",
    [
        (  # the original fuller by a second surname, a short first name: the surname sounds alike
            "«Это важно», — сказал правозащитник Тор Ансельм (Thor Anselm Rivera).",
            [("Тор Ансельм", 2)],
        ),
        (  # another first name is another person
            "«Это важно», — сказал журналист Марк Ансельм (Mary Anselm Rivera).",
            [("Марк Ансельм", 1), ("Mary Anselm Rivera", 1)],
        ),
        (  # another surname is another person
            "«Это важно», — сказал правозащитник Тор Ансельм (Thor Peter Rivera).",
            [("Тор Ансельм", 1), ("Thor Peter Rivera", 1)],
        ),
    ],
)
def test_a_bracketed_fuller_spelling_is_the_same_person_by_its_surname(extractor, text, people):
    doc = extractor.extract(text)
    found = [(e.name, len(e.mentions)) for e in doc.entities if e.type == "PER"]
    assert found == people


def test_a_bracketed_spelling_in_another_alphabet_is_the_same_person(extractor):
    doc = extractor.extract(
        "Посол Украины в Венгрии Тарас Гончаренко (Тарас Гончаренко) открыл выставку. "
        "Посол Украины в Польше Василий Кравчук (Василій Кравчук) сказал, что выставку "
        "покажут в Варшаве. Кравчук поблагодарил гостей."
    )
    people = {e.name: e for e in doc.entities if e.type == "PER"}
    assert set(people) == {"Тарас Гончаренко", "Василий Кравчук"}
    assert "Василій Кравчук" in people["Василий Кравчук"].aliases
    assert len(people["Василий Кравчук"].mentions) == 3


def test_another_person_in_brackets_is_another_person(extractor):
    doc = extractor.extract("Актер Иван Петров (Петро Іваненко) провел тренировку.")
    assert {e.name for e in doc.entities if e.type == "PER"} == {"Иван Петров", "Петро Іваненко"}


def test_a_person_is_named_in_the_russian_alphabet():
    text = "Сергій Бондар, Сергей Бондарь"
    members = [
        NameSpan(0, 13, "PER", name="Сергій Бондар"),
        NameSpan(15, 29, "PER", name="Сергей Бондарь"),
    ]
    assert person_name(text, members, Counter(m.name for m in members), past_sex_by_ending) == (
        "Сергей Бондарь"
    )


def test_a_name_with_digits_is_no_person(extractor):
    doc = extractor.extract("Фернандо Алонсо впервые в карьере пилота Формулы-1 выиграл Гран-при.")
    assert [(e.type, e.name) for e in doc.entities if e.type == "PER"] == [
        ("PER", "Фернандо Алонсо")
    ]


def test_an_organisation_run_into_a_name_is_cut_off(extractor):
    doc = extractor.extract(
        "Два журналиста, фотограф Билал Хассеин (Bilal Hussein) и оператор Аль-Джазиры "
        "Сами аль-Хадж (Sami al-Haj), находятся в тюрьме."
    )
    found = {(e.type, e.name) for e in doc.entities}
    assert {("ORG", "Аль-Джазира"), ("PER", "Сами аль-Хадж")} <= found


def test_families_are_no_persons_and_no_part_of_one(extractor):
    text = (
        "Сулим Ямадаев был третьим из братьев Ямадаевых, на которых уже совершались "
        "покушения. В Татарстане клан Шаймиевых расширяет семейный бизнес. Минтимер "
        "Шаймиев это отрицает. Состояние семьи Рокфеллеров выросло, сообщил Дэвид "
        "Рокфеллер-младший."
    )
    people = {e.name: [m.text for m in e.mentions] for e in extractor.extract(text).entities}
    assert people["Сулим Ямадаев"] == ["Сулим Ямадаев"]
    assert people["Минтимер Шаймиев"] == ["Минтимер Шаймиев"]
    assert "Дэвид Рокфеллер-младший" in people
    assert not any(m.endswith(("ых", "еров")) for mentions in people.values() for m in mentions)


def test_a_name_the_sentence_splitter_cuts_is_read_by_all_its_words(extractor, monkeypatch):
    # any full stop before a capital ends a sentence: the name runs on into the next one
    monkeypatch.setattr(page, "GLUED", re.compile(r"(?<=[а-яё]\.)(?=[А-ЯЁ])"))
    text = "Письмо Дж.Буша удивило."
    assert len(page.parse_page(text).regions) == 2
    doc = extractor.extract(text)
    assert [(e.name, [m.text for m in e.mentions]) for e in doc.entities] == [
        ("Дж.Буш", ["Дж.Буша"])
    ]
