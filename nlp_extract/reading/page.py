"""News-page dumps: the metadata line, the title, and which parts of the text carry content.

Scraped pages repeat themselves (a lead, then the body, then the body again
split into paragraphs) and mix in timestamps and tag lines. We keep offsets
into the full text but extract only from *content regions*: the first copy of
every sentence, minus metadata, timestamp and tag lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from razdel import sentenize

META_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(\S+))?\s*$")
URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
# "2026-02-19T13:41+0500", "13:41 19.02.2026 (обновлено: 14:53 19.02.2026)"
TIMESTAMP_LINE = re.compile(
    r"^\s*(?:\d{4}-\d{2}-\d{2}T\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{4}(?:\s*\([^)]*\))?)\s*$"
)
# Rubric/tag lines: a few lower-case words, no sentence punctuation or digits.
TAG_LINE = re.compile(r"^\s*[а-яёa-z][а-яёa-z\- ]{0,40}\s*$")
# An opening dateline: "ТАШКЕНТ, 19 фев — Sputnik.", "МОСКВА, 3 мар 2025 — РИА Новости.",
# "ЕКАТЕРИНБУРГ, 15 сент.": its city and agency are entities, its date may be the reference.
DATELINE = re.compile(
    r"^[ \t]*(?P<city>[А-ЯЁ][А-ЯЁ-]+(?:[ -][А-ЯЁ][А-ЯЁ-]+)*)"
    r"(?:\s*\([^)\n]{1,40}\))?,[ \t]+\d{1,2}[ \t]+[а-яё]{3,8}\.?(?:[ \t]+\d{4}(?:[ \t]*г(?:ода|\.)?)?)?"
    r"(?:[ \t]*[—–-][ \t]*(?P<agency>[^.\n—–]{2,40}?))?\.",
)
# Shorter sentences repeat legitimately ("Об этом сообщает ТАСС."); a whole line
# repeated verbatim ("ТАШКЕНТ, 19 фев — Sputnik.") is page furniture from this length on.
MIN_REPEAT_CHARS = 40
MIN_REPEAT_LINE_CHARS = 20
# Substring search over the kept text is quadratic; past this size only exact
# sentence repeats are dropped.
SUBSTRING_SEARCH_LIMIT = 200_000


@dataclass
class Page:
    date: str | None = None
    url: str | None = None
    title: str | None = None
    regions: list[tuple[int, int]] = field(default_factory=list)
    date_source: str | None = None  # metadata (a page's head or the metadata line), timestamp


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    for match in re.finditer(r"[^\r\n]*", text):
        if match.start() == match.end() and match.start() > 0 and text[match.start() - 1] in "\r\n":
            continue
        yield match.start(), match.end()


def squash(text: str) -> str:
    return " ".join(text.split())


def is_boilerplate(line: str) -> bool:
    return bool(TIMESTAMP_LINE.match(line) or URL_LINE.match(line) or TAG_LINE.match(line))


# Scraped pages lose the space between paragraphs: "…(Узатом).Кроме того, …"; a
# given name's abbreviation of two consonants is no sentence end ("Дж.Буш"), a unit's
# after a number is ("500 Вт.Кроме того").
GLUED = re.compile(
    r"(?<=[a-zа-яё)»\"][.!?])"
    r"(?:(?<!\b[БВГДЖЗЙКЛМНПРСТФХЦЧШЩ][бвгджзйклмнпрстфхцчшщ]\.)|(?<=\d\s\w\w\.))(?=[А-ЯЁ])"
)


@dataclass
class Piece:
    start: int
    stop: int
    text: str


def split_glued(sentences: Iterable[Any]) -> Iterator[Piece]:
    """razdel's sentences, cut again where a sentence end runs into the next capital."""
    for sentence in sentences:
        start = 0
        for match in GLUED.finditer(sentence.text):
            yield Piece(
                sentence.start + start,
                sentence.start + match.start(),
                sentence.text[start : match.start()],
            )
            start = match.start()
        yield Piece(sentence.start + start, sentence.stop, sentence.text[start:])


# A "sentence" longer than this (a list or table dump with no full stops) is cut at
# spaces: the models' working memory grows with the longest sentence they are given.
MAX_SENTENCE_CHARS = 2000


def bounded(pieces: Iterable[Piece]) -> Iterator[Piece]:
    """Pieces of at most MAX_SENTENCE_CHARS, cut at the last space before the limit."""
    for piece in pieces:
        text, start = piece.text, 0
        while len(text) - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            yield Piece(piece.start + start, piece.start + cut, text[start:cut])
            start = cut
            while start < len(text) and text[start].isspace():
                start += 1
        yield Piece(piece.start + start, piece.stop, text[start:])


def timestamp_date(line: str) -> str | None:
    """The day of a publication timestamp line, as YYYY-MM-DD."""
    iso = re.search(r"(\d{4})-(\d{2})-(\d{2})T", line)
    if iso:
        return "-".join(iso.groups())
    dotted = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", line)
    if dotted and TIMESTAMP_LINE.match(line):
        day, month, year = dotted.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


def parse_page(text: str) -> Page:
    """Find metadata and the content regions of a (possibly scraped) news text."""
    page = Page()
    seen: set[str] = set()
    seen_lines: set[str] = set()
    kept: list[str] = []
    search_kept = len(text) <= SUBSTRING_SEARCH_LIMIT
    first_line = True
    for start, end in lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        if first_line:
            first_line = False
            match = META_LINE.match(line)
            if match:
                page.date, page.url = match.group(1), match.group(2)
                page.date_source = "metadata" if page.date else None
                continue
        if is_boilerplate(line):
            if page.date is None and (stamp := timestamp_date(line)):
                page.date, page.date_source = stamp, "timestamp"
            continue
        if page.date and page.title is None:
            page.title = line.strip()
        whole = squash(line)
        if len(whole) >= MIN_REPEAT_LINE_CHARS and (
            whole in seen_lines or (search_kept and any(whole in chunk for chunk in kept))
        ):
            continue  # a dateline or lead printed twice
        seen_lines.add(whole)
        for sentence in bounded(split_glued(sentenize(line))):
            key = squash(sentence.text)
            if len(key) >= MIN_REPEAT_CHARS:
                if key in seen or (search_kept and any(key in chunk for chunk in kept)):
                    continue
                seen.add(key)
            page.regions.append((start + sentence.start, start + sentence.stop))
        if search_kept:
            kept.append(squash(line))
    return page


# natasha's NER decides a capitalised sentence-initial word from its context:
# tagging whole stretches of adjacent content recovers "Путин также подпишет …".
MAX_BLOCK_CHARS = 2000


def blocks(text: str, regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent content regions (only white space between them) merged, up to a size."""
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged:
            last_start, last_end = merged[-1]
            if not text[last_end:start].strip() and end - last_start <= MAX_BLOCK_CHARS:
                merged[-1] = (last_start, end)
                continue
        merged.append((start, end))
    return merged
