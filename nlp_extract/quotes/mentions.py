"""The mentions a quote's speaker is looked for among: a text's people,
organisations and places in text order, outside quotation marks (a name said in a
quote is no speaker)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..constants import LOC, ORG, PER
from ..lexicon.speakers import SOURCES
from ..schema import Entity

# how many mentions back a pronoun or a title looks for its person
LOOKBACK = 200


@dataclass(frozen=True)
class Named:
    """A mention of an entity."""

    start: int
    end: int
    entity: Entity


class Mentions:
    """The mentions of a text's entities, in text order, and the spans inside quotation
    marks."""

    def __init__(self, entities: Sequence[Entity], quoted: Sequence[tuple[int, int]]) -> None:
        self.quoted = sorted(quoted)
        self.quote_starts = [start for start, _ in self.quoted]
        self.mentions = sorted(
            (
                Named(m.start, m.end, entity)
                for entity in entities
                if entity.type in (PER, ORG, LOC) and entity.name.lower() not in SOURCES
                for m in entity.mentions
            ),
            key=lambda named: named.start,
        )
        self.starts = [named.start for named in self.mentions]

    def within(self, start: int, end: int) -> list[Named]:
        """The mentions that overlap text[start:end], outside quotation marks."""
        first = max(bisect_left(self.starts, start) - 1, 0)
        found = []
        for number in range(first, len(self.mentions)):
            named = self.mentions[number]
            if named.start >= end:
                break
            if named.end > start and not self.in_quotes(named.start):
                found.append(named)
        return found

    def first_person_end(self, start: int, end: int) -> int | None:
        """Where the first person named in text[start:end] ends, if one is."""
        return next((m.end for m in self.within(start, end) if m.entity.type == PER), None)

    def before(self, offset: int) -> Iterator[Named]:
        """The mentions before an offset and outside quotation marks, the nearest first,
        as far back as LOOKBACK mentions."""
        last = bisect_left(self.starts, offset) - 1
        for number in range(last, max(last - LOOKBACK, -1), -1):
            named = self.mentions[number]
            if not self.in_quotes(named.start):
                yield named

    def in_quotes(self, offset: int) -> bool:
        at = bisect_left(self.quote_starts, offset) - 1
        return at >= 0 and offset < self.quoted[at][1]
