"""Canonical names of token spans: what inflects and what stays as written."""

import pytest

from nlp_extract.nominative import normalize_name, quoted_mask, restore_case, typographic_quotes
from nlp_extract.tokens import Token

from ..fakes import fake_morphology, noun

morphology = fake_morphology()


def tokens(*words: tuple[str, str, str | None]) -> list[Token]:
    """Tokens one space apart: (text, pos, case)."""
    out, start = [], 0
    for text, pos, case in words:
        feats = {"Case": case, "Number": "Sing"} if case else {}
        out.append(Token(start, start + len(text), text, pos, feats))
        start += len(text) + 1
    return out


def test_an_organisation_inflects_its_head_and_the_adjectives_before_it_only():
    span = tokens(
        ("Агентства", "NOUN", "Gen"),
        ("по", "ADP", None),
        ("атомной", "ADJ", "Gen"),
        ("энергии", "NOUN", "Gen"),
    )
    span[0] = span[0]._replace(feats={**span[0].feats, "Gender": "Neut"})
    assert normalize_name(morphology, span, "ORG") == "Агентство по атомной энергии"


def test_a_person_inflects_every_part():
    span = tokens(("Анны", "PROPN", "Gen"), ("Петрова", "PROPN", "Gen"))
    span = [t._replace(feats={**t.feats, "Gender": g}) for t, g in zip(span, ("Fem", "Masc"))]
    assert normalize_name(morphology, span, "PER") == "Анна Петров"


def test_an_unknown_surname_the_tagger_left_nominative_takes_the_first_names_case():
    people = fake_morphology([noun("мирославом", "мирослав", "Ins", Name=True)])
    span = tokens(("Мирославом", "PROPN", "Ins"), ("Калоусеком", "PROPN", "Nom"))
    span = [t._replace(feats={**t.feats, "Gender": "Masc"}) for t in span]
    assert normalize_name(people, span, "PER") == "Мирослав Калоусек"
    # an ending a nominative may have stays: "Андриану Канду" is Андриан Канду
    span = tokens(("Мирославом", "PROPN", "Ins"), ("Канду", "PROPN", "Nom"))
    assert normalize_name(people, span, "PER") == "Мирослав Канду"
    # nor does a stem a surname in -ко leaves ("Ляшком" is Ляшко's)
    span = tokens(("Мирославом", "PROPN", "Ins"), ("Ляшком", "PROPN", "Nom"))
    assert normalize_name(people, span, "PER") == "Мирослав Ляшком"


def test_a_mans_surname_in_a_after_a_genitive_first_name_takes_off_its_genitive_y():
    people = fake_morphology([noun("томаса", "томас", "Gen", Name=True)])
    span = tokens(("Томаса", "PROPN", "Gen"), ("Мбеки", "PROPN", "Nom"), ("Кумбы", "PROPN", "Nom"))
    span = [t._replace(feats={**t.feats, "Gender": "Masc"}) for t in span]
    assert normalize_name(people, span, "PER") == "Томас Мбеки Кумба"


def test_quoted_words_stay_as_written():
    gen = {"Case": "Gen", "Number": "Sing", "Gender": "Neut"}
    span = [  # агентства "энергии"
        Token(0, 9, "агентства", "NOUN", gen),
        Token(10, 11, '"', "PUNCT"),
        Token(11, 18, "энергии", "NOUN", gen),
        Token(18, 19, '"', "PUNCT"),
    ]
    assert quoted_mask(span) == [False, True, True, True]
    assert normalize_name(morphology, span, "ORG") == "Агентство «энергии»"


def test_empty_span_has_no_name():
    assert normalize_name(morphology, [], "ORG") == ""


@pytest.mark.parametrize(
    "original, word, expected",
    [
        ("ТАШКЕНТ", "ташкент", "Ташкент"),  # a dictionary word in capitals
        ("МАГАТЭ", "магатэ", "МАГАТЭ"),  # an abbreviation
        ("МИДа", "мид", "МИД"),  # an abbreviation's case ending goes
        ("РВСН", "рвсны", "РВСН"),  # but it gains no letters
        ("АННЫ", "анна", "АННА"),  # a word the dictionary knows declines
        ("Северо-Западный", "северо-западный", "Северо-Западный"),
        ("северо-западный", "северо-западный", "северо-западный"),
    ],
)
def test_restore_case(original, word, expected):
    assert restore_case(original, word, morphology) == expected


def test_straight_quotes_become_typographic():
    assert typographic_quotes('ОАО "Газпром"') == "ОАО «Газпром»"


@pytest.mark.parametrize(
    "words, expected",
    [
        ("палестинском правительстве", "палестинское правительство"),
        ("посольства США", "посольство США"),
        ("федеральной прокуратуры Бельгии", "федеральная прокуратура Бельгии"),
        ("министерства юстиции США", "министерство юстиции США"),
        ("США", None),  # no noun of a dictionary heads it
        # an adjective that may be a noun ("военный", "учёный") agrees with the noun after it
        ("военном ведомстве", "военное ведомство"),
        ("пресс-службе военного ведомства", "пресс-служба военного ведомства"),
        ("главном управлении МВД", "главное управление МВД"),
        ("рабочей группы", "рабочая группа"),
        ("военного", "военный"),  # alone, the word is the noun
    ],
)
def test_a_phrase_in_an_oblique_case_in_the_nominative(extractor, words, expected):
    from nlp_extract.nominative import phrase_nominative

    assert phrase_nominative(words.split(), extractor.morphology) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first name the dictionary also knows as an indeclinable one, in the
        # surname's case and sex
        ("Дача принадлежит её подруге Анне Сидоровой.", "Анна Сидорова"),
        ("По словам адвоката Бартоломея Ковальского, решение верное.", "Бартоломей Ковальский"),
        ("Главную роль сыграла Анне Вест.", "Анне Вест"),  # no case to agree with
        ("По словам Ш.Мюллера, решение принято.", "Ш.Мюллер"),  # an initial stays
    ],
)
def test_a_persons_first_name_agrees_with_the_surnames_case(extractor, text, expected):
    doc = extractor.extract(text)
    assert expected in [entity.name for entity in doc.entities]


@pytest.mark.parametrize(
    "word, case, expected",
    [
        ("мамукой", "Ins", "мамука"),  # a man's name in -а declines as a woman's
        ("пеле", "Dat", None),  # no telling a dative in -е from a name that does not decline
        ("ивану", "Dat", "иван"),  # a consonant's stays
        ("иваном", "Ins", "иван"),
        ("игорем", "Ins", "игорь"),
        ("бабишем", "Ins", "бабиш"),  # no soft sign after a hushing letter
    ],
)
def test_a_mans_name_in_a_declines_as_a_womans(word, case, expected):
    from nlp_extract.readings import guess_nominative

    assert guess_nominative(word, {"Case": case, "Gender": "Masc", "Number": "Sing"}) == expected


def test_a_turkic_surname_in_ly_does_not_decline():
    people = fake_morphology([noun("рашида", "рашид", "Gen", Name=True)])
    span = tokens(("Рашида", "PROPN", "Gen"), ("Алиевлы", "PROPN", "Nom"))
    span = [t._replace(feats={**t.feats, "Gender": "Masc"}) for t in span]
    assert normalize_name(people, span, "PER") == "Рашид Алиевлы"
