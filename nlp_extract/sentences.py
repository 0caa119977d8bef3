"""What lies in each content region: mentions, entities and dates, found by bisection.

Facts are read sentence by sentence; indexing once keeps a 5 MB text linear.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from .entities.spans import NameSpan
from .schema import DateMention, Entity


class SentenceIndex:
    def __init__(
        self,
        regions: Sequence[tuple[int, int]],
        mentions: Sequence[NameSpan] = (),
        entities: Sequence[Entity] = (),
        dates: Sequence[DateMention] = (),
    ) -> None:
        self.regions = list(regions)
        self.starts = [start for start, _ in self.regions]
        self.mentions: dict[int, list[NameSpan]] = defaultdict(list)
        for mention in mentions:
            self.mentions[self.index(mention.start)].append(mention)
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
        return max(bisect_right(self.starts, offset) - 1, 0)
