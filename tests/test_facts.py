"""Facts from found roles and entities, without the models."""

from nlp_extract.entities.spans import NameSpan
from nlp_extract.facts.linking import meetings, occupations, roles_of
from nlp_extract.facts.meetings import MeetingSpan
from nlp_extract.roles.titles import RoleSpan
from nlp_extract.schema import DateMention, Entity, Mention, OccupationFact, Role
from nlp_extract.sentences import SentenceIndex


def entity(id: str, type: str, name: str, text: str, code: str | None = None) -> Entity:
    start = TEXT.index(name)
    mention = Mention(start=start, end=start + len(name), text=name)
    return Entity(id=id, type=type, name=name, mentions=[mention], code=code)  # type: ignore[arg-type]


TEXT = "Министр Иван Петров провел рабочую встречу с Анной Сидоровой в Ташкенте."


def test_occupations_need_a_person_entity_and_a_title():
    person, org = NameSpan(8, 19, "PER"), NameSpan(40, 50, "ORG")
    ids = {(8, 19): "e1", (40, 50): "e2"}
    roles = [
        RoleSpan(person, "министр", org, None, 0, 19),
        RoleSpan(person, "", None, None, 0, 19),  # no title
        RoleSpan(NameSpan(60, 70, "PER"), "посол", None, None, 55, 70),  # no entity
    ]
    assert occupations(roles, ids) == [
        OccupationFact(person="e1", title="министр", org="e2", place=None, start=0, end=19)
    ]


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
    people = [
        entity("e1", "PER", "Иван Петров", TEXT),
        entity("e2", "PER", "Анной Сидоровой", TEXT),
        entity("e3", "LOC", "Ташкенте", TEXT),
    ]
    date = DateMention(start=0, end=1, text="М", start_date=None, end_date=None, granularity="day")
    index = SentenceIndex([(0, len(TEXT))], entities=people, dates=[date])
    petrov, sidorova = (span(TEXT, "Иван Петров"), span(TEXT, "Анной Сидоровой"))
    ids = {(petrov.start, petrov.end): "e1", (sidorova.start, sidorova.end): "e2"}
    found = [MeetingSpan((petrov, sidorova), (), TEXT.index("встречу"))]
    (meeting,) = meetings(TEXT, index, found, ids)
    assert (meeting.participants, meeting.place, meeting.date) == (["e1", "e2"], "e3", 0)
    assert (meeting.start, meeting.end) == (0, len(TEXT))


def test_no_meeting_with_one_participant():
    people = [entity("e1", "PER", "Иван Петров", TEXT)]
    index = SentenceIndex([(0, len(TEXT))], entities=people)
    petrov = span(TEXT, "Иван Петров")
    twice = MeetingSpan((petrov, petrov), (), TEXT.index("встречу"))
    assert meetings(TEXT, index, [twice], {(petrov.start, petrov.end): "e1"}) == []


def span(text: str, name: str, type: str = "PER") -> NameSpan:
    start = text.index(name)
    return NameSpan(start, start + len(name), type)
