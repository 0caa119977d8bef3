"""Overlapping spans: which of them win, and which overlap a given one."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def leftmost_longest(items: Sequence[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Of overlapping items, the one starting first (the longest of those) wins."""
    kept: list[T] = []
    last_end = -1
    for item in sorted(items, key=lambda item: (span(item)[0], -span(item)[1])):
        start, end = span(item)
        if kept and start < last_end:
            continue
        kept.append(item)
        last_end = end
    return kept


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
