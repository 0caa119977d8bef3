"""Paragraphs, sentences and quotation marks as the quote rules read them.

A direct quote runs over sentences, so sentences here never end inside quotation
marks: a paragraph (the regions between two line breaks) is cut at a full stop, a `!`,
`?` or `…` before a capital, a quotation mark or a dash, outside any «…».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..tokens import Region

OPEN = "«„“"
CLOSE = {"«": "»", "„": "“", "“": "”"}
END = re.compile(r"[.!?…]+[»”\"]?\s+(?=[«\"„“—–A-ZА-ЯЁ0-9])")
WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph: its span and the paragraph's."""

    start: int
    end: int
    paragraph: tuple[int, int]


def paragraphs(text: str, regions: Sequence[Region]) -> list[tuple[int, int]]:
    """The content regions joined into paragraphs: runs with no line break between."""
    found: list[tuple[int, int]] = []
    for start, end in regions:
        if found and "\n" not in text[found[-1][1] : start]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The outermost quoted spans of text[start:end], marks included: «…» with «…» or
    „…“ inside, „…“, “…” and straight "…" on one line."""
    found: list[tuple[int, int]] = []
    i = start
    while i < end:
        char = text[i]
        if char in OPEN or char == '"':
            close = closing(text, i, end)
            if close is not None:
                found.append((i, close + 1))
                i = close + 1
                continue
        i += 1
    return found


def closing(text: str, at: int, end: int) -> int | None:
    """The offset of the mark that closes the one at `at`, or None."""
    opening = text[at]
    if opening == '"':
        close = text.find('"', at + 1, end)
        return close if close > 0 and "\n" not in text[at:close] else None
    shut = CLOSE[opening]
    depth = 0
    for i in range(at, end):
        if text[i] == opening:
            depth += 1
        elif text[i] == shut:
            depth -= 1
            if depth == 0:
                return i
    return None


def sentences(text: str, paragraph: tuple[int, int]) -> list[Sentence]:
    """The sentences of a paragraph, never cut inside quotation marks."""
    start, end = paragraph
    inside = marks(text, start, end)
    cuts = [start]
    for match in END.finditer(text, start, end):
        cut = match.end()
        if not any(a < cut - 1 < b - 1 for a, b in inside) and not initial(text, match.start()):
            cuts.append(cut)
    cuts.append(end)
    return [Sentence(a, trimmed_end(text, a, b), paragraph) for a, b in pairwise(cuts) if b > a]


def initial(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an initial ("Н. Кан"), not a sentence."""
    return (
        stop >= 1
        and text[stop - 1].isupper()
        and (stop == 1 or not text[stop - 2].isalnum())
        and text[stop + 1 : stop + 3].strip()[:1].isupper()
    )


def trimmed_end(text: str, start: int, end: int) -> int:
    """The end of a span without the spaces after it."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of text[start:end]."""
    return list(WORD.finditer(text, start, end))


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces, commas, dashes and the final stop around it."""
    while start < end and (text[start].isspace() or text[start] in ",—–-:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",—–-.;:"):
        end -= 1
    return start, end
