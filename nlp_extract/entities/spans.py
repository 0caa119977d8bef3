"""Entity mentions while they are being found: spans of the text with a type and names.

`NameSpan` is the working record of the entity steps; the output's `schema.Mention`
is made from it only when entities are built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..overlap import SpanIndex
from ..tokens import Token

if TYPE_CHECKING:
    from ..tagging import NERTagger


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    type: str
    name: str = ""  # nominative name of the mention itself: what groups mentions
    full_name: str = ""  # nominative name with its descriptor ("Агентство «Узатом»"), if any
    # The span the canonical name is made from: wider than the mention when a
    # descriptor stands before a quoted name ("Агентства «Узатом»").
    name_start: int = -1
    name_end: int = -1

    def __post_init__(self) -> None:
        if self.name_start < 0:
            object.__setattr__(self, "name_start", self.start)
            object.__setattr__(self, "name_end", self.end)

    @property
    def has_descriptor(self) -> bool:
        return (self.name_start, self.name_end) != (self.start, self.end)


def by_position(spans: list[NameSpan]) -> list[NameSpan]:
    return sorted(spans, key=lambda m: (m.start, m.end))


def ner_spans(ner: NERTagger, blocks: Sequence[Sequence[Token]]) -> list[NameSpan]:
    """natasha's NER over token blocks (offsets are the tokens' own, into the whole text)."""
    return [NameSpan(start, end, kind) for spans in ner(blocks) for start, end, kind in spans]


# words as propagation and the gazetteer compare them: letters, digits and inner hyphens
WORD = re.compile(r"(?<![\w-])[\w][\w-]*")


def overlay(mentions: list[NameSpan], preferred: list[NameSpan]) -> list[NameSpan]:
    """Preferred mentions replace any they overlap."""
    index = SpanIndex([(p.start, p.end) for p in preferred])
    kept = [m for m in mentions if not index.overlapping(m.start, m.end)]
    return by_position(kept + preferred)
