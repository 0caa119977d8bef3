"""Who speaks through an outlet: the source it quotes, not the outlet itself.

"сообщил РИА Новости представитель Мосгоризбиркома", "рассказал «Ъ» источник в
правительстве", "В уфимской мэрии «Ъ» сообщили", "передает «Интерфакс» со ссылкой на
пресс-службу МВД": the outlet a source spoke to, or that cites a source, is no speaker
when the attribution names that source (a person, a body, or a source with no name:
"источник", "собеседник агентства", "один из участников"). An outlet speaks only when
it reports on its own ("пишет газета «Коммерсант»", "по данным «Ъ»").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from ..constants import ORG
from ..lexicon.media import (
    AGENCY_ADJECTIVE,
    MEDIA_NAME,
    NEWS_ADJECTIVES,
    OUTLET_BEFORE,
    OUTLET_NOUN,
)
from ..lexicon.posts import country_adjectives
from ..lexicon.speakers import CITING, SOURCES
from ..schema import Entity
from .referents import DESCRIBED_AFTER, Mentioned
from .text import words
from .zones import Zone

# how far back a bare noun looks for its outlet: a few paragraphs
OUTLET_REACH = 2000
LATIN = re.compile(r"[A-Za-z]")


M = TypeVar("M", bound=Mentioned)


def is_media_name(name: str) -> bool:
    """Whether a name is an outlet's by its letters alone ("Lenta.ru", "РИА Новости"):
    the rules' guess when no gazetteer tells."""
    return MEDIA_NAME.search(name) is not None


class Organisations(Protocol):
    """What is known of organisations by their names (the gazetteer): whether one is a
    media outlet, and its kind ("ministry", "bank", "party")."""

    def is_media(self, name: str) -> bool: ...

    def kind(self, name: str) -> str | None: ...


class ByLetters:
    """The rules' guess when no gazetteer tells: an outlet by its letters alone, no kind."""

    def is_media(self, name: str) -> bool:
        return is_media_name(name)

    def kind(self, name: str) -> str | None:
        return "media" if is_media_name(name) else None


BY_LETTERS = ByLetters()


def outlets(text: str, entities: Iterable[Entity], media: Callable[[str], bool]) -> set[str]:
    """The ids of the organisations that are media outlets: known as such (`media` of a
    name, a gazetteer's, or an outlet's letters: "Вести.ru", "Донецкие новости"), or named
    after a noun of one somewhere ("газета Blitz Quotidiano") and nowhere after a noun of
    another kind of agency ("рейтинговое агентство Moody's")."""
    found = set()
    for entity in entities:
        names = (entity.name, *entity.aliases)
        if any(media(name) or is_media_name(name) for name in names):
            found.add(entity.id)
        elif not any(other_agency(text, m.start) for m in entity.mentions) and any(
            OUTLET_BEFORE.search(text, max(0, m.start - 30), m.start) for m in entity.mentions
        ):
            found.add(entity.id)
    return found


def other_agency(text: str, at: int) -> bool:
    """Whether the name at `at` follows "агентство" and an adjective of neither news nor
    a country: the agency is of another kind, and the text says so once for all its
    mentions ("Рейтинговое агентство Moody's …, агентство Moody's")."""
    found = AGENCY_ADJECTIVE.search(text, max(0, at - 50), at)
    if found is None:
        return False
    stems = NEWS_ADJECTIVES + tuple(stem for stem, _ in country_adjectives())
    return not found.group(1).lower().startswith(stems)


def cited(text: str, zone: Zone, mentions: Sequence[M]) -> tuple[Zone, list[M]]:
    """The part of a zone after "со ссылкой на" when it names the source ("передает
    агентство Рейтер со ссылкой на телеканал «Аль-Джазира»"), else the part before it:
    an outlet citing sources it does not name reports on its own ("пишет газета со
    ссылкой на свои источники")."""
    citing = CITING.search(text, zone.start, zone.end)
    if citing is None:
        return zone, list(mentions)
    inside = [m for m in mentions if m.start >= citing.end()]
    if inside:
        return Zone(citing.end(), zone.end, zone.before, zone.named), inside
    before = [m for m in mentions if m.start < citing.start()]
    return Zone(zone.start, citing.start(), zone.before, zone.named), before


def names_source(text: str, zone: Zone) -> bool:
    """Whether a zone has a word of a source: "источник", "представитель", "собеседник"."""
    return any(w.group().lower() in SOURCES for w in words(text, zone.start, zone.end))


def without_outlet(
    text: str, zone: Zone, mentions: Sequence[M], known: set[str]
) -> tuple[list[M], bool]:
    """The mentions of a zone without the outlets in it when it names another source,
    and whether it did ("сообщил РИА Новости представитель X": X, or an unnamed one)."""
    kept = [m for m in mentions if m.entity.id not in known]
    if len(kept) == len(mentions) or not (kept or names_source(text, zone)):
        return list(mentions), False
    return kept, True


def outlet_meant(
    text: str, found: Sequence[re.Match[str]], before: Iterable[M], at: int, known: set[str]
) -> Entity | None:
    """The outlet a bare noun of one stands for ("по данным издания", "Газета пишет",
    "отмечает агентство"): the one named last after that noun ("агентство Рейтер"), of
    any kind, else the outlet named last; none far back."""
    at_noun = [n for n, w in enumerate(found) if OUTLET_NOUN.fullmatch(w.group().lower())]
    noun = found[at_noun[0]] if at_noun else None
    if noun is None or DESCRIBED_AFTER.match(text, noun.end()):
        return None
    if at_noun[0] and found[at_noun[0] - 1].group().lower() in SOURCES:
        return None  # "собеседник агентства": its source, not the outlet
    stem = OUTLET_NOUN.fullmatch(noun.group().lower()).group(1)  # type: ignore[union-attr]
    nearest = None
    for named in before:
        if at - named.start > OUTLET_REACH:
            break
        if named.entity.id not in known:
            # "рейтинговое агентство S&P …. Как сообщает агентство": the noun stands for
            # the name it was written before, an outlet or not
            noun = OUTLET_BEFORE.search(text, max(0, named.start - 30), named.start)
            if noun and noun.group().lower().startswith(stem):
                return named.entity
            continue
        nearest = nearest or named.entity
        if stem in text[max(0, named.start - 30) : named.start].lower():
            return named.entity
    return nearest


def outlet_heard(
    text: str, found: Sequence[re.Match[str]], last: Entity | str | None, known: set[str]
) -> Entity | str | None:
    """The outlet a bare noun of one stands for when no outlet is known by name: the one
    that spoke just before (`last`, the speaker heard last) when it may be an outlet, a
    name no entity holds, one `known` as media, one written in quotation marks or in
    Latin letters ("сообщает «Тамбовская жизнь». … Издание поясняет, что"; not
    "Газпром заявил")."""
    if last is None or not any(OUTLET_NOUN.fullmatch(w.group().lower()) for w in found):
        return None
    if isinstance(last, str) or last.id in known:
        return last
    quoted = any(text[m.start - 1 : m.start] in '«"„“' for m in last.mentions if m.start)
    latin = LATIN.search(last.name) is not None  # "сообщает The Guardian"
    return last if last.type == ORG and (quoted or latin) else None
