"""naeval's factru NER metric (token-level IO tags over razdel tokens) and exact span match.

Re-implemented from naeval's published definition; `factru.py --pred-out` writes
predictions that ../shared/tools/score_ner.py scores too, to cross-check.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from razdel import tokenize

TYPES = ("PER", "LOC", "ORG")
Span = tuple[str, int, int]


@dataclass
class Counts:
    pred: int = 0
    gold: int = 0
    correct: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / self.pred if self.pred else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    naeval: dict[str, Counts]
    exact: dict[str, Counts]


def new_scores() -> Scores:
    return Scores({t: Counts() for t in TYPES}, {t: Counts() for t in TYPES})


def io_tags(starts: list[int], stops: list[int], spans: Iterable[Span], type: str) -> list[bool]:
    tags = [False] * len(starts)
    for span_type, start, end in spans:
        if span_type != type:
            continue
        index = bisect_left(starts, start)
        while index < len(starts) and stops[index] <= end:
            tags[index] = True
            index += 1
    return tags


def add_document(scores: Scores, text: str, gold: list[Span], pred: list[Span]) -> None:
    """Accumulate one document's counts under both metrics."""
    tokens = list(tokenize(text))
    starts = [t.start for t in tokens]
    stops = [t.stop for t in tokens]
    start_set, stop_set = set(starts), set(stops)

    def aligned(spans: list[Span]) -> list[Span]:
        return [s for s in spans if s[1] in start_set and s[2] in stop_set]

    gold_aligned, pred_aligned = aligned(gold), aligned(pred)
    for type in TYPES:
        gold_tags = io_tags(starts, stops, gold_aligned, type)
        pred_tags = io_tags(starts, stops, pred_aligned, type)
        counts = scores.naeval[type]
        counts.gold += sum(gold_tags)
        counts.pred += sum(pred_tags)
        counts.correct += sum(g and p for g, p in zip(gold_tags, pred_tags))
        gold_set = {s for s in gold if s[0] == type}
        pred_set = {s for s in pred if s[0] == type}
        exact = scores.exact[type]
        exact.gold += len(gold_set)
        exact.pred += len(pred_set)
        exact.correct += len(gold_set & pred_set)
