"""The morphology interface, over a fake dictionary: no models loaded."""

import pytest

from nlp_extract.readings import superlative_nominative

from ..fakes import fake_morphology, noun

morphology = fake_morphology()


@pytest.mark.parametrize(
    "word, lemma",
    [("Агентства", "агентство"), ("энергии", "энергия"), ("нет-такого", "нет-такого")],
)
def test_lemma_is_the_likeliest_dictionary_form_in_lower_case(word, lemma):
    assert morphology.lemma(word) == lemma


def test_person_names_are_told_by_their_grams():
    assert morphology.is_person_name("Петрова")
    assert morphology.is_person_name("Анны")
    assert not morphology.is_person_name("Агентства")
    assert not morphology.is_person_name("Неизвестно")


def test_abbreviations_are_not_dictionary_words():
    assert morphology.is_dictionary_word("ТАШКЕНТ")
    assert not morphology.is_dictionary_word("МАГАТЭ")


@pytest.mark.parametrize(
    "word, tense", [("подписали", -1), ("подпишут", 1), ("агентство", 0), ("нет", 0)]
)
def test_tense_of_verbs(word, tense):
    assert morphology.tense(word) == tense


def test_nominative_takes_the_reading_of_the_tagged_case_and_remembers_it():
    feats = {"Case": "Gen", "Number": "Sing", "Gender": "Fem"}
    assert morphology.nominative("атомной", "ADJ", feats) == "атомная"
    assert morphology.nominative("атомной", "ADJ", {**feats, "Case": "Dat"}) is None
    assert morphology.nominative("атомной", "NOUN", feats) is None  # no noun reading
    assert len(morphology.nominatives) == 3


def test_a_first_names_sex_is_the_dictionarys_when_it_knows_one():
    names = fake_morphology(
        [
            noun("джеймс", "джеймс", "Nom", Name=True),
            noun("кейт", "кейт", "Nom", "Fem", Name=True),
            noun("саша", "саша", "Nom", Name=True),
            noun("саша", "саша", "Nom", "Fem", Name=True),
        ]
    )
    assert names.first_name_sex("Джеймс") is False
    assert names.first_name_sex("Кейт") is True
    assert names.first_name_sex("Саша") is None  # both
    assert names.first_name_sex("Мэллори") is None  # not known


@pytest.mark.parametrize(
    "word, feats, singular, expected",
    [
        ("высшей", {"Gender": "Fem", "Case": "Gen", "Number": "Sing"}, False, "высшая"),
        ("высшего", {"Gender": "Masc", "Case": "Gen", "Number": "Sing"}, False, "высший"),
        ("лучшее", {"Gender": "Neut", "Case": "Acc", "Number": "Sing"}, False, "лучшее"),
        ("крупнейших", {"Case": "Gen", "Number": "Plur"}, False, "крупнейшие"),
        ("крупнейших", {"Case": "Gen", "Number": "Plur"}, True, "крупнейший"),
    ],
)
def test_a_superlative_keeps_its_own_stem(word, feats, singular, expected):
    assert superlative_nominative(word, feats, singular) == expected
