"""Organisation mentions NER missed or cut short: known names in any case."""

from __future__ import annotations

from collections.abc import Iterable

from ..constants import ORG
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


def organisations(
    text: str,
    mentions: list[NameSpan],
    regions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    morphology: Morphology,
) -> list[NameSpan]:
    """Known organisations added where NER missed them."""
    return known_organisations(text, mentions, regions, gazetteer, morphology)
