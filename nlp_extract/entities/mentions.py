"""Entity mentions from natasha's NER, with their tokens and nominative names."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..tokens import Token


@dataclass
class Mention:
    start: int
    end: int
    type: str
    tokens: list[Token] = field(default_factory=list)
    name: str = ""  # nominative name of the mention itself: what groups mentions
    full_name: str = ""  # nominative name with its descriptor ("Агентство «Узатом»"), if any
    # The span the canonical name is made from: wider than the mention when a
    # descriptor stands before a quoted name ("Агентства «Узатом»").
    name_start: int = -1
    name_end: int = -1

    def __post_init__(self) -> None:
        if self.name_start < 0:
            self.name_start, self.name_end = self.start, self.end

    @property
    def own_tokens(self) -> list[Token]:
        return [t for t in self.tokens if self.start <= t.start and t.end <= self.end]


def tag_ner(ner: Any, text: str, regions: Sequence[tuple[int, int]]) -> list[Mention]:
    """natasha NER over every content region, batched, offsets into the whole text."""
    from razdel import tokenize

    tokens = [list(tokenize(text[start:end])) for start, end in regions]
    mentions = []
    for (offset, _), spans in zip(regions, ner(tokens)):
        for span in spans:
            mentions.append(Mention(offset + span.start, offset + span.stop, span.type))
    return mentions


def attach_tokens(mentions: Sequence[Mention], sentences: Sequence[Sequence[Token]]) -> None:
    """Give each mention the tagged tokens of its name span."""
    tokens = [token for sentence in sentences for token in sentence]
    starts = [token.start for token in tokens]

    for mention in mentions:
        index = bisect_left(starts, mention.name_start)
        covered = []
        while index < len(tokens) and tokens[index].end <= mention.name_end:
            covered.append(tokens[index])
            index += 1
        mention.tokens = covered


class SpanIndex:
    """Sorted spans with bisection lookups: overlap tests stay fast on long texts."""

    # spans nest a few levels deep at most; looking this far back finds every one
    LOOKBACK = 8

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        index = bisect_left(self.starts, end) - 1
        found = []
        for position in range(index, max(index - self.LOOKBACK, -1), -1):
            span = self.spans[position]
            if span[1] > start:
                found.append(span)
        return found
