"""Agreement titles in one tagged sentence: facts/agreements.py."""

import pytest

from nlp_extract.facts.agreements import find_agreements

from ..fakes import FakeForm, fake_morphology
from .tagged import forms, tagged

morphology = fake_morphology(
    [
        *forms(
            "карту=карта дорожную=дорожный новое=новый договора=договор"
            " межправительственное=межправительственный"
        ),
        FakeForm("договора", "договор", "NOUN", {"Case": "Gen"}, cases={"Nom": "договор"}),
    ]
)


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "подписали/VERB/Fin меморандум/NOUN/Acc о/ADP сотрудничестве/NOUN/Loc .",
            [("меморандум о сотрудничестве", "memorandum", None)],
        ),
        (  # the adjectives that agree with the head are the title's
            "заключили/VERB/Fin межправительственное/ADJ/Acc,Sing соглашение/NOUN/Acc,Sing .",
            [("межправительственное соглашение", "agreement", None)],
        ),
        (  # an appraisal qualifies the mention, it is no part of the title
            "заключили/VERB/Fin новое/ADJ/Acc,Sing соглашение/NOUN/Acc,Sing .",
            [("соглашение", "agreement", None)],
        ),
        (  # an adjective in another case is not the title's
            "новых/ADJ/Gen,Plur соглашение/NOUN/Acc,Sing",
            [("соглашение", "agreement", None)],
        ),
        (  # "договор аренды" is a contract
            "заключили/VERB/Fin договор/NOUN/Acc аренды/NOUN/Gen .",
            [("договор аренды", "contract", None)],
        ),
        (
            "утвердили/VERB/Fin дорожную/ADJ/Acc,Sing карту/NOUN/Acc,Sing по/ADP"
            " цифровизации/NOUN/Dat",
            [("дорожную карту по цифровизации", "roadmap", None)],
        ),
        ("посмотрели/VERB/Fin карту/NOUN/Acc региона/NOUN/Gen", []),  # a map
        ("договоренность/NOUN/Nom пока/ADV нет/VERB .", []),  # "договоренность" alone
        (  # a police record: no signing word
            "составил/VERB/Fin протокол/NOUN/Acc об/ADP административном/ADJ/Loc"
            " правонарушении/NOUN/Loc",
            [],
        ),
        (  # a place after "в" is not the title
            "подписали/VERB/Fin соглашение/NOUN/Acc о/ADP сотрудничестве/NOUN/Loc в/ADP"
            " Москве/PROPN/Loc",
            [("соглашение о сотрудничестве", "agreement", None)],
        ),
        (  # the protocol, and the treaty it names inside it
            "подписали/VERB/Fin протокол/NOUN/Acc о/ADP продлении/NOUN/Loc договора/NOUN/Gen"
            " о/ADP поставках/NOUN/Loc газа/NOUN/Gen",
            [
                (
                    "протокол о продлении договора о поставках газа",
                    "protocol",
                    "договор о поставках газа",
                ),
                ("договора о поставках газа", "treaty", None),
            ],
        ),
    ],
)
def test_find_agreements(line, expected):
    text, sentence = tagged(line, morphology)
    found = find_agreements(text, sentence)
    assert [(text[a.start : a.end], a.kind, a.refers_to) for a in found] == expected


def test_an_abbreviation_in_brackets_is_an_alias():
    text, sentence = tagged(
        "Договор/NOUN/Nom о/ADP нераспространении/NOUN/Loc ( ДНЯО/PROPN/Nom )", morphology
    )
    (found,) = find_agreements(text, sentence)
    assert (found.name, found.alias) == ("Договор о нераспространении", "ДНЯО")


def test_the_title_of_a_nominative_mention_is_as_written():
    text, sentence = tagged("соглашение/NOUN/Nom о/ADP сотрудничестве/NOUN/Loc", morphology)
    (found,) = find_agreements(text, sentence)
    assert (found.start, found.end, found.name) == (0, len(text), text)


@pytest.mark.parametrize(
    "dates, expected",
    [
        ([], "соглашение на пять лет"),
        ([(14, 22)], "соглашение"),  # a duration ends the title
    ],
)
def test_a_date_ends_the_title(dates, expected):
    text, sentence = tagged("соглашение/NOUN/Nom на/ADP пять/NUM лет/NOUN/Gen", morphology)
    assert text[14:22] == "пять лет"
    (found,) = find_agreements(text, sentence, dates)
    assert text[found.start : found.end] == expected


def test_an_empty_sentence_has_no_agreement():
    _, sentence = tagged("", morphology)
    assert find_agreements("", sentence) == []
