"""Which language a text is in, told from its letters: the models read Russian only, and
on Ukrainian, Kazakh or English they give confident garbage. Batch users filter by
`meta.language`; the document also gets a warning in `errors` (code `not_russian`).

Cyrillic languages are told apart by the letters Russian lacks (Ukrainian і ї є ґ,
Belarusian ў, Kazakh ә ғ қ ң ө ұ ү һ, Serbian and Macedonian ј љ њ ...); Latin-script
text by its share of Latin letters.
"""

from __future__ import annotations

import re

from ..schema import DocError

RUSSIAN = "ru"
UNDETERMINED = "und"
LATIN_SCRIPT = "und-Latn"  # BCP 47: a language not told apart, in Latin script
NOT_RUSSIAN = "not_russian"
WARNINGS = frozenset({NOT_RUSSIAN})  # `errors` codes that say "read, but beware", not "failed"
# Letters a language has and Russian does not, most telling first, and Russian letters
# the language lacks: a Russian story that names "Київ" has more of those.
# Belarusian shares і with Ukrainian: it needs its ў as well.
OWN_LETTERS = {
    "kk": ("әғқңөұүһ", "", ""),
    "be": ("ўі", "иъщ", "ў"),
    "uk": ("ієїґ", "ыэъё", ""),
    "sr": ("јљњћђџѓќѕ", "йщъыьэюяё", ""),
}
NAMES = {
    "kk": "Kazakh",
    "be": "Belarusian",
    "uk": "Ukrainian",
    "sr": "Serbian or Macedonian",
    "en": "English",
    "und-Latn": "in a Latin-script language",
}
SAMPLE = 20_000  # characters looked at: a language shows in the first pages
# A language's own letters make at least this share of a text's Cyrillic letters: a
# Ukrainian name in a Russian story ("Київ") stays below it, Ukrainian text is far above.
OWN_SHARE = 0.015
# Less than this share of Cyrillic letters is Latin-script text (a Russian sentence full
# of company names, "Фонд Digital Sky Technologies купил …", is well above it).
CYRILLIC_SHARE = 0.2
ENGLISH_WORDS = frozenset("the and of to in is for on that with by was are from as at".split())
LETTERS = re.compile(r"[^\W\d_]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
LATIN_WORDS = re.compile(r"[A-Za-z]+")


def language(text: str) -> str:
    """An ISO 639-1 code ("ru", "uk", "kk", "be", "sr", "en"), "und-Latn" for other
    Latin-script text, or "und" for text without letters."""
    sample = text[:SAMPLE].lower()
    letters = count(LETTERS, sample)  # counted by what a substitution leaves: C speed
    if not letters:
        return UNDETERMINED
    cyrillic = count(CYRILLIC, sample)
    if cyrillic < CYRILLIC_SHARE * letters:
        words = LATIN_WORDS.findall(sample)
        english = sum(1 for word in words if word in ENGLISH_WORDS)
        return "en" if english >= max(1, len(words) // 20) else LATIN_SCRIPT
    for code, (own, lacks, needed) in OWN_LETTERS.items():
        found = sum(map(sample.count, own))
        if not found or (needed and not any(map(sample.__contains__, needed))):
            continue
        if found >= max(2, OWN_SHARE * cyrillic) and found > sum(map(sample.count, lacks)):
            return code
    return RUSSIAN


def count(pattern: re.Pattern[str], text: str) -> int:
    return len(text) - len(pattern.sub("", text))


def warning(code: str) -> DocError | None:
    """The document's warning for a language other than Russian (None for Russian)."""
    if code in (RUSSIAN, UNDETERMINED):
        return None
    message = f"the text seems to be {NAMES[code]}, not Russian: entities and facts may be wrong"
    return DocError(code=NOT_RUSSIAN, message=message)
