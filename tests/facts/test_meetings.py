"""Who meets whom in one tagged sentence: facts/meetings.py and facts/not_meetings.py."""

import pytest

from nlp_extract.facts.meetings import find_meetings

from ..fakes import fake_morphology
from .tagged import forms, surface, tagged

morphology = fake_morphology(
    forms(
        "встреча=встреча встречи=встреча встречу=встреча встретился=встретиться "
        "встретятся=встретиться встречаться=встречаться встречался=встречаться "
        "переговоры=переговоры побеседовал=побеседовать беседе=беседа провели=провести "
        "сообщил=сообщить стали=стать сцене=сцена семьей=семья президента=президент"
    )
)


@pytest.mark.parametrize(
    "line, expected",
    [
        (  # the subject of the clause
            "[Путин/PROPN/Nom]PER и [Моди/PROPN/Nom]PER провели/VERB/Fin переговоры/NOUN .",
            [(["Путин", "Моди"], [])],
        ),
        (  # after the word
            "встреча/NOUN/Nom [Путина/PROPN/Gen]PER с [Моди/PROPN/Ins]PER .",
            [(["Путина", "Моди"], [])],
        ),
        (  # ", а затем с …": a second group met by the same subject
            "[Лавров/PROPN/Nom]PER встретился/VERB/Fin с [Керри/PROPN/Ins]PER , а затем с"
            " [Ваном/PROPN/Ins]PER .",
            [(["Лавров", "Керри"], []), (["Лавров", "Ваном"], [])],
        ),
        (  # who reports the meeting is no party
            "— сообщил/VERB/Fin [Песков/PROPN/Nom]PER после встречи/NOUN/Gen"
            " [Путина/PROPN/Gen]PER с [Моди/PROPN/Ins]PER",
            [(["Путина", "Моди"], [])],
        ),
        (  # who is talked about is no party
            "[Путин/PROPN/Nom]PER побеседовал/VERB/Fin с [Корреа/PROPN/Ins]PER по поводу/NOUN"
            " [Сноудена/PROPN/Gen]PER",
            [(["Путин", "Корреа"], [])],
        ),
        (  # past the verb, only its subject: "на встречу с X прибудут Y и Z"
            "на встречу/NOUN/Acc с [Путиным/PROPN/Ins]PER прибудут/VERB/Fin [Моди/PROPN/Nom]PER"
            " и [Си/PROPN/Nom]PER",
            [(["Путиным", "Моди", "Си"], [])],
        ),
        (  # past the verb a name in an oblique case is its object
            "на встречу/NOUN/Acc с [Путиным/PROPN/Ins]PER прибыл/VERB/Fin [Моди/PROPN/Nom]PER"
            " к [Си/PROPN/Dat]PER",
            [(["Путиным", "Моди"], [])],
        ),
        (  # an organisation met "с" is a party when one person meets it
            "[Греф/PROPN/Nom]PER встретился/VERB/Fin с [Минэкономразвития/PROPN/Ins]ORG",
            [(["Греф"], ["Минэкономразвития"])],
        ),
        (  # a talk with a medium is an interview
            "[Греф/PROPN/Nom]PER в беседе/NOUN/Loc с [НСН/PROPN/Ins]ORG",
            [],
        ),
        (  # "стал встречаться": a couple
            "[Иван/PROPN/Nom]PER и [Анна/PROPN/Nom]PER стали/VERB/Fin встречаться/VERB/Inf .",
            [],
        ),
        (  # a stage: a show
            "[Иван/PROPN/Nom]PER и [Анна/PROPN/Nom]PER встретятся/VERB/Fin на одной/ADJ"
            " сцене/NOUN/Loc",
            [],
        ),
        (  # the family met, not the man
            "[Путин/PROPN/Nom]PER встретился/VERB/Fin с семьей/NOUN/Ins [Манделы/PROPN/Gen]PER",
            [],
        ),
        (  # a post before the genitive name goes on to the name
            "[Путин/PROPN/Nom]PER встретился/VERB/Fin с семьей/NOUN/Ins президента/NOUN/Gen"
            " [Манделы/PROPN/Gen]PER",
            [],
        ),
        (
            "[Путин/PROPN/Nom]PER встретился/VERB/Fin с президентом/NOUN/Ins"
            " [Манделой/PROPN/Ins]PER",
            [(["Путин", "Манделой"], [])],
        ),
        (  # they did something else: the meeting is another's
            "[Трамп/PROPN/Nom]PER и [Путин/PROPN/Nom]PER сделали/VERB/Fin заявление/NOUN к"
            " годовщине/NOUN встречи/NOUN/Gen на Эльбе/PROPN",
            [],
        ),
        (  # a verb that holds the meeting keeps it theirs
            "[Трамп/PROPN/Nom]PER и [Путин/PROPN/Nom]PER провели/VERB/Fin встречу/NOUN/Acc на"
            " Эльбе/PROPN",
            [(["Трамп", "Путин"], [])],
        ),
        (  # the pronoun is the party, not the name before it
            "[Сабирова/PROPN/Nom]PER , с которой/PRON [Иванов/PROPN/Nom]PER встречался/VERB/Fin",
            [],
        ),
        (  # a quotation ends the clause; a short quoted name does not
            "[Иванов/PROPN/Nom]PER встретился/VERB/Fin с главой « [Центра/PROPN/Gen]ORG »"
            " [Петровым/PROPN/Ins]PER",
            [(["Иванов", "Петровым"], [])],
        ),
    ],
)
def test_find_meetings(line, expected):
    text, sentence = tagged(line, morphology)
    found = find_meetings(sentence)
    assert [
        (surface(text, m.participants), surface(text, m.organisations)) for m in found
    ] == expected
    triggers = ("встре", "встрет", "перегово", "бесед", "побесед")
    assert all(text[m.trigger :].startswith(triggers) for m in found)


def test_a_meeting_word_inside_a_name_is_no_meeting():
    _, sentence = tagged(
        "[Иванов/PROPN/Nom]PER и [Петров/PROPN/Nom]PER из [Встречи/NOUN/Gen]ORG", morphology
    )
    assert find_meetings(sentence) == []
