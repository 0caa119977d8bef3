"""Paragraphs, sentences and quotation marks as the quote rules read them.

A direct quote runs over sentences, so sentences here never end inside quotation
marks: a paragraph (the regions between two line breaks) is cut at a full stop, a `!`,
`?` or `…` before a capital, a quotation mark or a dash, outside any «…».
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..tokens import Region

ANGLE = re.compile(r"[«»]")
OTHER = re.compile(r'„[^„“\n]*“|“[^“”\n]*”|"[^"\n]*"')
END = re.compile(r"[.!?…]+[»”\"]?\s+(?=[«\"„“—–A-ZА-ЯЁ0-9])")
WORD = re.compile(r"\w+(?:-\w+)*")
# a comma, a dash or a stop before a space: the words after it are no apposition's
BREAK = re.compile(r"[,;:!?()—–\n]|\.\s")
# "встретив", "выступая", "добавивши": a gerund opens a clause, not an apposition
GERUND = re.compile(r"[а-яё]+(?:в|вши|вшись|ясь|[^ь]я)")
# words that open a clause
OPENING = frozenset(
    {"а", "и", "но", "однако", "или", "что", "чтобы", "который", "которая", "которые", "когда"}
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph: its span and the paragraph's, and the paragraph before
    (what "Об этом сообщил X" opening a paragraph refers to)."""

    start: int
    end: int
    paragraph: tuple[int, int]
    previous: tuple[int, int] | None = None


# how far from a cue the rules read a sentence
WINDOW = 1000


def around(sentence: Sentence, at: int) -> Sentence:
    """The part of a sentence within WINDOW characters of an offset: a run-on "sentence"
    (a table or a list read as one) is read near each cue, so the rules stay linear."""
    start, end = max(sentence.start, at - WINDOW), min(sentence.end, at + WINDOW)
    return Sentence(start, end, sentence.paragraph, sentence.previous)


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
    „…“ inside, „…“, “…” and straight "…". One pass: a mark never closed is no quote."""
    pairs = []
    opened: list[int] = []
    for mark in ANGLE.finditer(text, start, end):
        if mark.group() == "«":
            opened.append(mark.start())
        elif opened:
            pairs.append((opened.pop(), mark.end()))
    pairs += [(m.start(), m.end()) for m in OTHER.finditer(text, start, end)]
    outer: list[tuple[int, int]] = []
    for a, b in sorted(pairs, key=lambda pair: (pair[0], -pair[1])):
        if not outer or a >= outer[-1][1]:  # not inside (or across) the one before
            outer.append((a, b))
    return outer


# a wiki link around words: "[http://… сообщается]", read as the words alone
LINK = re.compile(r"\[(?:https?://|www\.)[^\s\]]+[ \t]+([^\]\n]{1,200})\]")


# wiki italics and bold around words: "''«Я отдаю России свой статус иконы»''"
EMPHASIS = re.compile(r"(?<!')'{2,3}(?!')")


def unlinked(text: str) -> str:
    """The text with each wiki link's address and brackets as spaces, so that the words
    it links read as the sentence's ("…, [http://… сообщается] на сайте Рады"); offsets
    are the text's."""
    pieces, last = [], 0
    for link in LINK.finditer(text):
        pieces += [text[last : link.start()], " " * (link.start(1) - link.start())]
        pieces += [link.group(1), " "]
        last = link.end()
    return "".join([*pieces, text[last:]]) if pieces else text


def unemphasised(text: str) -> str:
    """The text with the marks of wiki italics and bold as spaces, so that a quote in
    them is one in quotation marks ("отмечает: ''«…»''"); offsets are the text's."""
    if "''" not in text:
        return text
    return EMPHASIS.sub(lambda mark: " " * len(mark.group()), text)


def sentences(
    text: str,
    paragraph: tuple[int, int],
    inside: Sequence[tuple[int, int]] | None = None,
    previous: tuple[int, int] | None = None,
) -> list[Sentence]:
    """The sentences of a paragraph, never cut inside its quotation marks (`inside`:
    its `marks`, in order); `previous` is the paragraph before."""
    start, end = paragraph
    inside = marks(text, start, end) if inside is None else inside
    opening = [a for a, _ in inside]
    cuts = [start]
    for match in END.finditer(text, start, end):
        cut = match.end()
        at = bisect_left(opening, cut - 1) - 1  # the last quote opened before the cut
        within = at >= 0 and cut - 1 < inside[at][1] - 1
        if not within and not initial(text, match.start()) and not cut_short(text, match):
            cuts.append(cut)
    cuts.append(end)
    return [
        Sentence(a, trimmed_end(text, a, b), paragraph, previous)
        for a, b in pairwise(cuts)
        if b > a
    ]


# words cut short before a number ("ч. 4 ст. 160 УК РФ", "п. 3", "т. 2") and "им."
# before a name: their stop ends no sentence
SHORT_BEFORE_NUMBER = frozenset({"ч", "ст", "п", "пп", "гл", "т", "стр", "рис", "см", "кв", "д"})
SHORT_WORD = re.compile(r"(?<![\w-])([а-яё]{1,3})$")
# whom a thing is named after: an initial or a name in the genitive ("М. В. Ломоносова")
NAMED_AFTER = re.compile(r"[А-ЯЁ]\.|[А-ЯЁ][а-яё-]*(?:а|я|ого|его)(?![\w-])")


def cut_short(text: str, stop: re.Match[str]) -> bool:
    """Whether a stop ends a word cut short, not a sentence."""
    word = SHORT_WORD.search(text, max(0, stop.start() - 4), stop.start())
    if word is None or stop.group() not in (". ", ".\xa0"):
        return False
    after = text[stop.end() : stop.end() + 1]
    if word.group(1) == "им":  # "им. Ломоносова", not the pronoun: "доверяет им. Переговоры"
        return NAMED_AFTER.match(text, stop.end()) is not None
    return word.group(1) in SHORT_BEFORE_NUMBER and after.isdigit()


def initial(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an initial ("Н. Кан"), not a sentence."""
    return (
        stop >= 1
        and text[stop - 1].isupper()
        and (stop == 1 or not text[stop - 2].isalnum())
        and text[stop + 1 : stop + 3].strip()[:1].isupper()
    )


# a stop that may end a sentence: before a space and a capital, a quote or a dash
STOP = re.compile(r"[.!?…]+\s+(?=[«\"„“—–A-ZА-ЯЁ])")


def previous_sentence(text: str, at: int, reach: int = 1000) -> int:
    """Where the sentence before the one `at` is in starts (a stop after an initial,
    "Д. Медведевым", ends none), as far back as `reach`."""
    low = max(0, at - reach)
    # one character past `at`: a stop right before it sees the capital that follows
    stops = [
        m.end()
        for m in STOP.finditer(text, low, at + 1)
        if m.end() <= at and not initial(text, m.start())
    ]
    return stops[-2] if len(stops) >= 2 else low


def trimmed_end(text: str, start: int, end: int) -> int:
    """The end of a span without the spaces after it."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of text[start:end]."""
    return list(WORD.finditer(text, start, end))


def has_words(text: str, start: int, end: int, count: int = 1) -> bool:
    """At least `count` words in text[start:end], read no further than needed."""
    found = 0
    for _ in WORD.finditer(text, start, end):
        found += 1
        if found >= count:
            return True
    return False


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces, commas, dashes and the final stop around it."""
    while start < end and (text[start].isspace() or text[start] in ",—–-:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",—–-.;:"):
        end -= 1
    return start, end


# "Алжир, Египет, а также Россия": a list of names, no speech
NAMES = re.compile(
    r"[A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){0,2}"
    r"(?:(?:\s*,\s*(?:(?:а\s+также|и)\s+)?|\s+и\s+)[A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){0,2})+"
)
# how many words may lead a list: "в списке пострадавших"
LIST_HEAD = 4
# a colon that ends a paragraph: what it announces is the next one
COLON_LINE = re.compile(r"\s*:[ \t]*\n\s*")


def listed(text: str, start: int, end: int) -> bool:
    """Whether words end in a colon and a list of names, in them or in the paragraph the
    colon announces ("в списке пострадавших: Иван Петров, Сергей Иванов и Олег Смирнов"),
    a few words leading it: a list is no speech; a clause before a list is ("примут
    участие три страны: Россия, Китай и Индия")."""
    colon = text.rfind(":", start, end)
    if colon >= 0 and len(WORD.findall(text, start, colon)) > LIST_HEAD:
        return False  # "заявил, что в переговорах примут участие три страны: Россия, …"
    if colon < 0:
        after = COLON_LINE.match(text, end)
        if after is None:
            return False
        line = text.find("\n", after.end())
        start, end = clause(text, after.end(), len(text) if line < 0 else line)
    else:
        start, end = clause(text, colon + 1, end)
    return NAMES.fullmatch(text, start, end) is not None


def apposition_end(text: str, comma: int, end: int) -> int | None:
    """Where an apposition after the speaker's words ends, when it closes the
    sentence text[:end]: "— сказал лидер Меджлиса, народный депутат Мустафа Джемилев."
    (a few words, the last a name's); none after a gerund ("…, встретив Керри")."""
    if text[comma : comma + 1] != ",":
        return None
    start, stop = clause(text, comma, end)
    found = words(text, start, stop)
    if not found or len(found) > APPOSITION_WORDS or not found[-1].group()[0].isupper():
        return None
    first = found[0].group()
    if first.lower() in OPENING or GERUND.fullmatch(first) or BREAK.search(text, start, stop):
        return None
    return stop


# the most words of an apposition: "народный депутат Украины Мустафа Джемилев"
APPOSITION_WORDS = 6
