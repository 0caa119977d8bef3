"""Span repairs on natasha's NER output, as general rules over character spans.

- split: one span over a list or a bracketed alias ("Ши Тао (Shi Tao)",
  "Йемен • Замбия") becomes one mention per name;
- trim: stray punctuation, bullets and unbalanced brackets at the edges;
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


TITLE_THEN_NAME = re.compile(r"(\S+)\s+(?=[A-ZА-ЯЁ])")
# "Шестидесятивосьмилетняя", "45-летний": an adjective of age
AGE = re.compile(r"[а-яё\d-]+летн(?:ий|яя|ее|его|ей|юю|им|ем|ие|их|ими|ему)")


def opening_word(text: str, mention: NameSpan) -> re.Match[str] | None:
    """A person's mention's first word, when a capitalised one follows it."""
    return TITLE_THEN_NAME.match(text, mention.start, mention.end) if mention.type == PER else None


def after_word(mention: NameSpan, word: re.Match[str]) -> NameSpan:
    """The mention from after its first word on."""
    name_start = word.end() if mention.name_start == mention.start else mention.name_start
    return replace(mention, start=word.end(), name_start=name_start)


# the letters a surname's case forms share ("адвока" of "Адвокат", "Адвоката")
STEM = 6


def title_off(
    text: str, mentions: Iterable[NameSpan], is_title: Callable[[str], bool]
) -> list[NameSpan]:
    """NER takes a capitalised title into the name ("Император Акихито", "Принц
    Чарльз"): a PER mention that opens with a position word before a capitalised
    word starts after it, so the title is read as the person's role; a person that is
    such a word alone, or an organisation or place that is one opening a sentence, is
    none."""
    mentions = list(mentions)
    # a post that is a surname of the text ("Дик Адвокат" … "Адвоката") stays a name
    surnames = {
        words[-1].lower()[:STEM]
        for m in mentions
        if m.type == PER and len(words := text[m.start : m.end].split()) > 1
    }
    out = []
    for mention in mentions:
        word = text[mention.start : mention.end]
        if (
            mention.type != PER
            and " " not in word
            and SENTENCE_START.search(text, max(0, mention.start - 3), mention.start)
            and is_title(word)
        ):
            continue  # a post that opens a sentence is no organisation: "Замглавы …"
        if mention.type == PER and " " not in word and is_title(word):
            if word.lower()[:STEM] not in surnames:
                continue  # a post alone is no name: "напомнил Папа" (the role finds him)
        found = opening_word(text, mention)
        if found and is_title(found.group(1)):
            mention = after_word(mention, found)
        out.append(mention)
    return out


def address_off(
    text: str, mentions: Iterable[NameSpan], is_address: Callable[[str], bool]
) -> list[NameSpan]:
    """A person's mention that opens with a form of address before a capitalised word
    starts after it ("сэр Алекс Фергюсон", "господина Лесина"), as NEREL writes names; a
    word of address alone stays what it is (the surname "Сеньор", a shop «Мадам»)."""
    return opening_off(text, mentions, lambda word, _: is_address(word))


# what may stand before the first word of a sentence
SENTENCE_START = re.compile(rf"(?:^|[.!?…]\s*|\n\s*|[—–-]\s+|[{OPENING_QUOTES}\"]\s*)$")


def common_word_off(
    text: str, mentions: Iterable[NameSpan], is_common: Callable[[str], bool]
) -> list[NameSpan]:
    """A sentence's capitalised first word is no part of the name NER joins it to
    ("Предшественник Кравцов", "Поп-звезда Мадонна"): a PER mention that opens a
    sentence with a common noun or adjective of the dictionary, or a compound of age the
    dictionary lacks ("Шестидесятивосьмилетняя Руссефф"), starts after it."""
    return opening_off(
        text,
        mentions,
        lambda word, mention: (
            SENTENCE_START.search(text, max(0, mention.start - 3), mention.start) is not None
            and (is_common(word) or AGE.fullmatch(word.lower()) is not None)
        ),
    )


def opening_off(
    text: str, mentions: Iterable[NameSpan], is_off: Callable[[str, NameSpan], bool]
) -> list[NameSpan]:
    """Each person's mention from after its opening word on, where `is_off` tells that
    word (and the mention) is no part of the name."""
    out = []
    for mention in mentions:
        found = opening_word(text, mention)
        if found and is_off(found.group(1), mention):
            mention = after_word(mention, found)
        out.append(mention)
    return out


def organisation_off(
    text: str, mentions: Iterable[NameSpan], is_organisation: Callable[[str], bool]
) -> list[NameSpan]:
    """NER runs an organisation into the person after it ("оператор Аль-Джазиры Сами
    аль-Хадж", "лидера Аль-Кайды Усамы бин Ладена"): a PER mention of three words or
    more whose first word the dictionary knows as an organisation's name is two."""
    out = []
    for mention in mentions:
        found = opening_word(text, mention)
        rest = text[found.end() : mention.end].split() if found else []
        if found and len(rest) >= 2 and is_organisation(found.group(1)):
            out.append(NameSpan(mention.start, mention.start + len(found.group(1)), ORG))
            mention = replace(mention, start=found.end(), name_start=found.end())
        out.append(mention)
    return out


def repair(text: str, mentions: Iterable[NameSpan], lemma: Callable[[str], str]) -> list[NameSpan]:
    """All span repairs, in order; the result is sorted and free of empty or duplicate spans."""
    repaired: dict[tuple[int, int], NameSpan] = {}
    for piece in split(text, mentions):
        piece = balance_quotes(text, trim(text, piece))
        if piece.end <= piece.start:
            continue
        piece = name_in_quotes(text, piece)
        if not is_name(text, piece):
            continue
        piece = descriptor_before(text, piece, lemma)
        repaired.setdefault((piece.start, piece.end), piece)
    return by_position(list(repaired.values()))
