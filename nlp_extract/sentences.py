"""Sentences as the rules read them.

A chunk's rules (roles, meetings, agreements) read one `TaggedSentence` at a time: its
tokens with morphology and the mentions in it. The document's facts read a
`SentenceIndex`: each content region's entities and dates, found by bisection, so a
5 MB text stays linear.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .entities.spans import NameSpan
from .morphology import Morphology
from .schema import DateMention, Entity
from .tokens import Region, Token


@dataclass(frozen=True)
class TaggedSentence:
    """One content region read: its morph-tagged tokens and its mentions in text order."""

    region: int  # the region's number in the page
    tokens: list[Token]
    mentions: list[NameSpan]
    morphology: Morphology


def region_of(starts: Sequence[int], offset: int) -> int:
    """The region an offset lies in (the one before it, between regions)."""
    return max(bisect_right(starts, offset) - 1, 0)


def mentions_by_region(
    regions: Sequence[Region], mentions: Sequence[NameSpan]
) -> dict[int, list[NameSpan]]:
    """Each region's mentions, in the order given; regions with none are left out."""
    starts = [start for start, _ in regions]
    found: dict[int, list[NameSpan]] = defaultdict(list)
    for mention in mentions:
        found[region_of(starts, mention.start)].append(mention)
    return found


def name_token(sentence: Sequence[Token], mention: NameSpan) -> int | None:
    """The index of a mention's first token in its sentence."""
    return next((i for i, token in enumerate(sentence) if token.start >= mention.start), None)


def mention_at(mentions: Sequence[NameSpan], token: Token) -> NameSpan | None:
    """The mention whose name covers the token ("Агентства" in "Агентства «Узатом»" too)."""
    return next((m for m in mentions if m.name_start <= token.start < m.name_end), None)


class SentenceIndex:
    """The entities and dates of each content region of a document."""

    def __init__(
        self,
        regions: Sequence[Region],
        entities: Sequence[Entity],
        dates: Sequence[DateMention] = (),
    ) -> None:
        self.regions = list(regions)
        self.starts = [start for start, _ in self.regions]
        # region -> entities in order of their first mention there
        self.entities: dict[int, list[tuple[int, Entity]]] = defaultdict(list)
        for entity in entities:
            first: dict[int, int] = {}
            for record in entity.mentions:
                region = self.index(record.start)
                first[region] = min(first.get(region, record.start), record.start)
            for region, start in first.items():
                self.entities[region].append((start, entity))
        for present in self.entities.values():
            present.sort(key=lambda item: item[0])
        self.dates: dict[int, list[int]] = defaultdict(list)
        for number, item in enumerate(dates):
            self.dates[self.index(item.start)].append(number)

    def index(self, offset: int) -> int:
        """The region an offset lies in (the one before it, between regions)."""
        return region_of(self.starts, offset)
