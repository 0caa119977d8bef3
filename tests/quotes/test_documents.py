"""A document's words with no author named are its issuer's: the subject of the clause
that issued it just before."""

import pytest

from .marked import said


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Президент [России=Россия]LOC [Владимир Путин]PER подписал распоряжение об отказе "
            "от участия в [Международном уголовном суде=Международный уголовный суд]ORG.\n"
            "В документе указано, что решение согласовано с министерствами.",
            "Владимир Путин",
        ),
        (
            "[Международный уголовный суд]ORG вынес четыре приговора. [МИД России]ORG "
            "опубликовал комментарий по поводу решения. В нём сказано, что суд не оправдал "
            "надежд.",
            "МИД России",
        ),
    ],
)
def test_a_documents_words_are_its_issuers(text, expected):
    assert said(text)[-1][0] == expected


def test_no_document_issued_leaves_the_one_who_spoke_before():
    text = (
        "«Обыск прошёл без нарушений», — говорится в сообщении [МВД Киргизии]ORG.\n"
        "Согласно сообщению, в доме нашли оружие и боеприпасы."
    )
    assert said(text)[-1][0] == "МВД Киргизии"


def test_a_document_explains_in_the_words_of_its_author():
    text = (
        "[Полиция Малайзии]ORG опубликовала пресс-релиз о расследовании. В нём поясняется, "
        "что VX причислен к химическому оружию массового поражения."
    )
    assert said(text) == [
        ("Полиция Малайзии", "indirect", "VX причислен к химическому оружию массового поражения")
    ]


def test_about_this_reported_on_a_site_is_the_sites_owners():
    text = (
        "С юбилеем актёра поздравил президент России.\n"
        "Президент направил актёру телеграмму с поздравлениями. Об этом сообщается на сайте "
        "[Кремля=Кремль]ORG."
    )
    assert said(text)[-1][0] == "Кремль"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a quoted name in the message's words, a paragraph it announces
            "Клуб выразил соболезнования. В сообщении «[Зенита=Зенит]ORG» говорится:\n"
            "Мы потрясены этой новостью и скорбим вместе с семьёй.",
            [("Зенит", "direct", "Мы потрясены этой новостью и скорбим вместе с семьёй")],
        ),
        (  # the noun of a body before its quoted name
            "В заявлении компании «[Полюс=Полюс]ORG» говорится, что добыча вырастет.",
            [("Полюс", "indirect", "добыча вырастет")],
        ),
        (  # a quoted name further on is what the message is about, not its author
            "В статье о компании «[Полюс=Полюс]ORG» говорится, что добыча вырастет.",
            [],
        ),
    ],
)
def test_messages_of_more_kinds_and_names(text, expected):
    assert said(text) == expected
