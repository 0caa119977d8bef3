"""Who owns what: facts/ownership.py."""

import pytest

from nlp_extract.facts.deals import deals
from nlp_extract.facts.ownership import ownership, owns, shareholders
from nlp_extract.schema import OccupationFact

from .records import entities, index


@pytest.mark.parametrize(
    "text, named, expected",
    [
        (  # a participle: the owner after it
            "Digital Sky Technologies, принадлежащая Юрию Мильнеру, выросла.",
            [("ORG", "Digital Sky Technologies", ""), ("PER", "Юрию Мильнеру", "")],
            [("e2", "e1")],
        ),
        (  # "владеет": the owner before it
            "Усманов владеет Мегафоном.",
            [("PER", "Усманов", ""), ("ORG", "Мегафоном", "")],
            [("e1", "e2")],
        ),
        (  # a share of the company named after it
            "Порше принадлежит 31 процент акций Фольксвагена.",
            [("ORG", "Порше", ""), ("ORG", "Фольксвагена", "")],
            [("e1", "e2")],
        ),
        (  # "дочерняя компания": the owner after it
            "Теле2, дочерняя компания Ростелекома, выросла.",
            [("ORG", "Теле2", ""), ("ORG", "Ростелекома", "")],
            [("e2", "e1")],
        ),
        (  # too many words between the party and the word: another clause
            "Росприроднадзору неизвестно, какому предприятию принадлежит Мосводоканал.",
            [("ORG", "Росприроднадзору", ""), ("ORG", "Мосводоканал", "")],
            [],
        ),
        (  # "принадлежать к": a member
            "ОПЕК, к которой принадлежит Роснефть, снизила добычу.",
            [("ORG", "ОПЕК", ""), ("ORG", "Роснефть", "")],
            [],
        ),
        (  # "которой принадлежит": the owner before
            "Газпром, которому принадлежит Сибнефть, вырос.",
            [("ORG", "Газпром", ""), ("ORG", "Сибнефть", "")],
            [("e1", "e2")],
        ),
        (  # a city owns nothing; a country does
            "Мосводоканал принадлежит Москве.",
            [("ORG", "Мосводоканал", ""), ("LOC", "Москве", "")],
            [],
        ),
        (
            "Аэрофлот принадлежит России.",
            [("ORG", "Аэрофлот", ""), ("LOC", "России", "RU")],
            [("e2", "e1")],
        ),
    ],
)
def test_ownership_said_in_words(text, named, expected):
    found = entities(text, *named)
    facts = ownership(text, index(text, found), [], found)
    assert [(f.owner, f.property) for f in facts] == expected
    assert all(f.text == text[f.start : f.end] and f.text for f in facts)


def test_an_owner_title_at_an_organisation_is_ownership():
    text = "Основатель MySQL Майкл Видениус ушел."
    found = entities(text, ("ORG", "MySQL", ""), ("PER", "Майкл Видениус", ""))
    job = OccupationFact(person="e2", title="основатель", org="e1", start=0, end=31, text="")
    assert owns(job) and not owns(
        OccupationFact(person="e2", title="директор", org="e1", start=0, end=31)
    )
    (fact,) = ownership(text, index(text, found), [job], found)
    assert (fact.owner, fact.property, fact.text) == ("e2", "e1", "Основатель MySQL Майкл Видениус")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("DST купила ещё 5% акций Facebook.", [("e1", "e2")]),
        ("DST купила офис у Facebook.", []),  # no shares bought
        ("DST купила 5% акций у Facebook.", []),  # shares of another company
    ],
)
def test_a_buyer_of_shares_is_an_owner(text, expected):
    found = entities(text, ("ORG", "DST", ""), ("ORG", "Facebook", ""))
    sentences = index(text, found)
    facts = shareholders(text, sentences, deals(text, sentences), found)
    assert [(f.owner, f.property) for f in facts] == expected
    assert all(f.text == text for f in facts)
