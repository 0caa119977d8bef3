"""Where a quote's speaker is written: the zones of its attribution, and the name of
a medium the NER does not know, or a group of people with no name, written there."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..lexicon.grammar import PARTICIPLE
from ..lexicon.quotes import MONTHS
from ..lexicon.speakers import GROUP
from .referents import Spanned, SpannedMention
from .text import apposition_end

M = TypeVar("M", bound=Spanned)
N = TypeVar("N", bound=SpannedMention)


@dataclass(frozen=True)
class Zone:
    """Where the speaker is written: text[start:end], `before` the verb or after it;
    in an apposition (`named`) only a person written with their full name."""

    start: int
    end: int
    before: bool
    named: bool = False


def with_apposition(text: str, zone: Zone, end: int) -> tuple[Zone, ...]:
    """A zone after a verb, and the apposition after it that closes the sentence
    text[:end] ("— сказал лидер Меджлиса, народный депутат Мустафа Джемилев.")."""
    closing = apposition_end(text, zone.end, end)
    if closing is None:
        return (zone,)
    return zone, Zone(zone.end + 1, closing, before=False, named=True)


# a clause set off by commas that describes a noun: a participle's or a relative one
# ("В заявлении МВД, опубликованном в Facebook, говорится"; "…, которая работает в Y,")
DESCRIBING = re.compile(r",\s*(?:" + PARTICIPLE.pattern + r"|котор[а-яё]+)\b[^,]*,", re.IGNORECASE)


def described_apart(text: str, zone: Zone, mentions: Sequence[M]) -> list[M]:
    """The mentions of a zone outside the clauses in it that describe a noun (no
    speaker is named there: "опубликованном в Facebook" tells where the statement was),
    or all of them when none is outside."""
    clauses = [m.span() for m in DESCRIBING.finditer(text, zone.start, zone.end)]
    outside = [m for m in mentions if not any(a <= m.start < b for a, b in clauses)]
    return outside if outside else list(mentions)


# "в Twitter", "на своей странице в Facebook": where the words were published, unless a
# verb in the plural with no subject says the company spoke ("Как заявили в Telegram")
PUBLISHED_IN = re.compile(
    r"(?:(?<![\w-])([а-яё]+)\s+)?(?<![\w-])(?:в|во|на|через)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def published_in(text: str, start: int) -> bool:
    """Whether a name at `start` is where words were published ("написал в Twitter"),
    not a company whose people spoke ("Как сообщили в Telegram")."""
    found = PUBLISHED_IN.search(text, max(0, start - 60), start)
    return found is not None and not (found.group(1) or "").lower().endswith("ли")


def off_platforms(
    text: str, mentions: Sequence[N], kind_of: Callable[[str], str | None]
) -> list[N]:
    """The mentions of a zone but a social network its words were published in: "Об
    этом в Twitter сообщила компания Live Nation", "написал в Twitter" (the network
    speaks only as a company: "Facebook заявил")."""
    return [
        m
        for m in mentions
        if not (kind_of(m.entity.name) == "platform" and published_in(text, m.start))
    ]


# a name of media the NER does not know: "NEWSru.com", «Лента.ру», "France-Presse",
# "comScore"
MEDIA = re.compile(
    r"«([^«»]{2,40})»|\"([^\"]{2,40})\"|(\w[\w-]*\.(?:ru|com|net|org|ua|рф|ру)\b)"
    r"|\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z]+[A-Z][\w-]*)"
)


def media_name(text: str, zone: Zone) -> str | None:
    """A quoted name, a domain or Latin capitals in a zone after the verb, not where
    the words were published ("написал в Twitter")."""
    if zone.before:
        return None
    match = MEDIA.search(text, zone.start, zone.end)
    if not match or published_in(text, match.start()):
        return None
    return next(group for group in match.groups() if group)


def group_named(text: str, zone: Zone) -> bool:
    """Whether the words after a verb are a group of people in the plural, or a source
    with no name, and nothing more but when they spoke ("…, считают американцы", "как утверждают военные",
    "сообщили итальянские СМИ в конце ноября"): their words are a quote with no one
    named."""
    # "источник, знакомый с ситуацией": the words before a clause that describes them
    words = text[zone.start : zone.end].split(",")[0].strip()
    # "как сообщили ранее местные СМИ", "сообщили итальянские СМИ в конце ноября"
    words = BESIDE_GROUP.sub("", words).strip()
    return GROUP.fullmatch(words) is not None or UNNAMED_SOURCE.fullmatch(words) is not None


# a source with no name and no body: "как сообщил источник", "сказал осведомлённый
# собеседник" (one in a body is the body's: "источник в правительстве")
UNNAMED_SOURCE = re.compile(
    r"(?:[а-яё]+(?:ый|ий|ой)\s+){0,2}(?:источник|собеседник)", re.IGNORECASE
)


# when a group spoke, said before it or after it: an adverb of time, a phrase of a
# preposition or a date after it
BESIDE_GROUP = re.compile(
    r"^(?:(?:ранее|позже|позднее|вчера|сегодня|накануне|также|уже|тогда)\s+)+"
    r"|\s+(?:в|во|на|к|по|после|до)\s+[^,]*$"
    r"|\s+\d{1,2}\s+" + MONTHS + r"(?:\s+\d{4}(?:\s+года)?)?$",
    re.IGNORECASE,
)
