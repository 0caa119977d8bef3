"""Span repair rules on natasha-like spans, without the models."""

import pytest

from nlp_extract.entities.fused import two_people_apart
from nlp_extract.entities.repair import repair
from nlp_extract.entities.spans import NameSpan


def lemma(word):
    # enough morphology for the descriptor rule in these cases
    return {"госкорпорации": "госкорпорация", "агентства": "агентство"}.get(
        word.lower(), word.lower()
    )


def spans(text, *pieces):
    """Mentions over the given (substring, type) pieces of text."""
    out = []
    for piece, type in pieces:
        start = text.index(piece)
        out.append(NameSpan(start, start + len(piece), type))
    return out


def texts(text, mentions):
    return [(text[m.start : m.end], m.type) for m in mentions]


@pytest.mark.parametrize(
    "text, piece, type, expected",
    [
        ("Ши Тао (Shi Tao) был арестован.", "Ши Тао (Shi Tao)", "PER", ["Ши Тао", "Shi Tao"]),
        (
            "Туркмения • Уганда • Замбия подписали.",
            "Туркмения • Уганда • Замбия",
            "LOC",
            ["Туркмения", "Уганда", "Замбия"],
        ),
        ("Овечкин, Фёдоров забили.", "Овечкин, Фёдоров", "PER", ["Овечкин", "Фёдоров"]),
        (
            "Комитет защиты журналистов (КЗЖ) заявил.",
            "Комитет защиты журналистов (КЗЖ)",
            "ORG",
            ["Комитет защиты журналистов", "КЗЖ"],
        ),
        ("• Коста-Рика", "• Коста-Рика", "LOC", ["Коста-Рика"]),
        ("Сказал Бернс (тренер).", "Бернс (", "PER", ["Бернс"]),
        # a no-break space before a dash is an edge too
        ("Барака и Мишель\xa0— Саше", "Мишель\xa0—", "PER", ["Мишель"]),
        # a place ends where the matter of the body before it begins
        (
            "Агентство Канады по охране границ задержало груз.",
            "Канады по охране границ",
            "LOC",
            ["Канады"],
        ),
        (
            "Совет ООН по правам человека",
            "ООН по правам человека",
            "ORG",
            ["ООН по правам человека"],
        ),
    ],
)
def test_split_and_trim(text, piece, type, expected):
    assert [t for t, _ in texts(text, repair(text, spans(text, (piece, type)), lemma))] == expected


def test_initial_keeps_its_dot():
    text = "Выступил А. С. Пушкин."
    assert texts(text, repair(text, spans(text, ("А. С. Пушкин.", "PER")), lemma)) == [
        ("А. С. Пушкин", "PER")
    ]


def test_unbalanced_quote_is_closed_and_name_is_the_quoted_part():
    text = 'Директор Агентства "Узатом" Азим Ахмедхаджаев заявил.'
    (mention,) = repair(text, spans(text, ('Агентства "Узатом', "ORG")), lemma)
    assert text[mention.start : mention.end] == "Узатом"
    assert text[mention.name_start : mention.name_end] == 'Агентства "Узатом"'


def test_descriptor_before_a_quoted_name_goes_into_the_canonical_span():
    text = "Глава госкорпорации «Росатом» Алексей Лихачев."
    (mention,) = repair(text, spans(text, ("Росатом", "ORG")), lemma)
    assert text[mention.name_start : mention.name_end] == "госкорпорации «Росатом»"


def test_quote_that_never_closes_is_dropped():
    text = 'Компания "Вектор объявила о банкротстве.'
    (mention,) = repair(text, spans(text, ('"Вектор', "ORG")), lemma)
    assert text[mention.start : mention.end] == "Вектор"


@pytest.mark.parametrize("piece", ["III–IV", "2026", "ПАО", "СМИ"])
def test_numbers_and_bare_forms_are_not_entities(piece):
    text = f"В тексте есть {piece} и больше ничего."
    assert repair(text, spans(text, (piece, "ORG")), lemma) == []


def test_news_agency_abbreviation_is_a_descriptor():
    text = "Об этом сообщает ИА «Регнум»."
    (mention,) = repair(text, spans(text, ("Регнум", "ORG")), str.lower)
    assert text[mention.name_start : mention.name_end] == "ИА «Регнум»"


FIRST_NAMES = {"рафаэль", "эдвард", "хосе", "луис"}


def test_one_persons_four_names_in_another_case_are_no_pairs_apart():
    text = "Хосе Луис Родригес Сапатеро прибыл. Встреча с Хосе Луисом Родригесом Сапатеро."
    found = two_people_apart(
        text, spans(text, ("Хосе Луис Родригес Сапатеро", "PER")), lambda w: False
    )
    assert [text[m.start : m.end] for m in found] == ["Хосе Луис Родригес Сапатеро"]


@pytest.mark.parametrize(
    ("text", "caption", "expected"),
    [
        # two people of a caption, each named again in the text
        (
            "Рафаэль Корреа Эдвард Сноуден. Корреа обсудил судьбу Сноудена.",
            "Рафаэль Корреа Эдвард Сноуден",
            ["Рафаэль Корреа", "Эдвард Сноуден"],
        ),
        # one person of four names stays one
        (
            "Хосе Луис Родригес Сапатеро. Сапатеро ушёл.",
            "Хосе Луис Родригес Сапатеро",
            ["Хосе Луис Родригес Сапатеро"],
        ),
        # a first name the dictionary does not know, its pair written apart in the text
        (
            "Эво Моралес Эдвард Сноуден. Президент Эво Моралес принял Эдварда Сноудена.",
            "Эво Моралес Эдвард Сноуден",
            ["Эво Моралес", "Эдвард Сноуден"],
        ),
        # one person's four names written whole again: no pair stands apart
        (
            "Аун Сан Су Чжи пришла. Аун Сан Су Чжи ушла.",
            "Аун Сан Су Чжи",
            ["Аун Сан Су Чжи"],
        ),
        # two first names, but the surnames are nowhere else
        (
            "Рафаэль Корреа Эдвард Сноуден пришли.",
            "Рафаэль Корреа Эдвард Сноуден",
            ["Рафаэль Корреа Эдвард Сноуден"],
        ),
    ],
)
def test_two_people_read_as_one_are_two(text, caption, expected):
    found = two_people_apart(
        text, spans(text, (caption, "PER")), lambda w: w.lower() in FIRST_NAMES
    )
    assert [text[m.start : m.end] for m in found] == expected


@pytest.mark.parametrize(
    "text, piece, expected",
    [
        # an escape sequence razdel left glued to the word: the mention stops before it
        ("сообщает ТАСС\x1b]8;;http://x\x1b\\ ссылка", "ТАСС\x1b", "ТАСС"),
        ("\x07Москва сообщила", "\x07Москва", "Москва"),
        ("Газпром\u200b заявил", "Газпром\u200b", "Газпром"),  # zero-width space
        # a character that prints inside the name stays
        ("Жан-Поль Сартр приехал", "Жан-Поль Сартр", "Жан-Поль Сартр"),
    ],
)
def test_a_mention_never_starts_or_ends_with_a_control_character(text, piece, expected):
    (mention,) = repair(text, spans(text, (piece, "ORG")), lemma)
    assert text[mention.start : mention.end] == expected


@pytest.mark.parametrize(
    "text, name, post, expected",
    [
        # a post alone is no person's name: the role finds the person
        ("Папа Франциск молился. Многие, напомнил Папа, бежали.", "Франциск", "Папа", []),
        # a post that is a surname the text gives is one
        (
            "Тренер Дик Адвокат доволен. Адвоката поддержали.",
            "Дик Адвокат",
            "Адвоката",
            ["Адвоката"],
        ),
    ],
)
def test_a_post_alone_is_no_person(text, name, post, expected):
    from nlp_extract.entities.opening_words import title_off

    found = [
        NameSpan(text.index(name), text.index(name) + len(name), "PER"),
        NameSpan(text.rindex(post), text.rindex(post) + len(post), "PER"),
    ]
    kept = title_off(text, found, lambda word: word.lower() in {"папа", "адвокат", "адвоката"})
    assert [text[m.start : m.end] for m in kept] == [name, *expected]
