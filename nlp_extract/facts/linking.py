"""Facts that tie agreements to the entities and dates of their sentence."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..constants import LOC, PER
from ..entities.spans import NameSpan
from ..lexicon import MEDIA_NAME, SOURCE_BEFORE
from ..lexicon.agreements import DATE_ROLES, WITH_PARTY
from ..lexicon.grammar import ADJECTIVE_ENDING, ADJECTIVE_WORD
from ..roles.titles import RoleSpan
from ..schema import (
    Agreement,
    AgreementDate,
    DateMention,
    MeetingFact,
    OccupationFact,
    Role,
)
from ..sentences import SentenceIndex
from .agreements import AgreementSpan
from .clauses import Clauses
from .meetings import MeetingSpan
from .status import event_status


def date_role(text: str, span: AgreementSpan, date: DateMention, sentence_start: int) -> str | None:
    """What the date is to the agreement: from the words between them, else from the
    verb before the agreement ("заключили соглашение … 19 ноября 2015 года")."""
    between = text[span.end : date.start] if date.start >= span.end else text[date.end : span.start]
    for context in (between, text[sentence_start : min(span.start, date.start)]):
        for role, pattern in DATE_ROLES:
            if pattern.search(context):
                return role
    return None


def link_agreement(
    text: str, span: AgreementSpan, index: SentenceIndex, dates: Sequence[DateMention]
) -> Agreement:
    """The agreement record with its parties and dates from the same sentence."""
    region = index.index(span.start)
    low = index.regions[region][0]
    parties = [
        entity.id
        for start, entity in index.entities[region]
        if not (entity.type == PER or (entity.type == LOC and not entity.code))
        and not MEDIA_NAME.search(entity.name)  # "объяснение агентству Рейтер": who reports
        and any(
            index.index(m.start) == region
            and not SOURCE_BEFORE.search(text, max(low, m.start - 30), m.start)
            and (
                not span.start <= m.start < span.end
                # "контракт с Египтом, Турцией и Венгрией": who it is with, in the title
                or WITH_PARTY.search(text, span.start, m.start)
            )
            for m in entity.mentions
        )
    ]
    linked = [
        AgreementDate(date=n, role=date_role(text, span, dates[n], low))
        for n in index.dates[region]
    ]
    return Agreement(
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        name=span.name,
        kind=span.kind,
        aliases=[span.alias] if span.alias else [],
        refers_to=span.refers_to,
        parties=parties,
        dates=linked,
    )


def occupations(
    text: str,
    roles: Sequence[RoleSpan],
    ids: Mapping[tuple[int, int], str],
    countries: Mapping[str, str] | None = None,
) -> list[OccupationFact]:
    """Occupation facts of the roles whose person is an entity, each with the words of its
    role (`ids`: mention offsets to entity ids; `countries`: ISO code to the id of the
    country's entity, for a title's nationality adjective when no organisation is named)."""

    def id_of(mention: NameSpan | None) -> str | None:
        return ids.get((mention.start, mention.end)) if mention else None

    facts = []
    for role in roles:
        person = id_of(role.person)
        if person is None or not role.title:
            continue
        org = id_of(role.org) or ((countries or {}).get(role.country) if role.country else None)
        facts.append(
            OccupationFact(
                person=person,
                title=role.title,
                org=org,
                place=id_of(role.place),
                start=role.start,
                end=role.end,
                text=text[role.start : role.end],
            )
        )
    return same_post_same_org(facts)


def same_post_same_org(facts: list[OccupationFact]) -> list[OccupationFact]:
    """ "президент Франции Николя Саркози" … "президент Саркози": a post written again
    without its organisation is the one the text named, when the person holds that title
    at just one organisation or country."""
    orgs: dict[tuple[str, str], set[str]] = {}
    for fact in facts:
        if fact.org is not None:
            orgs.setdefault((fact.person, fact.title), set()).add(fact.org)
    return [
        replace(fact, org=next(iter(orgs[key])))
        if fact.org is None and len(orgs.get(key := (fact.person, fact.title), ())) == 1
        else fact
        for fact in facts
    ]


def regional_titles(
    facts: Sequence[OccupationFact], places: Mapping[str, str]
) -> list[OccupationFact]:
    """ "подмосковный губернатор", "свердловский губернатор": an adjective of a place the
    text names is the post's region, not part of the post (`places`: entity id to name)."""
    stems = [(place_stem(name), id) for id, name in places.items()]
    stems = [(stem, id) for stem, id in stems if len(stem) >= 5]
    found = []
    for fact in facts:
        first, _, rest = fact.title.partition(" ")
        region = next((id for stem, id in stems if first.startswith(stem)), None)
        if (
            fact.org is None
            and fact.place is None
            and rest
            and region
            and ADJECTIVE_WORD.fullmatch(first)
        ):
            fact = replace(fact, title=rest, org=region)
        found.append(fact)
    return found


def place_stem(name: str) -> str:
    """What a place's adjective starts with: "Подмосковье" -> "подмосков",
    "Свердловская область" -> "свердловск", "Тбилиси" -> "тбилис"."""
    words = name.split()
    word = words[0].lower() if words else ""
    adjective = re.fullmatch(r"(\w+?)" + ADJECTIVE_ENDING, word)
    if adjective and " " in name:
        return adjective.group(1)
    return word[:-2] if len(word) > 7 else word[:-1]


def roles_of(facts: Sequence[OccupationFact]) -> dict[str, list[Role]]:
    """Each person's distinct roles, in the order of their facts."""
    roles: dict[str, list[Role]] = {}
    for fact in facts:
        record = Role(title=fact.title, org=fact.org, place=fact.place)
        held = roles.setdefault(fact.person, [])
        if record not in held:
            held.append(record)
    return roles


# "встретились в Минске": a place far from the meeting word is about something else
PLACE_REACH = 60


def meetings(
    text: str,
    index: SentenceIndex,
    found: Sequence[MeetingSpan],
    ids: Mapping[tuple[int, int], str],
    occupied: Sequence[OccupationFact] = (),
    clauses: Clauses | None = None,
) -> list[MeetingFact]:
    """Meeting facts of the meetings found in sentences (`ids`: mention offsets to entity
    ids): two people or more, or one person and the organisation met; the place after
    "в" near the meeting word, the sentence's first date."""
    in_roles = {f.place for f in occupied} | {f.org for f in occupied}
    facts: list[MeetingFact] = []
    for meeting in found:
        people = list(
            dict.fromkeys(
                ids[key] for m in meeting.participants if (key := (m.start, m.end)) in ids
            )
        )
        if len(people) == 1:
            people += [
                ids[(m.start, m.end)] for m in meeting.organisations if (m.start, m.end) in ids
            ][:1]
        if len(people) < 2:
            continue
        region = index.index(meeting.trigger)
        low, high = index.regions[region]
        places = [
            e
            for start, e in index.entities[region]
            if e.type == LOC
            and e.id not in in_roles
            and re.search(r"\b(?:в|во)\s+$", text[max(low, start - 4) : start])
            and abs(start - meeting.trigger) <= PLACE_REACH
        ]
        date = index.dates[region][0] if index.dates[region] else None
        fact = MeetingFact(
            status=event_status(clauses, low, high, meeting.trigger),
            participants=people,
            date=date,
            place=places[0].id if places else None,
            start=low,
            end=high,
            text=text[low:high],
        )
        if fact not in facts:
            facts.append(fact)
    return facts
