"""Which way a sentence looks in time: the tense of the verb nearest a date."""

from __future__ import annotations

import re

from ..constants import DOUBLE_QUOTES
from ..lexicon.dates import FUTURE_WORDS, MODAL
from ..morphology import Morphology

# "Напомним, 6 декабря 2010 года …": a writer's aside, future in form, tells no time
ASIDES = frozenset(
    {"напомним", "добавим", "отметим", "заметим", "уточним", "подчеркнем", "подчеркнём"}
)
WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
# Quotes, dashes, brackets and colons end the clause a verb governs: in
# "встреча пройдет 24 января», — рассказала она" the date goes with "пройдет".
CLAUSE_EDGE = re.compile(rf"[{DOUBLE_QUOTES}—–;:()]")


def tense_near(morphology: Morphology, text: str, start: int, end: int) -> int:
    """-1 past, 1 future, 0 unknown: from the verb closest to text[start:end] in its clause."""
    edges = [m.start() for m in CLAUSE_EDGE.finditer(text)]
    low = max([e for e in edges if e < start], default=-1) + 1
    high = min([e for e in edges if e >= end], default=len(text))
    # nearest word first (the left one on a tie): the first with a tense decides, and
    # the dictionary is asked about a few words, not the whole clause
    words = sorted(
        (start - match.end() if match.end() <= start else match.start() - end, match.start(), match)
        for match in WORD.finditer(text, low, high)
        if not start <= match.start() < end
    )
    for _, _, match in words:
        word = match.group().lower()
        if MODAL.fullmatch(word):  # "должно действовать" looks ahead, "должен был" back
            return -1 if re.match(r"\s+был", text[match.end() :]) else 1
        if word in ASIDES:
            continue
        tense = 1 if word in FUTURE_WORDS else morphology.tense(word)
        if tense:
            return tense
    return 0
