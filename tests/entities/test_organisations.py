"""Organisations NER misses: the gazetteer's names in any case, and a place adjective
before an organisation."""

import pytest

from nlp_extract.entities import gazetteer
from nlp_extract.entities.gazetteer import Gazetteer, add_organisation
from nlp_extract.entities.name_forms import NameForms, stem
from nlp_extract.entities.organisations import known_organisations
from nlp_extract.entities.spans import NameSpan


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Государственная", "государственн"),
        ("Амнистия", "амнист"),
        ("Министерство", "министерств"),
        ("Совет", "совет"),
        ("МИД", "мид"),  # an abbreviation whole
        ("Объединённые", "объединенн"),  # ё folded
    ],
)
def test_stem(word, expected):
    assert stem(word) == expected


def found(forms: NameForms, text: str, morphology) -> list[str]:
    return [text[start:end] for start, end in forms.find(text, 0, len(text), morphology)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Доклад Международной амнистии вышел вчера.", ["Международной амнистии"]),
        ("Законопроект внесли в Государственную думу.", ["Государственную думу"]),
        # an abbreviation with a case ending, not with a longer word
        ("Об этом сообщили в МИДе, а позже у МИДа и МИДовцев.", ["МИДе", "МИДа"]),
        ("Текст Amnesty International.", ["Amnesty International"]),
        # the longest name at a place
        (
            "Сенаторы Совета Федерации Федерального собрания.",
            ["Совета Федерации Федерального собрания"],
        ),
        # a small first letter is no name: a generic "государственная дума" of a novel
        ("Его государственная дума не заботила.", []),
        # every word must be the name's word in some case
        ("Совет министров собрался.", []),
        # words on two lines are two phrases
        ("Международная\nамнистия", []),
    ],
)
def test_name_forms_find(extractor, text, expected):
    forms = NameForms()
    for name in (
        "Международная амнистия",
        "Amnesty International",
        "Государственная дума",
        "Совет Федерации",
        "Совет Федерации Федерального собрания",
        "МИД",
    ):
        forms.add(name)
    assert found(forms, text, extractor.morphology) == expected


def test_single_common_words_are_not_looked_for():
    forms = NameForms()
    forms.add("Яблоко")  # a party and a fruit: the NER and the places step decide
    forms.add("«Единая Россия»")  # quoted names are found by their parts
    forms.add("федеральный банк")
    assert forms.names == {}


def test_gazetteer_looks_for_a_national_name_without_its_country(extractor):
    places = gazetteer.load()
    own = Gazetteer(countries=places.countries, country_genitives=places.country_genitives)
    add_organisation(own, "Министерство иностранных дел Грузии", "ministry", "GE", ["МИД Грузии"])
    text = "Посла вызвали в Министерство иностранных дел Грузии."
    # the country stays a place of its own; "МИД" alone is no name of this ministry
    assert found(own.name_forms, text, extractor.morphology) == ["Министерство иностранных дел"]
    assert found(own.name_forms, "Посол в МИДе Грузии.", extractor.morphology) == []


def spans_of(text: str, mentions: list[NameSpan]) -> list[tuple[str, str]]:
    return [(m.type, text[m.start : m.end]) for m in mentions]


def test_known_organisations_fill_what_ner_missed(extractor):
    text = "Доклад Международной амнистии осудили в Москве."
    moscow = text.index("Москве")
    mentions = [NameSpan(moscow, moscow + len("Москве"), "LOC")]
    got = known_organisations(
        text, mentions, [(0, len(text))], gazetteer.load(), extractor.morphology
    )
    assert spans_of(text, got) == [("ORG", "Международной амнистии"), ("LOC", "Москве")]


def test_known_organisations_join_organisation_pieces(extractor):
    text = "Делегаты Парламентской ассамблеи Совета Европы проголосовали."
    first = text.index("Парламентской")
    second = text.index("Совета")
    mentions = [
        NameSpan(first, second - 1, "ORG"),
        NameSpan(second, text.index(" проголосовали"), "ORG"),
    ]
    got = known_organisations(
        text, mentions, [(0, len(text))], gazetteer.load(), extractor.morphology
    )
    assert spans_of(text, got) == [("ORG", "Парламентской ассамблеи Совета Европы")]


@pytest.mark.parametrize(
    "ner, expected",
    [
        # NER's longer span stays
        (
            "Государственной думы Федерального собрания РФ",
            "Государственной думы Федерального собрания РФ",
        ),
        # a place or person inside the name: NER's reading stays
        ("Государственной", "Государственной"),
    ],
)
def test_known_organisations_never_cut_a_longer_mention(extractor, ner, expected):
    text = "Депутаты Государственной думы Федерального собрания РФ собрались."
    start = text.index(ner)
    mentions = [NameSpan(start, start + len(ner), "LOC")]
    got = known_organisations(
        text, mentions, [(0, len(text))], gazetteer.load(), extractor.morphology
    )
    assert spans_of(text, got) == [("LOC", expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Глава японского МИДа прилетел в Москву.", "японского МИДа"),
        ("Санкции российского Минсельхоза ударят по фермерам.", "российского Минсельхоза"),
        ("Концерт лондонского Королевского оркестра прошёл.", "лондонского Королевского оркестра"),
        ("Это решение нового Минсельхоза.", "Минсельхоза"),  # no place's adjective
    ],
)
def test_place_adjective_joins_the_organisation(extractor, text, expected):
    doc = extractor.extract(text)
    orgs = [m.text for e in doc.entities if e.type == "ORG" for m in e.mentions]
    assert orgs == [expected]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("японского", True),  # a country's
        ("российской", True),
        ("московского", True),  # Москва, with the inserted "о"
        ("лондонская", True),
        ("ленинградского", True),  # of "Ленинградская область"
        ("новый", False),
        ("морского", False),
        ("Японского", True),  # a capital at a sentence's start changes nothing
    ],
)
def test_place_adjectives(word, expected):
    assert gazetteer.load().is_place_adjective(word) is expected


def test_extracted_organisations_keep_their_offsets(extractor):
    text = "Доклад Amnesty International и Международной амнистии обсудили в Государственной думе."
    doc = extractor.extract(text)
    orgs = [m for e in doc.entities if e.type == "ORG" for m in e.mentions]
    assert [m.text for m in orgs] == [
        "Amnesty International",
        "Международной амнистии",
        "Государственной думе",
    ]
    assert all(text[m.start : m.end] == m.text for m in orgs)


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # the adjective makes it another country's body: it stays in the name
        ("Глава японского МИДа прилетел в Москву.", "японского МИДа", "Японский МИД"),
        # the same organisation with or without it: called by its own name
        (
            "Санкции российского Минсельхоза ударят по фермерам.",
            "российского Минсельхоза",
            "Минсельхоз",
        ),
        ("Корпорации News Corp принадлежит доля британской BSkyB.", "британской BSkyB", "BSkyB"),
    ],
)
def test_place_adjective_stays_in_the_name_where_it_decides(extractor, text, mention, name):
    doc = extractor.extract(text)
    found = {m.text: e.name for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert found[mention] == name


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body every country has, written with a small letter, after its country's
        # adjective: the adjective says whose it is, and stays in the name
        (
            "Сотрудник американского министерства иностранных дел заявил об этом.",
            [
                (
                    "американского министерства иностранных дел",
                    "Американское министерство иностранных дел",
                )
            ],
        ),
        (
            "В российском министерстве финансов это отрицают.",
            [("российском министерстве финансов", "Российское министерство финансов")],
        ),
        # without the adjective a small-letter name is no mention: any country's
        ("Отчёт прислали из министерства финансов вчера.", []),
        # nor after an adjective of no place
        ("Отчёт прислали из нового министерства финансов вчера.", []),
    ],
)
def test_small_letter_name_after_a_place_adjective(extractor, text, expected):
    doc = extractor.extract(text)
    found = [(m.text, e.name) for e in doc.entities if e.type == "ORG" for m in e.mentions]
    assert found == expected


def test_names_that_overlap_give_one_mention(extractor):
    places = gazetteer.load()
    own = Gazetteer(
        countries=places.countries,
        places=places.places,
        country_genitives=places.country_genitives,
    )
    add_organisation(own, "Совет Федерации", "parliament", None, [])
    add_organisation(own, "Федерация футбола", "sport", None, [])
    text = "Члены российского совета Федерации футбола собрались."
    got = known_organisations(text, [], [(0, len(text))], own, extractor.morphology)
    # the small-letter name after the adjective starts first: the other one is dropped
    assert spans_of(text, got) == [("ORG", "совета Федерации")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviation known only with its country, where the country follows it
        ("СК РФ возбудил дело.", [("СК", "СК РФ")]),
        ("Следователи СК России выехали на место.", [("СК", "СК России")]),
        # alone, or before another word, it is as often something else
        ("Страховая СК выплатила деньги.", []),
        ("СК Москва выиграл матч.", []),
    ],
)
def test_an_abbreviation_with_its_country(extractor, text, expected):
    doc = extractor.extract(text)
    got = [(m.text, e.name) for e in doc.entities if e.type == "ORG" for m in e.mentions]
    assert got == expected


def test_a_copy_of_a_named_mention_takes_its_name(extractor):
    text = "Следственный комитет России возбудил дело. СК РФ проверит его. СК сообщит итоги."
    doc = extractor.extract(text)
    organisations = [e for e in doc.entities if e.type == "ORG"]
    assert [e.name for e in organisations] == ["Следственный комитет России"]
    assert [m.text for m in organisations[0].mentions] == ["Следственный комитет", "СК", "СК"]
