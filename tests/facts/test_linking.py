"""Facts from found roles and entities, without the models: facts/linking.py."""

import pytest

from nlp_extract.entities.spans import NameSpan
from nlp_extract.facts.agreements import AgreementSpan
from nlp_extract.facts.linking import (
    link_agreement,
    meetings,
    occupations,
    place_stem,
    regional_titles,
    roles_of,
)
from nlp_extract.facts.meetings import MeetingSpan
from nlp_extract.roles.titles import RoleSpan
from nlp_extract.schema import DateMention, OccupationFact, Role
from nlp_extract.sentences import SentenceIndex

from .records import entities, index, span

TEXT = "Министр Иван Петров провел рабочую встречу с Анной Сидоровой в Ташкенте."


def test_occupations_need_a_person_entity_and_a_title():
    text = "Министр Иван Петров и посол Олег Смирнов прибыли."
    person, org = span(text, "Иван Петров"), span(text, "посол", "ORG")
    ids = {(person.start, person.end): "e1", (org.start, org.end): "e2"}
    roles = [
        RoleSpan(person, "министр", org, None, 0, 19),
        RoleSpan(person, "", None, None, 0, 19),  # no title
        RoleSpan(span(text, "Олег Смирнов"), "посол", None, None, 22, 40),  # no entity
    ]
    assert occupations(text, roles, ids) == [
        OccupationFact(
            person="e1",
            title="министр",
            org="e2",
            place=None,
            start=0,
            end=19,
            text="Министр Иван Петров",  # the fact leaves its rule whole
        )
    ]


def test_a_post_written_again_is_at_the_organisation_named_first():
    text = "Президент Франции Саркози заявил. Президент Саркози уехал."
    first, later = span(text, "Саркози"), text.rindex("Саркози")
    again = NameSpan(later, later + len("Саркози"), "PER")
    france = span(text, "Франции", "LOC")
    ids = {(first.start, first.end): "e1", (again.start, again.end): "e1"}
    ids[(france.start, france.end)] = "e2"
    roles = [
        RoleSpan(first, "президент", france, None, 0, 25),
        RoleSpan(again, "президент", None, None, 34, 51),
    ]
    assert [(f.org, f.text) for f in occupations(text, roles, ids)] == [
        ("e2", "Президент Франции Саркози"),
        ("e2", "Президент Саркози"),
    ]


def test_a_nationality_adjective_gives_the_country():
    text = "Российский президент Путин прибыл."
    person = span(text, "Путин")
    roles = [RoleSpan(person, "президент", None, None, 0, 26, country="RU")]
    (fact,) = occupations(text, roles, {(person.start, person.end): "e1"}, {"RU": "e9"})
    assert (fact.org, fact.text) == ("e9", "Российский президент Путин")


@pytest.mark.parametrize(
    "title, place, expected",
    [
        ("подмосковный губернатор", "Подмосковье", ("губернатор", "e2")),
        ("свердловский губернатор", "Свердловская область", ("губернатор", "e2")),
        ("подмосковный губернатор", "Тверь", ("подмосковный губернатор", None)),
        ("губернатор", "Подмосковье", ("губернатор", None)),
    ],
)
def test_a_regional_adjective_is_the_posts_region(title, place, expected):
    fact = OccupationFact(person="e1", title=title, org=None, start=0, end=5, text="слово")
    (found,) = regional_titles([fact], {"e2": place})
    assert (found.title, found.org) == expected
    assert found.text == "слово"  # the words that state it stay


@pytest.mark.parametrize(
    "name, stem",
    [("Подмосковье", "подмосков"), ("Свердловская область", "свердловск"), ("Тбилиси", "тбилис")],
)
def test_place_stem(name, stem):
    assert place_stem(name) == stem


def test_roles_of_a_person_are_distinct_and_in_order():
    facts = [
        OccupationFact(person="e1", title="министр", org=None, start=0, end=5),
        OccupationFact(person="e1", title="посол", org="e2", start=9, end=15),
        OccupationFact(person="e1", title="министр", org=None, start=20, end=25),
    ]
    assert roles_of(facts) == {
        "e1": [Role(title="министр", org=None), Role(title="посол", org="e2")]
    }


def test_a_meeting_has_its_people_and_the_place_near_its_word():
    people = entities(
        TEXT, ("PER", "Иван Петров", ""), ("PER", "Анной Сидоровой", ""), ("LOC", "Ташкенте", "")
    )
    date = DateMention(start=0, end=1, text="М", start_date=None, end_date=None, granularity="day")
    sentences = SentenceIndex([(0, len(TEXT))], entities=people, dates=[date])
    petrov, sidorova = span(TEXT, "Иван Петров"), span(TEXT, "Анной Сидоровой")
    ids = {(petrov.start, petrov.end): "e1", (sidorova.start, sidorova.end): "e2"}
    found = [MeetingSpan((petrov, sidorova), (), TEXT.index("встречу"))]
    (meeting,) = meetings(TEXT, sentences, found, ids)
    assert (meeting.participants, meeting.place, meeting.date) == (["e1", "e2"], "e3", 0)
    assert (meeting.start, meeting.end, meeting.text) == (0, len(TEXT), TEXT)


def test_the_place_of_a_post_is_no_meeting_place():
    people = entities(
        TEXT, ("PER", "Иван Петров", ""), ("PER", "Анной Сидоровой", ""), ("LOC", "Ташкенте", "")
    )
    petrov, sidorova = span(TEXT, "Иван Петров"), span(TEXT, "Анной Сидоровой")
    ids = {(petrov.start, petrov.end): "e1", (sidorova.start, sidorova.end): "e2"}
    found = [MeetingSpan((petrov, sidorova), (), TEXT.index("встречу"))]
    job = OccupationFact(person="e2", title="посол", org=None, place="e3", start=0, end=5)
    (meeting,) = meetings(TEXT, index(TEXT, people), found, ids, [job])
    assert meeting.place is None


def test_one_person_and_the_organisation_met():
    text = "Греф встретился с Минэкономразвития."
    named = entities(text, ("PER", "Греф", ""), ("ORG", "Минэкономразвития", ""))
    gref, ministry = span(text, "Греф"), span(text, "Минэкономразвития", "ORG")
    ids = {(gref.start, gref.end): "e1", (ministry.start, ministry.end): "e2"}
    found = [MeetingSpan((gref,), (ministry,), text.index("встретился"))]
    (meeting,) = meetings(text, index(text, named), found, ids)
    assert meeting.participants == ["e1", "e2"]


def test_no_meeting_with_one_participant():
    people = entities(TEXT, ("PER", "Иван Петров", ""))
    petrov = span(TEXT, "Иван Петров")
    twice = MeetingSpan((petrov, petrov), (), TEXT.index("встречу"))
    assert meetings(TEXT, index(TEXT, people), [twice], {(petrov.start, petrov.end): "e1"}) == []


def test_an_agreement_has_the_parties_and_dates_of_its_sentence():
    # a medium and who reports are no parties
    text = (
        "Рейтер: как сообщает Минэнерго, Россия и Египет подписали соглашение 19 ноября 2015 года."
    )
    named = entities(
        text,
        ("ORG", "Рейтер", ""),
        ("ORG", "Минэнерго", ""),
        ("LOC", "Россия", "RU"),
        ("LOC", "Египет", "EG"),
    )
    start = text.index("19 ноября")
    date = DateMention(
        start=start, end=start + 19, text=text[start : start + 19], start_date="2015-11-19",
        end_date="2015-11-19", granularity="day",
    )  # fmt: skip
    sentences = SentenceIndex([(0, len(text))], named, [date])
    head = text.index("соглашение")
    agreement = AgreementSpan(head, head + 10, "agreement", "соглашение")
    linked = link_agreement(text, agreement, sentences, [date])
    assert (linked.text, linked.parties) == ("соглашение", ["e3", "e4"])
    assert [(d.date, d.role) for d in linked.dates] == [(0, "signed")]
