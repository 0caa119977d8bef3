"""Organisation mentions NER missed or cut short: known names in any case, and the
place adjective before an organisation ("японского МИДа")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..constants import ORG
from ..lexicon.grammar import ADJECTIVE_ENDING
from ..morphology import Morphology
from ..overlap import SpanIndex
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
    inside it, stays as NER has it."""
    index = SpanIndex([(m.start, m.end) for m in mentions])
    types = {(m.start, m.end): m.type for m in mentions}
    found: list[NameSpan] = []
    replaced: set[tuple[int, int]] = set()
    for start, end in regions:
        for name_start, name_end in gazetteer.name_forms.find(text, start, end, morphology):
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


# a small-letter adjective right before a mention ("японского МИДа")
ADJECTIVE_BEFORE = re.compile(rf"(?<![\w-])([а-яё]+{ADJECTIVE_ENDING})[ \u00a0]$")
# the same adjective opening a mention
ADJECTIVE_AT = re.compile(rf"([а-яё]+{ADJECTIVE_ENDING})[ \u00a0]")
# how far back such an adjective may begin
ADJECTIVE_REACH = 30


def with_place_adjective(
    text: str, mentions: list[NameSpan], gazetteer: Gazetteer, morphology: Morphology
) -> list[NameSpan]:
    """An organisation's mention takes in the adjective of its country or city before it,
    as factRuEval and NEREL write such names: "японского МИДа", "российского
    Минсельхоза". Not before a quoted name: "московского «Спартака»" would be named
    "Московский «Спартака»", its quoted part kept as written."""
    out: list[NameSpan] = []
    for mention in mentions:
        found = (
            ADJECTIVE_BEFORE.search(text, max(0, mention.start - ADJECTIVE_REACH), mention.start)
            if mention.type == ORG and not mention.has_descriptor
            else None
        )
        if (
            found
            and (not out or out[-1].end <= found.start(1))
            and any(
                gazetteer.is_place_adjective(lemma) for lemma in morphology.lemmas(found.group(1))
            )
        ):
            mention = NameSpan(found.start(1), mention.end, ORG)
        out.append(mention)
    return out


def organisations(
    text: str,
    mentions: list[NameSpan],
    regions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    morphology: Morphology,
) -> list[NameSpan]:
    """Known organisations added, then each organisation with its place adjective."""
    mentions = known_organisations(text, mentions, regions, gazetteer, morphology)
    return with_place_adjective(text, mentions, gazetteer, morphology)


def names_without_adjective(
    text: str, spans: list[NameSpan], gazetteer: Gazetteer, morphology: Morphology
) -> list[NameSpan]:
    """The place adjective a mention takes in stays in its name only where it makes it
    another organisation ("Японский МИД", the gazetteer's "МИД" being Russia's); else
    the organisation is called by its own name ("BSkyB" of "британской BSkyB",
    "Минсельхоз" of "российского Минсельхоза")."""
    out = []
    for span in spans:
        first = ADJECTIVE_AT.match(text, span.start, span.end) if span.type == ORG else None
        _, _, rest = span.name.partition(" ")
        if (
            first
            and rest
            and gazetteer.organisation(rest) == gazetteer.organisation(span.name)
            and any(gazetteer.is_place_adjective(lemma) for lemma in morphology.lemmas(first[1]))
        ):
            span = replace(span, name=rest)
        out.append(span)
    return out
