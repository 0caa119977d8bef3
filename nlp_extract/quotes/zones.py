"""Where a quote's speaker is written: the zones of its attribution, and the name of
a medium the NER does not know, or a group of people with no name, written there."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.speakers import GROUP
from .text import apposition_end


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


# a name of media the NER does not know: "NEWSru.com", «Лента.ру», "France-Presse",
# "comScore"
MEDIA = re.compile(
    r"«([^«»]{2,40})»|\"([^\"]{2,40})\"|(\w[\w-]*\.(?:ru|com|net|org|ua|рф|ру)\b)"
    r"|\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z]+[A-Z][\w-]*)"
)


def media_name(text: str, zone: Zone) -> str | None:
    """A quoted name, a domain or Latin capitals in a zone after the verb."""
    if zone.before:
        return None
    match = MEDIA.search(text, zone.start, zone.end)
    if not match:
        return None
    return next(group for group in match.groups() if group)


def group_named(text: str, zone: Zone) -> bool:
    """Whether the words after a verb are a group of people in the plural and nothing
    more ("…, считают американцы", "как утверждают военные"): their words are a quote
    with no one named."""
    words = text[zone.start : zone.end].strip()
    return GROUP.fullmatch(words) is not None
