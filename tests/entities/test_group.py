"""Grouping mentions into entities, without the models: spans with their names given."""

import pytest

from nlp_extract.entities.canonical import aliases, canonical
from nlp_extract.entities.gazetteer import Gazetteer, load
from nlp_extract.entities.group import cluster
from nlp_extract.entities.propagate import propagate
from nlp_extract.entities.retype import majority_type
from nlp_extract.entities.spans import NameSpan, overlay

EMPTY = Gazetteer()


def spans(text: str, *pieces: tuple[str, str, str]) -> list[NameSpan]:
    """(surface, type, name) pieces, found left to right in the text."""
    out, position = [], 0
    for surface, kind, name in pieces:
        start = text.index(surface, position)
        out.append(NameSpan(start, start + len(surface), kind, name))
        position = start + len(surface)
    return out


def grouped(pieces: list[tuple[str, str]]) -> list[list[int]]:
    """The (name, type) pieces, joined by " и " and grouped: each group as the pieces'
    numbers."""
    text = " и ".join(name for name, _ in pieces)
    found = spans(text, *[(name, kind, name) for name, kind in pieces])
    position = {m.start: number for number, m in enumerate(found)}
    return [[position[m.start] for m in members] for members in cluster(text, found, load())]


def names(clusters: list[list[NameSpan]]) -> list[list[str]]:
    return [[m.name for m in members] for members in clusters]


def test_same_name_and_type_join_and_a_lone_surname_joins_its_one_full_name():
    text = "Анна Петрова прибыла. Петрова сказала. Иван Сидоров и Петровой нет."
    found = spans(
        text,
        ("Анна Петрова", "PER", "Анна Петрова"),
        ("Петрова", "PER", "Петрова"),
        ("Иван Сидоров", "PER", "Иван Сидоров"),
        ("Петровой", "PER", "Петрова"),
    )
    assert names(cluster(text, found, EMPTY)) == [
        ["Анна Петрова", "Петрова", "Петрова"],
        ["Иван Сидоров"],
    ]


def test_a_surname_two_full_names_share_is_the_one_just_named():
    text = "Анна Петрова и Мария Петрова. Петрова"
    found = spans(
        text,
        ("Анна Петрова", "PER", "Анна Петрова"),
        ("Мария Петрова", "PER", "Мария Петрова"),
        ("Петрова", "PER", "Петрова"),
    )
    assert names(cluster(text, found, EMPTY)) == [["Анна Петрова"], ["Мария Петрова", "Петрова"]]


def test_a_shared_surname_far_from_both_names_is_the_one_the_story_names_most():
    filler = "Заседание продолжилось в обычном порядке, решений принято не было. " * 6
    text = f"Фидель Кастро выступил. Фидель Кастро ушёл. Рауль Кастро пришёл. {filler}Кастро"
    found = spans(
        text,
        ("Фидель Кастро", "PER", "Фидель Кастро"),
        ("Фидель Кастро", "PER", "Фидель Кастро"),
        ("Рауль Кастро", "PER", "Рауль Кастро"),
        ("Кастро", "PER", "Кастро"),
    )
    assert names(cluster(text, found, EMPTY)) == [
        ["Фидель Кастро", "Фидель Кастро", "Кастро"],
        ["Рауль Кастро"],
    ]


def test_each_mention_of_a_shared_surname_goes_to_its_own_namesake():
    text = "Уоррен Баффет заявил. Баффет добавил. Его сын Говард Баффет промолчал. Баффет ушёл."
    found = spans(
        text,
        ("Уоррен Баффет", "PER", "Уоррен Баффет"),
        ("Баффет", "PER", "Баффет"),
        ("Говард Баффет", "PER", "Говард Баффет"),
        ("Баффет", "PER", "Баффет"),
    )
    assert names(cluster(text, found, EMPTY)) == [
        ["Уоррен Баффет", "Баффет"],
        ["Говард Баффет", "Баффет"],
    ]


def test_a_name_written_surname_first_is_the_same_person():
    text = "Указ об отставке Суркова Владислава Юрьевича. Владислав Юрьевич Сурков ушёл. Сурков"
    found = spans(
        text,
        ("Суркова Владислава Юрьевича", "PER", "Сурков Владислав Юрьевич"),
        ("Владислав Юрьевич Сурков", "PER", "Владислав Юрьевич Сурков"),
        ("Сурков", "PER", "Сурков"),
    )
    assert len(cluster(text, found, EMPTY)) == 1


def test_an_expansion_and_its_bracketed_abbreviation_are_one():
    text = "Международное агентство (МАГАТЭ) и ООН"
    found = spans(
        text,
        ("Международное агентство", "ORG", "Международное агентство"),
        ("МАГАТЭ", "ORG", "МАГАТЭ"),
        ("ООН", "ORG", "ООН"),
    )
    groups = cluster(text, found, EMPTY)
    assert names(groups) == [["Международное агентство", "МАГАТЭ"], ["ООН"]]
    assert canonical(text, groups[0], EMPTY) == "Международное агентство"


def test_an_abbreviation_after_a_known_place_is_one_of_its_names_or_another_thing():
    # the court's name cut before the country: the bracket abbreviates the court
    text = "Конституционный суд Армении (КС), Германии (ФРГ) и Республики Татарстан (РТ)"
    found = spans(
        text,
        ("Конституционный суд", "ORG", "Конституционный суд"),
        ("Армении", "LOC", "Армения"),
        ("КС", "LOC", "КС"),
        ("Германии", "LOC", "Германия"),
        ("ФРГ", "LOC", "ФРГ"),
        ("Республики Татарстан", "LOC", "Республика Татарстан"),
        ("РТ", "LOC", "РТ"),  # a region's initials
    )
    groups = cluster(text, found, load())
    assert sorted(names(groups)) == [
        ["Армения"],
        ["Германия", "ФРГ"],
        ["КС"],
        ["Конституционный суд"],
        ["Республика Татарстан", "РТ"],
    ]


@pytest.mark.parametrize(
    ("text", "original", "joined"),
    [
        # an organisation's Latin name of several words in brackets is its original
        (
            "Торговый банк Китая (Commercial Bank of China) и Сбербанк",
            "Commercial Bank of China",
            True,
        ),
        # one Latin word in brackets may be another's name (a parent, a brand)
        ("Компания Инстаграм (Meta) и Сбербанк", "Meta", False),
    ],
)
def test_a_bracketed_latin_name_of_an_organisation(text, original, joined):
    name = text.split(" (")[0].removeprefix("Компания ")
    found = spans(
        text, (name, "ORG", name), (original, "ORG", original), ("Сбербанк", "ORG", "Сбербанк")
    )
    assert (len(cluster(text, found, EMPTY)) == 2) == joined


def test_same_name_of_two_types_stays_two():
    text = "Вашингтон и Вашингтон"
    found = spans(text, ("Вашингтон", "LOC", "Вашингтон"), ("Вашингтон", "PER", "Вашингтон"))
    assert len(cluster(text, found, EMPTY)) == 2


def test_canonical_leaves_descriptors_to_the_aliases_and_prefers_the_fullest_name():
    text = "Агентство «Узатом» и Узатом"
    members = [
        NameSpan(11, 17, "ORG", "Узатом", "Агентство «Узатом»", 0, 18),
        NameSpan(21, 27, "ORG", "Узатом"),
    ]
    assert canonical(text, members, EMPTY) == "Узатом"
    assert aliases(members, "Узатом") == ["Агентство «Узатом»"]
    people = [NameSpan(0, 4, "PER", "Иван"), NameSpan(5, 17, "PER", "Иван Петров")]
    assert canonical("Иван Иван Петров", people, EMPTY) == "Иван Петров"


def test_a_known_organisation_goes_by_its_fullest_name_when_the_text_skips_the_canonical():
    from nlp_extract.entities.gazetteer import load

    names = ["Комиссия", "Комиссия по ценным бумагам", "SEC", "Комиссия", "SEC", "SEC"]
    members = [NameSpan(i, i + 1, "ORG", name) for i, name in enumerate(names)]
    assert canonical("x" * 10, members, load()) == "Комиссия по ценным бумагам"


def test_of_two_spellings_a_person_goes_by_the_one_the_text_writes_most():
    names = ["Дэвид Камерон", "Кэмерон", "Дэвид Кэмерон", "Кэмерон", "Камерон"]
    text = " ".join(names)
    members, start = [], 0
    for name in names:
        members.append(NameSpan(start, start + len(name), "PER", name))
        start += len(name) + 1
    assert canonical(text, members, EMPTY) == "Дэвид Кэмерон"
    assert canonical(text, list(reversed(members)), EMPTY) == "Дэвид Кэмерон"


def test_canonical_person_name_is_one_the_text_writes_in_the_nominative():
    text = "Эммануэль Макрон. Эммануэля Макрона. Эммануэля Макрона."
    members = spans(
        text,
        ("Эммануэль Макрон", "PER", "Эммануэль Макрон"),
        ("Эммануэля Макрона", "PER", "Эммануэль Макрона"),
        ("Эммануэля Макрона", "PER", "Эммануэль Макрона"),
    )
    assert canonical(text, members, EMPTY) == "Эммануэль Макрон"


def test_a_country_goes_by_its_usual_name():
    text = "Соединенные Штаты, Соединенные Штаты и США"
    members = spans(
        text,
        ("Соединенные Штаты", "LOC", "Соединенные Штаты"),
        ("Соединенные Штаты", "LOC", "Соединенные Штаты"),
        ("США", "LOC", "США"),
    )
    assert canonical(text, members, load()) == "США"


@pytest.mark.parametrize(
    ("pieces", "groups"),
    [
        # forms of one name; an initial with or without a space
        ([("Эммануэль Макрон", "PER"), ("Эммануэль Макрона", "PER")], [[0, 1]]),
        ([("Тереза Мэй", "PER"), ("Т. Мэй", "PER"), ("Т.Мэй", "PER")], [[0, 1, 2]]),
        ([("Тереза Мэй", "PER"), ("А. Мэй", "PER")], [[0], [1]]),
        # an initial two people's names of one sentence share stands for neither; one
        # name spelt two ways is one person
        ([("Пол Сорос", "PER"), ("Питер Сорос", "PER"), ("П. Сорос", "PER")], [[0], [1], [2]]),
        ([("П. Сорос", "PER"), ("Пол Сорос", "PER"), ("Питер Сорос", "PER")], [[0], [1], [2]]),
        ([("Олег Ли", "PER"), ("Ольга Ли", "PER"), ("О. Ли", "PER")], [[0], [1], [2]]),
        ([("Питер Сорос", "PER"), ("П. Сорос", "PER"), ("Джордж Сорос", "PER")], [[0, 1], [2]]),
        (
            [("Мухаммед Мурси", "PER"), ("Мохаммед Мурси", "PER"), ("М. Мурси", "PER")],
            [[0, 1, 2]],
        ),
        # a lone first name or surname, and a name without its middle name
        ([("Ангела Меркель", "PER"), ("Меркель", "PER"), ("Ангела", "PER")], [[0, 1, 2]]),
        (
            [("Реджеп Тайип Эрдоган", "PER"), ("Реджеп Эрдоган", "PER"), ("Эрдогана", "PER")],
            [[0, 1, 2]],
        ),
        ([("Максим Дадашев", "PER"), ("Дадашева", "PER")], [[0, 1]]),
        # Latin and Cyrillic spellings of one name
        ([("Jürgen Klinsmann", "PER"), ("Клинсман", "PER")], [[0, 1]]),
        ([("Facebook", "ORG"), ("Фэйсбук", "ORG"), ("Google", "ORG")], [[0, 1], [2]]),
        # namesakes and relatives stay apart; a shared surname is the namesake just named
        (
            [("Билл Клинтон", "PER"), ("Хиллари Клинтон", "PER"), ("Клинтон", "PER")],
            [[0], [1, 2]],
        ),
        ([("Джордж Буш", "PER"), ("Буш-младший", "PER")], [[0], [1]]),
        ([("Сергей Иванов", "PER"), ("Иван", "PER")], [[0], [1]]),
        # a country by its code, an organisation by the bundled table or its initials
        ([("Россия", "LOC"), ("РФ", "LOC"), ("Российская Федерация", "LOC")], [[0, 1, 2]]),
        ([("Евросоюз", "ORG"), ("ЕС", "ORG"), ("Европейский союз", "ORG")], [[0, 1, 2]]),
        ([("Министерство внутренних дел", "ORG"), ("ООН", "ORG"), ("МВД", "ORG")], [[0, 2], [1]]),
        (
            [("Организация по безопасности и сотрудничеству в Европе", "ORG"), ("ОБСЕ", "ORG")],
            [[0, 1]],
        ),
    ],
)
def test_one_entity_per_real_thing(pieces, groups):
    assert grouped(pieces) == groups


def test_an_initial_two_people_share_is_the_one_written_in_the_sentence_before():
    text = "Умер Пол Сорос. Его сын Питер Сорос. Пол Сорос основал фирму. П. Сорос жил в Нью-Йорке."
    names = ("Пол Сорос", "Питер Сорос", "Пол Сорос", "П. Сорос")
    found = spans(text, *[(name, "PER", name) for name in names])
    groups = [[text[m.start : m.end] for m in members] for members in cluster(text, found, load())]
    assert groups == [["Пол Сорос", "Пол Сорос", "П. Сорос"], ["Питер Сорос"]]


def test_majority_type_wins_for_every_mention_of_a_name():
    found = [NameSpan(i, i + 1, kind, "Альфа") for i, kind in enumerate(["ORG", "ORG", "LOC"])]
    assert [m.type for m in majority_type(found)] == ["ORG", "ORG", "ORG"]
    tied = [NameSpan(0, 1, "ORG", "Бета"), NameSpan(2, 3, "LOC", "Бета")]
    assert [m.type for m in majority_type(tied)] == ["ORG", "LOC"]


def test_overlay_replaces_what_the_preferred_spans_overlap():
    kept = overlay([NameSpan(0, 5, "ORG"), NameSpan(10, 15, "LOC")], [NameSpan(3, 8, "LOC")])
    assert [(m.start, m.end) for m in kept] == [(3, 8), (10, 15)]


def test_propagation_tags_every_other_occurrence_of_a_found_surface():
    text = "Газпром растет. Акции Газпром и Газпромбанк."
    found = spans(text, ("Газпром", "ORG", "Газпром"))
    propagated = propagate(text, found, [(0, 15), (16, len(text))])
    assert [text[m.start : m.end] for m in propagated] == ["Газпром", "Газпром"]


def test_propagation_finds_a_canonical_name_where_it_stands_uninflected():
    text = "Представители «Голоса Америки». Голос Америки сообщил."
    found = spans(text, ("Голоса Америки", "ORG", "Голос Америки"))
    named = {"Голос Америки": "ORG"}
    propagated = propagate(text, found, [(0, 31), (32, len(text))], named)
    assert [(text[m.start : m.end], m.name) for m in propagated] == [
        ("Голоса Америки", "Голос Америки"),
        ("Голос Америки", "Голос Америки"),
    ]


def test_propagation_leaves_words_inside_a_longer_mention_alone():
    text = "Москва. Правительство Москвы и Москва-Сити"
    found = spans(text, ("Москва", "LOC", "Москва"), ("Москва-Сити", "LOC", "Москва-Сити"))
    assert propagate(text, found, [(0, 7), (8, len(text))]) == found


def test_propagation_finds_a_persons_surname_alone():
    text = (
        "Путин: законопроект внесён. Владимир Путин, Ли Кэцян и Пётр Первый. Ли приехал. "
        "Первый день прошёл."
    )
    found = spans(
        text, ("Владимир Путин", "PER", ""), ("Ли Кэцян", "PER", ""), ("Пётр Первый", "PER", "")
    )
    regions = [(0, 27), (28, len(text))]
    propagated = propagate(text, found, regions, common=lambda word: word == "Первый")
    # the surname alone is a mention; a short one ("Ли") or a common word is not
    assert [text[m.start : m.end] for m in propagated] == [
        "Путин",
        "Владимир Путин",
        "Ли Кэцян",
        "Пётр Первый",
    ]
    assert propagate(text, found, regions) == found  # no dictionary, no surnames


def test_propagation_adds_no_mention_inside_another_it_adds():
    text = "Виктор Понедельник: матч проигран. Виктор Понедельник недоволен."
    found = spans(text, ("Виктор Понедельник недоволен", "PER", ""))
    found = [NameSpan(found[0].start, found[0].start + 18, "PER", "")]
    propagated = propagate(text, found, [(0, 34), (35, len(text))])
    assert [(m.start, text[m.start : m.end]) for m in propagated] == [
        (0, "Виктор Понедельник"),
        (35, "Виктор Понедельник"),
    ]


def test_a_national_body_is_one_with_its_country_and_its_compound_abbreviation():
    text = "ЦБ РФ и Банк России. Центробанк и ЦБ. Минфин и Министерство финансов."
    found = spans(
        text,
        ("ЦБ", "ORG", "ЦБ РФ"),
        ("Банк России", "ORG", "Банк России"),
        ("Центробанк", "ORG", "Центробанк"),
        ("ЦБ", "ORG", "ЦБ"),
        ("Минфин", "ORG", "Минфин"),
        ("Министерство финансов", "ORG", "Министерство финансов"),
    )
    clusters = cluster(text, found, load())
    assert names(clusters) == [
        ["ЦБ РФ", "Банк России", "Центробанк", "ЦБ"],
        ["Минфин", "Министерство финансов"],
    ]
    assert canonical(text, clusters[0], load()) == "Банк России"  # the gazetteer's name


def test_another_country_keeps_its_body_apart():
    text = "Минобороны России и Минобороны Украины. Минобороны заявило."
    found = spans(
        text,
        ("Минобороны", "ORG", "Минобороны России"),
        ("Минобороны", "ORG", "Минобороны Украины"),
        ("Минобороны", "ORG", "Минобороны"),
    )
    # whose ministry spoke, the text does not say; the gazetteer says a bare
    # "Минобороны" is Russia's
    assert len(cluster(text, found, EMPTY)) == 3
    assert names(cluster(text, found, load())) == [
        ["Минобороны России", "Минобороны"],
        ["Минобороны Украины"],
    ]


def test_a_bare_body_is_the_one_country_a_text_without_russia_names():
    text = "МВД Киргизии провело обыск в Бишкеке. МВД сообщило о задержании."
    found = spans(
        text,
        ("МВД Киргизии", "ORG", "МВД Киргизии"),
        ("Бишкеке", "LOC", "Бишкек"),
        ("МВД", "ORG", "МВД"),
    )
    assert names(cluster(text, found, load())) == [["МВД Киргизии", "МВД"], ["Бишкек"]]
    # a text that names Russia: the bare name after the country's is still that one's
    text += " Россия помогла."
    found.append(NameSpan(len(text) - 15, len(text) - 9, "LOC", "Россия"))
    assert ["МВД Киргизии", "МВД"] in names(cluster(text, found, load()))


def test_a_bare_body_after_another_countrys_adjective_stays_apart():
    text = "МВД Украины объявило розыск. Российское МВД пообещало защиту."
    found = spans(text, ("МВД Украины", "ORG", "МВД Украины"), ("МВД", "ORG", "МВД"))
    assert names(cluster(text, found, load())) == [["МВД Украины"], ["МВД"]]


def test_a_bare_body_before_any_country_in_a_text_naming_russia_is_the_gazetteers():
    text = "МВД сообщило о задержании. МВД Киргизии провело обыск. Россия помогла."
    found = spans(
        text,
        ("МВД", "ORG", "МВД"),
        ("МВД Киргизии", "ORG", "МВД Киргизии"),
        ("Россия", "LOC", "Россия"),
    )
    assert ["МВД Киргизии"] in names(cluster(text, found, load()))


def test_a_compound_joins_a_full_name_of_the_text_the_gazetteer_lacks():
    text = "Мосгоризбирком и Московская городская избирательная комиссия."
    found = spans(
        text,
        ("Мосгоризбирком", "ORG", "Мосгоризбирком"),
        (
            "Московская городская избирательная комиссия",
            "ORG",
            "Московская городская избирательная комиссия",
        ),
    )
    assert len(cluster(text, found, EMPTY)) == 1


@pytest.mark.parametrize(
    ("pieces", "groups"),
    [
        # initials stand for the given names of one full name, a patronymic's for none
        ([("Владимир Путин", "PER"), ("В. В. Путин", "PER")], [[0, 1]]),
        ([("Дмитрий Анатольевич Медведев", "PER"), ("Д. Медведев", "PER")], [[0, 1]]),
        ([("Владимир Путин", "PER"), ("А. В. Путин", "PER")], [[0], [1]]),
        # a short form of the first name; a woman's name is no short form's
        (
            [("Джо Арпайо", "PER"), ("Арпайо", "PER"), ("Джозеф Арпайо", "PER")],
            [[0, 1, 2]],
        ),
        ([("Виктор Смит", "PER"), ("Виктория Смит", "PER")], [[0], [1]]),
        # an everyday form of a first name, whatever letter it begins with
        (
            [("Уильям Клинтон", "PER"), ("Билл Клинтон", "PER"), ("Хиллари Клинтон", "PER")],
            [[0, 1], [2]],
        ),
        (
            [("Юлия Липницкая", "PER"), ("Юля Липницкая", "PER"), ("Юля Иванова", "PER")],
            [[0, 1], [2]],
        ),
        # a surname alone in another transliteration of the full name's
        ([("Марк Чепмен", "PER"), ("Чэпмена", "PER"), ("Чепмен", "PER")], [[0, 1, 2]]),
        # full names a vowel apart inside words: one name transliterated two ways
        ([("Джанет Рено", "PER"), ("Джэнет Рино", "PER"), ("Анна Рено", "PER")], [[0, 1], [2]]),
        ([("Ян Смит", "PER"), ("Янис Смит", "PER"), ("Том Смит", "PER")], [[0], [1], [2]]),
        # a beginning of a name is no short form of it; a form of two names joins neither
        ([("Тим Кук", "PER"), ("Тимур Кук", "PER")], [[0], [1]]),
        (
            [("Слава Ким", "PER"), ("Вячеслав Ким", "PER"), ("Владислав Ким", "PER")],
            [[0], [1], [2]],
        ),
        # Russian names a vowel apart are other people: only an "э" is transliteration's
        ([("Алина Иванова", "PER"), ("Алена Иванова", "PER")], [[0], [1]]),
        ([("Владимир Путин", "PER"), ("Владимир Петин", "PER")], [[0], [1]]),
        # legal forms written as words around a name are no part of it
        ([("АКБ ПЕРЕСВЕТ АО", "ORG"), ("Пересвет", "ORG"), ("ПАО Пересвет", "ORG")], [[0, 1, 2]]),
        ([("АО", "ORG"), ("Пересвет", "ORG")], [[0], [1]]),
        (
            [("The Rolling Stones", "ORG"), ("Rolling Stones", "ORG"), ("The The", "ORG")],
            [[0, 1], [2]],
        ),
        # whom an organisation is named after, when its own name is an abbreviation
        (
            [("МГУ им. М.В. Ломоносова", "ORG"), ("МГУ", "ORG"), ("Фонд имени Кадырова", "ORG")],
            [[0, 1], [2]],
        ),
        (
            [
                ("Драматический театр имени Пушкина", "ORG"),
                ("Драматический театр имени Горького", "ORG"),
            ],
            [[0], [1]],
        ),
        # a hyphenated word of a name gives its abbreviation one letter
        ([("Техрик-е Талибан Пакистан", "ORG"), ("ТТП", "ORG")], [[0, 1]]),
        # a hyphen with spaces around it or without
        (
            [("Форум стран - экспортеров газа", "ORG"), ("Форум стран-экспортеров газа", "ORG")],
            [[0, 1]],
        ),
    ],
)
def test_other_ways_to_write_one_name(pieces, groups):
    assert grouped(pieces) == groups


def test_a_person_goes_by_the_name_with_the_most_whole_words():
    text = "В. В. Путин и Владимир Путин"
    found = spans(
        text, ("В. В. Путин", "PER", "В. В. Путин"), ("Владимир Путин", "PER", "Владимир Путин")
    )
    assert canonical(text, found, EMPTY) == "Владимир Путин"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Исламская Республика Иран", "IR"),  # the locale marks its stress: "Респу́блика"
        ("Кыргызская Республика", "KG"),
        ("Советский Союз", "SU"),
        ("СССР", "SU"),
        ("Свазиленд", "SZ"),
    ],
)
def test_official_and_former_names_of_countries(name, code):
    assert load().country_code(name) == code


@pytest.mark.parametrize(
    ("pieces", "groups"),
    [
        # the noun of one organisation's name alone is that organisation
        ([("Государственная дума", "ORG"), ("Дума", "ORG")], [[0, 1]]),
        ([("Госдума", "ORG"), ("Думы", "ORG")], [[0, 1]]),
        ([("Лига Севера", "ORG"), ("Лига", "ORG")], [[0, 1]]),
        # two organisations hold it: neither
        (
            [("Совет Федерации", "ORG"), ("Совет Безопасности", "ORG"), ("Совет", "ORG")],
            [[0], [1], [2]],
        ),
        # a place's name, a Latin name are no such noun
        ([("Единая Россия", "ORG"), ("Россия", "ORG")], [[0], [1]]),
        ([("Insidefacebook", "ORG"), ("Facebook", "ORG")], [[0], [1]]),
    ],
)
def test_an_organisation_by_the_noun_of_its_name(pieces, groups):
    assert grouped(pieces) == groups


def test_a_name_spelt_twice_is_one_person(extractor):
    text = "Михаил Саакашвили прибыл в Тбилиси. Позже Михаил Сааакашвили выступил с речью."
    people = [e for e in extractor.extract(text).entities if e.type == "PER"]
    assert len(people) == 1 and len(people[0].mentions) == 2


@pytest.mark.parametrize(
    "text, grouped",
    [
        ("Компания Berkshire Hathaway купила акции. Berkshire владеет долей в Apple.", True),
        ("Sun Microsystems выпустила сервер. Позже Sun объявила о продаже.", True),
        # named alone first: the company, not its laboratory named later
        ("Microsoft отчиталась. Лаборатория Microsoft Research открылась. Microsoft рада.", False),
        # two names begin with it: neither
        ("Банки Goldman Sachs и Goldman Capital растут. Goldman отказался.", False),
    ],
)
def test_a_latin_name_goes_by_its_first_word_once_given(extractor, text, grouped):
    orgs = [e for e in extractor.extract(text).entities if e.type == "ORG"]
    short = [e for e in orgs if any(" " not in text[m.start : m.end] for m in e.mentions)]
    full = [e for e in orgs if any(" " in text[m.start : m.end] for m in e.mentions)]
    assert bool(set(map(id, short)) & set(map(id, full))) == grouped


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Президент Владимир Путин выступил. Владимир Владимирович отметил, что работа идет.",
         {"Владимир Путин": 2}),
        # a surname that reads as a patronymic, and written alone: no patronymic
        ("Роман Абрамович купил клуб. Абрамович доволен. Роман Старовойт приехал.",
         {"Роман Абрамович": 2, "Роман Старовойт": 1}),
        # two full names with that first name: neither
        ("Виктор Янукович и Виктор Ющенко встретились. Виктор Фёдорович отказался.",
         {"Виктор Янукович": 1, "Виктор Ющенко": 1, "Виктор Фёдорович": 1}),
    ],
)  # fmt: skip
def test_a_first_name_and_patronymic_is_the_one_full_name_with_that_first_name(
    extractor, text, joined
):
    people = {e.name: len(e.mentions) for e in extractor.extract(text).entities if e.type == "PER"}
    assert people == joined


def test_patronymics_by_the_dictionary(extractor):
    is_patronymic = extractor.morphology.is_patronymic
    assert is_patronymic("Фёдорович") and is_patronymic("Вячеславовна")
    assert not is_patronymic("Абрамович") and not is_patronymic("Янукович")


def test_a_surname_read_as_a_patronymic_beside_a_namesake_stays_a_surname(extractor):
    text = "Операторами выступили Михаил Хасая и Михаил Агранович."
    people = {e.name for e in extractor.extract(text).entities if e.type == "PER"}
    assert people == {"Михаил Хасая", "Михаил Агранович"}


def test_a_fathers_name_alone_is_the_father_not_the_son():
    """ "Хамад" is the emir Хамад бен Халифа, not his son Тамим бен Хамад; the particle's
    spellings ("бен", "бин") are one name's."""
    text = (
        "Хамад бен Халифа Аль Тани отрёкся в пользу сына Тамим бен Хамад Аль Тани. "
        "Хамад бин Халифа Аль Тани выступил. Шейх Хамад уехал."
    )
    found = spans(
        text,
        ("Хамад бен Халифа Аль Тани", "PER", "Хамад бен Халифа Аль Тани"),
        ("Тамим бен Хамад Аль Тани", "PER", "Тамим бен Хамад Аль Тани"),
        ("Хамад бин Халифа Аль Тани", "PER", "Хамад бин Халифа Аль Тани"),
        ("Хамад", "PER", "Хамад"),
    )
    groups = sorted(
        sorted(text[s.start : s.end] for s in group) for group in cluster(text, found, EMPTY)
    )
    assert groups == [
        ["Тамим бен Хамад Аль Тани"],
        ["Хамад", "Хамад бен Халифа Аль Тани", "Хамад бин Халифа Аль Тани"],
    ]


def test_a_given_name_ben_is_no_fathers_particle():
    """ "Бен", "Бин" that begin or end a name are names, not the particle: "Карнс" is Бен
    Карнс's, and Мистер Бин is no Бен Стиллер."""
    text = "Бен Карнс выступил. Карнс уехал. Мистер Бин и Бен Стиллер. Бин молчал."
    found = spans(
        text,
        ("Бен Карнс", "PER", "Бен Карнс"),
        ("Карнс", "PER", "Карнс"),
        ("Мистер Бин", "PER", "Мистер Бин"),
        ("Бен Стиллер", "PER", "Бен Стиллер"),
        ("Бин", "PER", "Бин"),
    )
    groups = sorted(
        sorted(text[s.start : s.end] for s in group) for group in cluster(text, found, EMPTY)
    )
    assert groups == [["Бен Карнс", "Карнс"], ["Бен Стиллер"], ["Бин", "Мистер Бин"]]
