"""Who in the words of an attribution is the subject of the verb of speech: not a
noun's dependent ("до заявления Монти"), not the verb's object ("признавался Ремнику"),
the first of two who speak together, "тот" the one who is not the subject."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..constants import ORG, PER
from ..entities.sex import SUBJECT_AFTER
from ..lexicon.grammar import ADJECTIVE_WORD, PLURAL_VERB, PREPOSITIONS
from ..lexicon.quotes import GERUNDS
from ..schema import Entity
from ..tokens import Asides
from .mentions import Named
from .persons import nominative, written_in_full
from .referents import Spanned
from .text import WORD, has_words, words
from .zones import Zone

# the posts a word names, in the nominative ("министра" -> {"министр"}); none for others
Posts = Callable[[str], frozenset[str]]


def no_asides(verb: int) -> list[tuple[int, int]]:
    """Without a parser no clause is known."""
    return []


# a gerund of speech where a zone before the verb ends
GERUND_AT = re.compile(r"(?:" + "|".join(GERUNDS) + r")(?![\w-])", re.IGNORECASE)


def asked(text: str, zone: Zone, mentions: list[Named], asides: Asides) -> list[Named]:
    """A zone's mentions in the order they are asked: before the verb the nearest it
    first, but a gerund's subject is its clause's, which opens it ("Министр Эвин
    раскритиковал решение режиссера Тати, назвав его …"); none in a clause of their own."""
    if not zone.before:
        return mentions
    if not GERUND_AT.match(text, zone.end):
        mentions = mentions[::-1]
    return not_aside(text, zone, mentions, asides)


def not_aside(text: str, zone: Zone, mentions: list[Named], asides: Asides) -> list[Named]:
    """Of a zone's mentions before its verb, those in no clause of their own, when two or
    more could be its subject ("Братушек, сменившая Янковича, который …, заявила"): the
    parse is asked only then."""
    named = [m for m in mentions if m.entity.type in (ORG, PER)]
    if len(named) < 2:
        return mentions
    verb = WORD.search(text, zone.end)
    spans = asides(verb.start()) if verb else []
    kept = [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]
    return kept if any(m.entity.type in (ORG, PER) for m in kept) else mentions


def person_named(
    text: str, zone: Zone, mentions: Sequence[Named], posts: Posts
) -> Entity | str | None:
    """The person a zone names (or a person's press service), of its mentions the
    nearest the verb first: the subject, not a noun's dependent or the verb's object."""
    people = [m for m in mentions if m.entity.type == PER]
    if zone.named:
        people = [m for m in people if written_in_full(text[m.start : m.end], m.entity)]
        return people[-1].entity if people else None
    if zone.before and (other := the_other(text, zone.start, zone.end, people)):
        return other.entity
    if zone.before and (antecedent := relative_antecedent(text, zone, people)):
        return antecedent.entity
    people = [m for m in people if nominative(text[m.start : m.end], m.entity)] or people
    if zone.before:  # "до заявления Монти сообщил": a noun's dependent is no subject
        subjects = [m for m in people if not dependent(text, m.start, posts)]
        # "Верховный суд отклонил довод Магуайр, отметив": the court, not Магуайр; a body
        # that opens its clause ("По данным Вести.ру, … заявил" has none)
        speaking = [m for m in mentions if m.entity.type == ORG and opens_clause(text, m.start)]
        people = subjects or ([] if speaking else people)
    elif len(people) > 1:  # "сообщает куратор музея По Джефф Джером": not the museum's По
        people = [m for m in people if not governed_in(text, zone, m, posts)] or people
    if service := press_service(text, people):
        return service
    if people:
        return first_of_pair(text, people).entity
    return None


def names_subject(text: str, zone: Zone, mentions: Sequence[Named], posts: Posts) -> bool:
    """Whether a zone names a person in the nominative, no noun's dependent and none
    after a preposition ("связанных с Ибрагимом Бакрауи": a name that does not decline
    looks nominative in any case)."""
    return any(
        m.entity.type == PER
        and nominative(text[m.start : m.end], m.entity)
        and not governed(text, m.start)
        and not (zone.before and dependent(text, m.start, posts))
        for m in mentions
    )


# what a clause opens after: a stop, a comma, a dash, a bracket, a line's start
CLAUSE_MARK = re.compile(r"(?:^|[.!?…,;:—–(\n])\s*$")


def opens_clause(text: str, start: int) -> bool:
    """Whether a name opens its clause: after a mark, a capitalised word or a link of
    a sentence ("Однако Верховный суд", "…, а суд"), not after a lower-case word."""
    before = list(WORD.finditer(text, max(0, start - 30), start))
    if not before or text[before[-1].end() : start].strip():
        return CLAUSE_MARK.search(text, max(0, start - 30), start) is not None
    word = before[-1].group()
    return word[:1].isupper() or word.lower() in SUBJECT_AFTER


# a relative pronoun that is its clause's subject ("Арпайо, который называл себя …")
WHO = re.compile(r",\s*(?:котор(?:ый|ая|ое|ые)|кто)\s+(?:[а-яё]+\s+){0,2}$", re.IGNORECASE)


def relative_antecedent(text: str, zone: Zone, people: Sequence[Named]) -> Named | None:
    """Whom "который" before the verb stands for: the person named right before its
    comma ("Трамп помиловал Джо Арпайо, который называл себя «…»": Арпайо)."""
    who = WHO.search(text, zone.start, zone.end)
    if who is None:
        return None
    before = [m for m in people if m.end <= who.start()]
    nearest = max(before, key=lambda m: m.end, default=None)
    return nearest if nearest is not None and not text[nearest.end : who.start()].strip() else None


# prepositions of a topic: whom one asks about is not who answers
ABOUT = frozenset({"о", "об", "обо", "про"})


def governed(text: str, start: int, prepositions: frozenset[str] = PREPOSITIONS) -> bool:
    """Whether the word right before `start` is a preposition."""
    before = list(WORD.finditer(text, max(0, start - 12), start))
    return (
        bool(before)
        and not text[before[-1].end() : start].strip()
        and (before[-1].group().lower() in prepositions)
    )


S = TypeVar("S", bound=Spanned)
# two subjects of one verb: "Кэмерон и Клегг"
AND_BETWEEN = re.compile(r"\s+и\s+")


def first_of_pair(text: str, people: Sequence[S]) -> S:
    """Of two people who say one thing ("Кэмерон и Клегг дали понять"), the first: of
    `people` (the nearest the verb first), the one joined to the nearest by "и"."""
    nearest = people[0]
    for other in people[1:]:
        if AND_BETWEEN.fullmatch(text, other.end, nearest.start):
            return other
    return nearest


def governed_in(text: str, zone: Zone, named: Spanned, posts: Posts) -> bool:
    """Whether a name is the dependent of a noun of the zone's own words (not of the verb
    before them: "— сказал Сергей Лавров после разговора с госсекретарем Майком Помпео"
    is Лавров's)."""
    return has_words(text, zone.start, named.start) and dependent(text, named.start, posts)


def dependent(text: str, start: int, posts: Callable[[str], frozenset[str]]) -> bool:
    """Whether a name at `start` follows a common noun that names no post, its dependent
    and no subject: "до заявления Монти", not "76-летний Сильвио Берлускони" or
    "министр Лавров", "а Сэйдзи Маэхара"."""
    before = list(WORD.finditer(text, max(0, start - 30), start))
    word = before[-1].group() if before else ""
    if not word.islower() or text[before[-1].end() : start].strip() or word in SUBJECT_AFTER:
        return False
    return not ADJECTIVE_WORD.fullmatch(word.split("-")[-1]) and not posts(word)


# "пресс-служба Кадырова": a person's press service speaks, not the person
PRESS_SERVICE = re.compile(r"(?<![\w-])пресс-служб(?:а|ы|е|у|ой)\s+$", re.IGNORECASE)


def press_service(text: str, people: Sequence[Spanned]) -> str | None:
    """The name of a person's press service a zone names ("сообщила пресс-служба
    Кадырова": "пресс-служба Кадырова"), the person's name as written."""
    for named in people:
        if PRESS_SERVICE.search(text, max(0, named.start - 20), named.start):
            return f"пресс-служба {text[named.start : named.end]}"
    return None


def the_other(text: str, start: int, end: int, people: Sequence[Named]) -> Named | None:
    """Whom "тот" or "та" ending the words text[start:end] before a verb stands for: the
    person named last before it who is not the subject nor the topic ("Путин спросил у
    Орешкина об Улюкаеве, на что тот ответил": Орешкин); `people` are the mentions
    there, the nearest first."""
    last = list(WORD.finditer(text, start, end))[-1:]
    if not last or last[0].group().lower() not in ("тот", "та"):
        return None
    others = [
        m
        for m in people
        if not nominative(text[m.start : m.end], m.entity) and not governed(text, m.start, ABOUT)
    ]
    return others[0] if others else None


# words that go on after a quote or a dash ("«…», — и добавил, что"), or open a
# sentence whose subject is the one before's ("Также заявлял, что", "Ранее он")
GOING_ON = frozenset(
    "и а также ещё еще ранее позже затем потом впоследствии неоднократно не раз".split()
)


def goes_on(text: str, zone: Zone) -> bool:
    """Whether the words before a verb, after the last quote mark or dash in them, are
    only words that go on (`GOING_ON`: "и", "а также", "Ранее") and the verb is in the
    singular: it goes on with the one who spoke before."""
    mark = max(text.rfind(c, zone.start, zone.end) for c in '»"“—–')
    said = words(text, mark + 1 if mark >= 0 else zone.start, zone.end)
    verb = WORD.match(text, zone.end)
    if verb and verb.group().lower().endswith(PLURAL_VERB):
        return False  # "Ранее сообщали, что": people unnamed, not the one before
    return bool(said) and {w.group().lower() for w in said} <= GOING_ON
