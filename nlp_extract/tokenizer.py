"""razdel's word tokenizer, the same tokens for less work.

razdel cuts a text into atoms (a run of Cyrillic or Latin letters, of digits, one mark
of punctuation, any other character) and then asks its rules, at every two atoms that
touch, whether to join them ("кто-то", "3.5", "?!", ":-)"). It builds a record per atom,
a split record with cached properties per boundary and a substring record per token, and
finds each token in the text again by searching: most of the time natasha's Segmenter
and our pipeline spend tokenizing. Here the atoms are razdel's own (its ATOM pattern),
the rules are razdel's rules read in the same order on plain tuples, and only atoms
with no space between them are looked at (razdel joins no others). A test compares
the two on whole corpora.
"""

from __future__ import annotations

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE

# an atom: (start, stop, type, text); types as razdel names them
Atom = tuple[int, int, str, str]
PUNCT, INT, OTHER, RU, LAT = "PUNCT", "INT", "OTHER", "RU", "LAT"
WORDS = (OTHER, RU, LAT)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, stop, text) of each token of text[start:end], exactly as razdel.tokenize
    gives them, with offsets into the whole text."""
    atoms: list[Atom] = [
        (match.start(), match.end(), match.lastgroup or OTHER, match.group())
        for match in ATOM.finditer(text, start, len(text) if end is None else end)
    ]
    tokens: list[tuple[int, int, str]] = []
    if not atoms:
        return tokens
    start, stop, _, buffer = atoms[0]
    for index in range(1, len(atoms)):
        atom = atoms[index]
        if atom[0] == stop and joined(atoms, index, buffer):
            buffer += atom[3]
        else:
            tokens.append((start, stop, buffer))
            start, buffer = atom[0], atom[3]
        stop = atom[1]
    tokens.append((start, stop, buffer))
    return tokens


def joined(atoms: list[Atom], index: int, buffer: str) -> bool:
    """razdel's verdict on the boundary before atoms[index] (no space there): the first
    of its rules that says join or split decides; none saying anything is a split."""
    left, right = atoms[index - 1], atoms[index]
    before = atoms[index - 2] if index > 1 else None
    after = atoms[index + 1] if index + 1 < len(atoms) else None
    for marks, words_only in ((DASHES, True), ("_", True), (".,", False), ("/\\", False)):
        verdict = around_mark(left, right, before, after, marks, words_only)
        if verdict is not None:
            return verdict
    if left[2] == PUNCT and right[2] == PUNCT:
        if SMILE.match(buffer + right[3]):
            return True
        if left[3] in ENDINGS and right[3] in ENDINGS:
            return True
        if left[3] + right[3] in ("--", "**"):
            return True
    if left[2] == OTHER and right[2] in WORDS:
        return True
    if left[2] in WORDS and right[2] == OTHER:
        return True
    return left[3].lower() == "yahoo" and right[3] == "!"


def around_mark(
    left: Atom, right: Atom, before: Atom | None, after: Atom | None, marks: str, words: bool
) -> bool | None:
    """razdel's rules for a mark between two atoms ("кто-|то", "кто|-то", "3.|5"): join
    when the atoms on either side of the mark are words or numbers (`words`: anything but
    punctuation; else two numbers); None when the rule has nothing to say, so the next
    rule is asked."""
    pair: tuple[Atom | None, Atom | None]
    if left[3] in marks:  # the mark is the left atom: its neighbours are before, right
        pair = (before, right)
    elif right[3] in marks:
        pair = (left, after)
    else:
        return None
    first, second = pair
    if first is None or second is None:
        return None
    if words:
        return None if PUNCT in (first[2], second[2]) else True
    return True if first[2] == INT and second[2] == INT else None
