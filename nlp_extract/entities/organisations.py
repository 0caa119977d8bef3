"""Organisation mentions NER missed or cut short: known names in any case, and the
place adjective before an organisation ("японского МИДа")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain

from ..constants import ORG, fold_key
from ..lexicon.grammar import ADJECTIVE_ENDING
from ..morphology import Morphology
from ..overlap import SpanIndex, leftmost_longest
from .gazetteer import Gazetteer
from .spans import NameSpan, by_position


def known_organisations(
    text: str,
    mentions: list[NameSpan],
    regions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    morphology: Morphology,
) -> list[NameSpan]:
    """The gazetteer's organisations where NER tagged nothing ("Международной
    амнистии"), or only organisation pieces of the name ("Парламентской ассамблеи" and
    "Совета Европы"); a mention that reaches beyond the name, or a place or person
    inside it, stays as NER has it. A name written with a small letter is one only
    after a place's adjective ("американского министерства иностранных дел"): alone
    it is as often any country's ("министерство финансов")."""
    names = [
        span
        for start, end in regions
        for span in chain(
            gazetteer.name_forms.find(text, start, end, morphology),
            small_names(text, start, end, gazetteer, morphology),
            national_abbreviations(text, start, end, gazetteer),
        )
    ]
    index = SpanIndex([(m.start, m.end) for m in mentions])
    types = {(m.start, m.end): m.type for m in mentions}
    found: list[NameSpan] = []
    replaced: set[tuple[int, int]] = set()
    # a small-letter name may run into a capitalised one: the first, longest wins
    for name_start, name_end in leftmost_longest(names, lambda span: span):
        inside = index.overlapping(name_start, name_end)
        if all(
            name_start <= s
            and e <= name_end
            and (s, e) != (name_start, name_end)
            and types[(s, e)] == ORG
            for s, e in inside
        ):
            found.append(NameSpan(name_start, name_end, ORG))
            replaced.update(inside)
    if not found:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return by_position(kept + found)


# an abbreviation and the capitalised words after it, where its country may be named
ABBREVIATION_BEFORE_WORDS = re.compile(r"\b([А-ЯЁA-Z]{2,6})(?=((?:[ \u00a0][А-ЯЁA-Z][\w-]*){1,3}))")


def national_abbreviations(
    text: str, start: int, end: int, gazetteer: Gazetteer
) -> Iterator[tuple[int, int]]:
    """An abbreviation the gazetteer knows only with its country, where the country
    follows it ("СК" of "СК РФ", "СК России"): alone it is as often something else
    ("страховая компания"). The country stays a place of its own."""
    known = gazetteer.national_abbreviations
    for hit in ABBREVIATION_BEFORE_WORDS.finditer(text, start, end):
        if hit[1] not in known:
            continue
        words = hit[2].split()
        if any(
            gazetteer.organisation(f"{hit[1]} {' '.join(words[:size])}")
            for size in range(1, len(words) + 1)
        ):
            yield hit.start(1), hit.end(1)


# the end of an "-ск-" adjective and the small letter of the word after it: where a
# place's adjective may stand before a name ("американского министерства")
SMALL_AFTER_ADJECTIVE = re.compile(rf"[сц]к{ADJECTIVE_ENDING}[ \u00a0](?=[а-яё])")


def small_names(
    text: str, start: int, end: int, gazetteer: Gazetteer, morphology: Morphology
) -> Iterator[tuple[int, int]]:
    """The gazetteer's names written with a small letter after a place's adjective."""
    for hit in SMALL_AFTER_ADJECTIVE.finditer(text, start, end):
        at = hit.end()
        if place_adjective_before(text, at, gazetteer) is not None:
            found = gazetteer.name_forms.name_at(text, at, end, morphology, small=True)
            if found:
                yield at, found


# a small-letter adjective right before a mention ("японского МИДа")
ADJECTIVE_BEFORE = re.compile(rf"(?<![\w-])([а-яё]+{ADJECTIVE_ENDING})[ \u00a0]$")
# the same adjective opening a mention
ADJECTIVE_AT = re.compile(rf"([а-яё]+{ADJECTIVE_ENDING})[ \u00a0]")
# how far back such an adjective may begin
ADJECTIVE_REACH = 30


def with_place_adjective(
    text: str, mentions: list[NameSpan], gazetteer: Gazetteer
) -> list[NameSpan]:
    """An organisation's mention takes in the adjective of its country or city before it,
    as factRuEval and NEREL write such names: "японского МИДа", "российского
    Минсельхоза". Not before a quoted name: "московского «Спартака»" would be named
    "Московский «Спартака»", its quoted part kept as written."""
    out: list[NameSpan] = []
    for mention in mentions:
        found = (
            place_adjective_before(text, mention.start, gazetteer)
            if mention.type == ORG and not mention.has_descriptor
            else None
        )
        if found is not None and (not out or out[-1].end <= found):
            mention = NameSpan(found, mention.end, ORG)
        out.append(mention)
    return out


def place_adjective_before(text: str, start: int, gazetteer: Gazetteer) -> int | None:
    """Where the small-letter adjective of a place right before `start` begins."""
    found = ADJECTIVE_BEFORE.search(text, max(0, start - ADJECTIVE_REACH), start)
    return found.start(1) if found and gazetteer.is_place_adjective(found[1]) else None


def organisations(
    text: str,
    mentions: list[NameSpan],
    regions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    morphology: Morphology,
) -> list[NameSpan]:
    """Known organisations added, then each organisation with its place adjective."""
    mentions = known_organisations(text, mentions, regions, gazetteer, morphology)
    return with_place_adjective(text, mentions, gazetteer)


def names_without_adjective(
    text: str, spans: list[NameSpan], gazetteer: Gazetteer
) -> list[NameSpan]:
    """The place adjective a mention takes in stays in its name where it makes it
    another organisation ("Японский МИД", the gazetteer's "МИД" being Russia's) or
    says whose a body every country has is ("Американское министерство иностранных
    дел"); else the organisation is called by its own name ("BSkyB" of "британской
    BSkyB", "Минсельхоз" of "российского Минсельхоза")."""
    out = []
    for span in spans:
        first = ADJECTIVE_AT.match(text, span.start, span.end) if span.type == ORG else None
        _, _, rest = span.name.partition(" ")
        if (
            first
            and rest
            and not says_whose(gazetteer, span.name, rest)
            and gazetteer.is_place_adjective(first[1])
        ):
            span = replace(span, name=rest)
        out.append(span)
    return out


def says_whose(gazetteer: Gazetteer, name: str, rest: str) -> bool:
    """The adjective before `rest` makes it another organisation, or says which
    country's body it is: `rest` is known to the gazetteer only as a country's body."""
    known = gazetteer.organisation(rest)
    if known != gazetteer.organisation(name):
        return True
    return known is None and fold_key(rest) in gazetteer.body_names
