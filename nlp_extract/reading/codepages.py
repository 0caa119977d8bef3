"""Which Cyrillic code page a text is in: the decoding that reads most like Russian.

Statistical detectors need more text than a short line gives: "Посол Казахстана …" in
windows-1251 reads as mac-cyrillic to charset-normalizer. Each wrong code page breaks
Russian in a way one can see: KOI8-R turns the case of every letter round (and scrambles
the alphabet), mac-cyrillic turns windows-1251 capitals into signs, cp866 and ISO 8859-5
turn half the letters into box drawing or Serbian letters. So each decoding is scored by
what Russian text has: Russian letters in their usual frequencies, words written in
lower case, Capitalised or in CAPITALS, and common short words.
"""

from __future__ import annotations

import math
import re

from ..lexicon.reading import COMMON_WORDS

CYRILLIC_CODE_PAGES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
SAMPLE = 4_000  # bytes scored: plenty to tell code pages apart, cheap for any file

# Share of each letter in Russian running text (well-known figures, rounded).
LETTER_SHARE = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}  # fmt: skip
# A letter's score: how much likelier it is than a letter drawn at random from 33.
LETTER_SCORE = {
    letter: math.log(share / 100 * len(LETTER_SHARE)) for letter, share in LETTER_SHARE.items()
}
# Signs that Russian text uses between words; any other non-ASCII sign counts against.
WORD_SIGNS = frozenset("«»—–№…“”„’\xa0°")
WORDS = re.compile(r"[^\W\d_]+")
# The first letter of a sentence of two words or more (a lone word may be any case).
OPENING = re.compile(r"(?:^|[.!?]\s+)[^\w\s]*([^\W\d_])(?=[^.!?\s]*\s+[^.!?\s])")
MISCASED = -1.5  # per letter of a word in neither lower, Title nor UPPER case
CAPITALS = -0.6  # per letter of a word in CAPITALS: lower case is the common case
FOREIGN = -3.0  # per letter that is not Russian (Serbian, Latin-1, ...) nor ASCII
BAD_SIGN = -3.0  # per box-drawing or mathematical sign
COMMON = 2.0  # per letter of a common word
OPENS = 1.5  # a sentence that opens with a capital (and against one that does not)


def russian_score(text: str) -> float:
    """How much the text reads like Russian: higher is likelier."""
    score = 0.0
    for index, char in enumerate(text):
        if ord(char) > 127 and not char.isalpha():
            if char not in WORD_SIGNS or squeezed(text, index):
                score += BAD_SIGN
    # quotes come in pairs: a lone one is a letter misread
    unpaired = abs(text.count("«") - text.count("»")) + sum(map(text.count, "„“”")) % 2
    score += BAD_SIGN * unpaired
    for match in OPENING.finditer(text):
        if not match.group(1).isascii():
            score += OPENS if match.group(1).isupper() else -OPENS
    for match in WORDS.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        lower = word.lower()
        mixed = any(char.isascii() for char in word)  # "Mьller": Latin-1 read as Cyrillic
        for char in lower:
            if char in LETTER_SCORE and not mixed:
                score += LETTER_SCORE[char]
            elif not char.isascii():
                score += FOREIGN
        if not (word.islower() or word.isupper() or word[1:].islower()):
            score += MISCASED * len(word)
        elif len(word) > 1 and word.isupper():
            score += CAPITALS * len(word)
        if lower in COMMON_WORDS and common_shape(word) and alone(text, match.start(), match.end()):
            score += COMMON * len(word)
    return score


def common_shape(word: str) -> bool:
    """lower or Title case: a lone capital letter mid-sentence ("С") is no preposition."""
    return word.islower() or (len(word) > 1 and word[1:].islower())


def alone(text: str, start: int, end: int) -> bool:
    """Whether a word stands alone: "за" in "за€вили" is no word."""
    around = text[start - 1 : start] + text[end : end + 1]
    return all(char.isascii() or char in WORD_SIGNS for char in around)


def squeezed(text: str, index: int) -> bool:
    """A sign between two letters, as "бв\xa0вмо" has; an apostrophe belongs there
    ("О’Нил") or after a word, but not before one."""
    before = index > 0 and text[index - 1].isalpha()
    after = index + 1 < len(text) and text[index + 1].isalpha()
    if text[index] == "’":
        return after and not before
    return before and after


def latin_accents(data: bytes) -> bool:
    """Whether most non-ASCII bytes touch ASCII letters, as accents in Latin-1 words do
    ("Müller"); Cyrillic words are made of non-ASCII bytes only."""
    high = touching = 0
    for index, byte in enumerate(data):
        if byte > 127:
            high += 1
            neighbours = data[max(index - 1, 0) : index] + data[index + 1 : index + 2]
            touching += any(chr(other).isalpha() and other < 128 for other in neighbours)
    return touching * 2 > high


def best_cyrillic(data: bytes) -> tuple[str, str, float] | None:
    """The Cyrillic decoding that reads most like Russian, as (text, encoding, score per
    non-ASCII byte); None for text without non-ASCII bytes, Latin text with accents, and
    bytes no Cyrillic code page decodes."""
    sample = data[:SAMPLE]
    high = sum(1 for byte in sample if byte > 127)
    if not high or latin_accents(sample):
        return None
    best: tuple[str, float] | None = None
    for encoding in CYRILLIC_CODE_PAGES:
        try:
            score = russian_score(sample.decode(encoding, errors="ignore"))
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if best is None or score > best[1]:
            best = (encoding, score)
    if best is None:
        return None
    return data.decode(best[0]), best[0], best[1] / high
