"""Span repairs on natasha's NER output, as general rules over character spans.

- split: one span over a list or a bracketed alias ("Ши Тао (Shi Tao)",
  "Йемен • Замбия") becomes one mention per name;
- trim: stray punctuation, bullets and unbalanced brackets at the edges; a place
  cut where the matter of the body before it begins ("США | по патентам");
- quotes: a span that opens a quote closes it ("Агентства "Узатом" → …"Узатом"");
- descriptors: in "Агентства «Узатом»" the mention is the name «Узатом» (as in
  factRuEval's org_name) while the canonical name keeps the descriptor;
- drop: numbers, Roman numerals and bare legal forms are never entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..constants import (
    CLOSING_QUOTES,
    DOUBLE_QUOTES,
    LOC,
    OPENING_QUOTES,
    ORG,
    PER,
    STRAIGHT_QUOTES,
)
from ..lexicon.organisations import DESCRIPTORS, LEGAL_FORMS, NOT_NAMES
from .dependents import PREPOSITION
from .spans import NameSpan, by_position

# Split points inside one NER span: list bullets, semicolons, line breaks, and for
# people and places also commas ("Овечкин, Фёдоров").
SEPARATORS = {PER: r"[•·;|\n\r,]", LOC: r"[•·;|\n\r,]", ORG: r"[•·;|\n\r]"}
EDGE_JUNK = " \t\r\n-–—•·,.;:!?/\\*+=_"
ROMAN_OR_NUMBER = re.compile(r"^(?:[IVXLCDM]+|\d[\d.,]*)(?:\s*[-–—]\s*(?:[IVXLCDM]+|\d[\d.,]*))?$")
INITIAL_END = re.compile(r"(?:^|[\s.])[A-ZА-ЯЁ]\.$")


def split(text: str, mentions: Iterable[NameSpan]) -> Iterator[NameSpan]:
    """One mention per name: cut at list separators and around bracketed aliases."""
    for mention in mentions:
        pattern = SEPARATORS.get(mention.type, r"[•·;|\n\r]") + r"|[()\[\]]"
        start = mention.start
        for match in re.finditer(pattern, text[mention.start : mention.end]):
            cut = mention.start + match.start()
            yield NameSpan(start, cut, mention.type)
            start = cut + 1
        yield NameSpan(start, mention.end, mention.type)


# what a body deals with, written small after one of its prepositions: "по патентам"
MATTER = re.compile(PREPOSITION.pattern + "[а-яё]")


def place_without_matter(text: str, mention: NameSpan) -> NameSpan:
    """A place ends where the matter of the body before it begins: natasha reads
    "Бюро США по патентам и товарным знакам" as "Бюро" and a place "США по патентам
    …", which is the bureau's name going on past its country."""
    found = MATTER.search(text, mention.start, mention.end) if mention.type == LOC else None
    return replace(mention, end=found.start()) if found else mention


def is_edge_junk(char: str) -> bool:
    """Punctuation, space, or a character that prints nothing (a control such as ESC,
    which razdel leaves glued to the word before it: "ТАСС\x1b")."""
    return char in EDGE_JUNK or char.isspace() or not char.isprintable()


def trim(text: str, mention: NameSpan) -> NameSpan:
    """Strip junk and any space (no-break too) from both edges; keep the dot of a trailing initial ("А. С. Пушкин" → "С.")."""
    start, end = mention.start, mention.end
    while start < end and is_edge_junk(text[start]):
        start += 1
    while start < end and is_edge_junk(text[end - 1]):
        if text[end - 1] == "." and INITIAL_END.search(text[start:end]):
            break
        end -= 1
    return NameSpan(start, end, mention.type)


def quote_balance(text: str) -> int:
    """Positive when quotes open more than they close."""
    opened = sum(text.count(q) for q in OPENING_QUOTES if q not in CLOSING_QUOTES)
    closed = sum(text.count(q) for q in CLOSING_QUOTES if q not in OPENING_QUOTES)
    straight = sum(text.count(q) for q in STRAIGHT_QUOTES) % 2
    return opened - closed + straight


# A quoted name: an opening quote, the name, its closing quote. Straight quotes do both.
QUOTE_OPENS = f'[{OPENING_QUOTES}"]'
QUOTE_CLOSES = f'[{CLOSING_QUOTES}"]'
NOT_A_QUOTE = f"[^{DOUBLE_QUOTES}]"


def balance_quotes(text: str, mention: NameSpan, reach: int = 60) -> NameSpan:
    """Close an opened quote if the closing one follows within the same phrase, else drop it."""
    start, end = mention.start, mention.end
    if quote_balance(text[start:end]) > 0:
        tail = re.match(rf"[^\n\r{DOUBLE_QUOTES}.!?;]{{0,{reach}}}?{QUOTE_CLOSES}", text[end:])
        if tail:
            end += tail.end()
        else:
            while start < end and (text[start] in OPENING_QUOTES + STRAIGHT_QUOTES):
                start += 1
            cut = max(text.rfind(q, start, end) for q in OPENING_QUOTES + STRAIGHT_QUOTES)
            if cut >= start:
                end = cut
    elif (
        quote_balance(text[start:end]) < 0
        and start
        and text[start - 1] in OPENING_QUOTES + STRAIGHT_QUOTES
    ):
        start -= 1
    return trim(text, NameSpan(start, end, mention.type))


QUOTED_END = re.compile(rf"{QUOTE_OPENS}({NOT_A_QUOTE}+){QUOTE_CLOSES}\s*$")
DESCRIPTOR_THEN_QUOTE = re.compile(rf"([А-ЯЁа-яёA-Za-z-]+)\s*{QUOTE_OPENS}$")


def name_in_quotes(text: str, mention: NameSpan) -> NameSpan:
    """ "ОАО «Газпром»": the mention is the quoted name, the canonical span keeps the descriptor."""
    found = QUOTED_END.search(text, mention.start, mention.end)
    if mention.type != ORG or not found:
        return mention
    return NameSpan(
        found.start(1),
        found.end(1),
        mention.type,
        name_start=mention.start,
        name_end=mention.end,
    )


def descriptor_before(text: str, mention: NameSpan, lemma: Callable[[str], str]) -> NameSpan:
    """Widen the canonical span over a descriptor before a quoted name ("госкорпорации
    «Росатом»"); a quoted place after one is the organisation's name ("агентства «Москва»")."""
    if mention.type not in (ORG, LOC) or mention.has_descriptor:
        return mention
    window = max(0, mention.start - 40)
    found = DESCRIPTOR_THEN_QUOTE.search(text, window, mention.start)
    closing = text[mention.end : mention.end + 1]
    if (
        found
        and closing
        and closing in CLOSING_QUOTES + '"'
        and lemma(found.group(1)) in DESCRIPTORS
    ):
        return replace(mention, type=ORG, name_start=found.start(1), name_end=mention.end + 1)
    return mention


def is_name(text: str, mention: NameSpan) -> bool:
    """Drop numbers, Roman numerals, bare legal forms and common nouns, and people
    whose names have digits ("Формулы-1"). A name of one letter counts only in quote
    marks, where it is written as one: «Ъ» (Коммерсантъ), "U2"."""
    surface = text[mention.start : mention.end]
    letters = 1 if quoted(text, mention) else 2
    if not re.search(rf"[A-Za-zА-ЯЁа-яё]{{{letters}}}", surface) or ROMAN_OR_NUMBER.match(surface):
        return False
    if mention.type == PER and re.search(r"\d", surface):
        return False
    words = surface.lower().split()
    return not all(word in LEGAL_FORMS or word in NOT_NAMES for word in words)


def quoted(text: str, mention: NameSpan) -> bool:
    """The mention is all a pair of quote marks holds."""
    return (
        mention.start > 0
        and text[mention.start - 1] in OPENING_QUOTES + STRAIGHT_QUOTES
        and text[mention.end : mention.end + 1] in tuple(CLOSING_QUOTES + STRAIGHT_QUOTES)
        and mention.end < len(text)
    )


def repair(text: str, mentions: Iterable[NameSpan], lemma: Callable[[str], str]) -> list[NameSpan]:
    """All span repairs, in order; the result is sorted and free of empty or duplicate spans."""
    repaired: dict[tuple[int, int], NameSpan] = {}
    for piece in split(text, mentions):
        piece = balance_quotes(text, place_without_matter(text, trim(text, piece)))
        if piece.end <= piece.start:
            continue
        piece = name_in_quotes(text, piece)
        if not is_name(text, piece):
            continue
        piece = descriptor_before(text, piece, lemma)
        repaired.setdefault((piece.start, piece.end), piece)
    return by_position(list(repaired.values()))
