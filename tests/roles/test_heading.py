"""heading.py: the organisation a verb of heading gives its person, as "глава"."""

import pytest

from nlp_extract.roles.heading import heading_roles

from .tagged import morphology, read, reading, sentence

WORDS = morphology(
    reading("возглавляет", "возглавлять", "VERB"),
    reading("возглавлявший", "возглавлять", "VERB:Part"),
    reading("возглавил", "возглавить", "VERB"),
    reading("возглавляемая", "возглавлять", "VERB:Pass,Part"),
    reading("компанию", "компания", "NOUN:Acc,Sing,Fem"),
    reading("рейтинг", "рейтинг", "NOUN:Acc,Sing,Masc"),
    reading("правительство", "правительство", "NOUN:Acc,Sing,Neut"),
)


@pytest.mark.parametrize(
    "text, tags, expected",
    [
        (
            "[Алексей Миллер]PER возглавляет «[Газпром]ORG»",
            "PROPN:Nom PROPN:Nom VERB PROPN:Acc",
            [("Алексей Миллер", "глава", "Газпром", None)],
        ),
        (
            "[Синдзи Харада]PER , ранее возглавлявший [МИД]ORG",
            "PROPN:Nom PROPN:Nom ADV VERB:Part PROPN:Acc",
            [("Синдзи Харада", "глава", "МИД", None)],
        ),
        # the passive: the organisation before, the person after
        (
            "[Народная партия]ORG , возглавляемая [Бхутто]PER",
            "ADJ NOUN VERB:Pass,Part PROPN:Ins",
            [("Бхутто", "глава", "Народная партия", None)],
        ),
        # the organisation after the noun of its kind, in quotes or in its case
        (
            "[Аркадий Волож]PER возглавил компанию «[Яндекс]ORG»",
            "PROPN:Nom PROPN:Nom VERB NOUN:Acc,Sing,Fem PROPN",
            [("Аркадий Волож", "глава", "Яндекс", None)],
        ),
        (
            "[Иван Петров]PER возглавляет правительство [России]LOC",
            "PROPN:Nom PROPN:Nom VERB NOUN:Acc,Sing,Neut PROPN:Gen",
            [("Иван Петров", "глава", "России", None)],
        ),
        # no organisation's kind: "возглавил рейтинг Forbes" heads no Forbes
        (
            "[Иван Петров]PER возглавил рейтинг [Forbes]ORG",
            "PROPN:Nom PROPN:Nom VERB NOUN:Acc,Sing,Masc X",
            [],
        ),
        # a country is no organisation one heads by the verb
        ("[Иван Петров]PER возглавил [Россию]LOC", "PROPN:Nom PROPN:Nom VERB PROPN:Acc", []),
        # a person in an oblique case is no subject
        ("[Ивану Петрову]PER возглавил [МИД]ORG", "PROPN:Dat PROPN:Dat VERB PROPN:Acc", []),
    ],
)
def test_heading_roles(text, tags, expected):
    tagged = sentence(text, tags, WORDS)
    assert read(tagged, heading_roles(tagged)) == expected


def test_the_span_takes_the_closing_quote_in():
    tagged = sentence(
        "[Алексей Миллер]PER возглавляет «[Газпром]ORG»", "PROPN:Nom PROPN:Nom VERB PROPN", WORDS
    )
    (role,) = heading_roles(tagged)
    assert (role.start, role.end) == (0, tagged.tokens[-1].end)
