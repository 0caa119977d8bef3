"""When two names may name one thing: forms of one word, initials, abbreviations.

No dictionary: a name the tagger misread keeps its oblique ending ("Эммануэля
Макрона" → "Эммануэль Макрона"), and foreign surnames are rarely in pymorphy's
dictionary, so words are compared by their stems under the case endings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..constants import fold_key
from ..lexicon.grammar import FUNCTION_WORDS

# the words of a name; an initial keeps its point ("Т.Мэй" -> "Т.", "Мэй"), and a
# hyphenated word is one word ("Буш-младший" is not "Буш")
NAME_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?\.?")

# case endings of nouns and adjectives, and the final letters a nominative drops
# before them ("Игорь" / "Игоря", "Юрий" / "Юрия"); "-ов"/"-ев" are left out, so
# "Иванов" is no form of "Иван"
ENDINGS = (
    "а я у ю е и ы ь й о ом ем ём ой ей ою ею ым им ых их ого его ому ему ая яя ую юю ое ее ые ие"
).split()
SHORTEST_STEM = 3
# a Russian patronymic, in any case ("Юрьевич", "Юрьевича", "Ивановна", "Ильич")
PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ичн|овн|евн)\w{0,2}$")

ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ]{2,6}$")


# the spellings of the particle before a father's name in an Arabic name
FATHERS_PARTICLE = {"бин": "бен", "ибн": "бен", "bin": "ben", "ibn": "ben"}


@lru_cache(maxsize=50_000)
def words(name: str) -> tuple[str, ...]:
    """The name's words, lower case, ё as е, the particle of a father's name inside a name
    in one spelling ("Хамад бин Халифа" and "Хамад бен Халифа" are one name; "Мистер Бин"
    and "Бен Стиллер" are two)."""
    found = [fold_key(word) for word in NAME_WORD.findall(name)]
    return tuple(
        FATHERS_PARTICLE.get(word, word) if 0 < number < len(found) - 1 else word
        for number, word in enumerate(found)
    )


def person_words(name: str) -> tuple[str, ...]:
    """A person's name words in the order first, middle, last: the official "Сурков
    Владислав Юрьевич" (decrees, courts, lists) is "Владислав Юрьевич Сурков"."""
    found = words(name)
    if len(found) == 3 and PATRONYMIC.search(found[2]) and not PATRONYMIC.search(found[1]):
        return (found[1], found[2], found[0])
    return found


@lru_cache(maxsize=50_000)
def stems(word: str) -> frozenset[str]:
    """The word itself and what is left of it under each case ending it may have."""
    return frozenset(
        [word]
        + [
            word[: len(word) - len(ending)]
            for ending in ENDINGS
            if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_STEM
        ]
    )


# Latin and Cyrillic spellings of one name ("Klinsmann" / "Клинсман", "Jay Z" / "Джей
# Зи") compared by a rough sound: both written in Latin letters as a Russian reader
# says them, then only the first letter and the consonants kept.
CYRILLIC_SOUNDS = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f h ts ch sh sh - i - e iu ia".split(),
    )
)
LATIN_SOUNDS = (
    (r"sch", "sh"),
    (r"ph", "f"),
    (r"th", "t"),
    (r"ck", "k"),
    (r"kh", "h"),
    (r"qu", "kv"),
    (r"x", "ks"),
    (r"w", "v"),
    (r"j|g(?=[eiy])", "dzh"),
    (r"c(?=[eiy])", "s"),
    (r"[cq]", "k"),
    (r"y", "i"),
)
VOWELS = re.compile(r"[aeiou]")


@lru_cache(maxsize=50_000)
def sound(word: str) -> str:
    """The word's first letter and consonants as they sound, in Latin letters."""
    latin = unicodedata.normalize("NFKD", word.lower())
    latin = "".join(CYRILLIC_SOUNDS.get(c, c) for c in latin if c.isalpha())
    latin = latin.replace("-", "")
    if not latin.isascii():
        return ""
    for pattern, replacement in LATIN_SOUNDS:
        latin = re.sub(pattern, replacement, latin)
    if not latin:
        return ""
    key = latin[0] + VOWELS.sub("", latin[1:])
    return re.sub(r"(.)\1+", r"\1", key)


# letters transliteration writes either way: "Дэвид" / "Девид", "Анджелина" / "Анжелина",
# "Миддлтон" / "Мидлтон", "Братья-мусульмане" / "Братья мусульмане"
SPELLING_VARIANTS = (
    (re.compile(r"э"), "е"),
    (re.compile(r"дж"), "ж"),
    (re.compile(r"[ъь]"), ""),
    (re.compile(r"[\s-]+"), " "),
    (re.compile(r"(\w)\1+"), r"\1"),
)


# a name spelt another way holds a word of four letters at least
LONG_WORD = re.compile(r"[^\W\d_]{4}")


def spelling(name: str) -> str | None:
    """The name with the letters transliteration varies in written one way: two names
    of one spelling are one name; vowels otherwise stay ("Олег Петров" is not "Ольга
    Петрова"). None for an abbreviation or a name of short words only."""
    if is_abbreviation(name) or not LONG_WORD.search(name):
        return None
    return one_spelling(fold_key(name))


def lead(word: str) -> str:
    """The sound a word begins with: two words alike begin alike."""
    return sound(word)[:1] or word[:1]


# a name in the Russian alphabet: not one in Ukrainian ("Юрій Мушка") or another script
# that the text gives in brackets beside it
NOT_RUSSIAN = re.compile(r"[^\W\d_а-яёА-ЯЁ]")
# a monarch's or pope's number after the name, in Roman numerals ("Бенедикт XVI")
REGNAL_NUMBER = re.compile(r"(?<=\s)[IVXL]+\b(?!\.)")


def is_russian(name: str) -> bool:
    """Whether a name's letters are all of the Russian alphabet (a regnal number in
    Roman numerals aside: "Елизавета II" is a Russian spelling)."""
    return NOT_RUSSIAN.search(REGNAL_NUMBER.sub("", name)) is None


def is_latin(word: str) -> bool:
    return latin_letter(word[:1])


@lru_cache(maxsize=1024)
def latin_letter(letter: str) -> bool:
    return letter.isascii() or unicodedata.name(letter, "").startswith("LATIN")


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def same_word(a: str, b: str) -> bool:
    """Two forms of one word ("макрона" / "макрон"), or an initial and its word."""
    if is_initial(a) or is_initial(b):
        return a.rstrip(".")[:1] == b.rstrip(".")[:1]
    if is_latin(a) != is_latin(b):
        key = sound(a)
        return len(key) >= 3 and key == sound(b)
    return (
        a == b
        or not stems(a).isdisjoint(stems(b))
        or plus_ending(a, b)
        or plus_ending(b, a)
        or transliterated_alike(a, b)
    )


def transliterated_alike(a: str, b: str) -> bool:
    """Forms of one word written with the letters transliteration varies in ("Чэпмен" /
    "Чепмена", "Петрэуса" / "Петреус"): words of four letters at least."""
    if len(a) < 4 or len(b) < 4:
        return False
    x, y = one_spelling(a), one_spelling(b)
    return (x != a or y != b) and (x == y or not stems(x).isdisjoint(stems(y)))


@lru_cache(maxsize=50_000)
def one_spelling(word: str) -> str:
    for pattern, replacement in SPELLING_VARIANTS:
        word = pattern.sub(replacement, word)
    return word


def plus_ending(longer: str, shorter: str) -> bool:
    """ "ына" is "ын" with a case ending: short names decline too ("Ким Чен Ына")."""
    return len(shorter) >= 2 and longer.startswith(shorter) and longer[len(shorter) :] in ENDINGS


def initials(name: str) -> set[str]:
    """The abbreviations a name of several words may go by, upper case; a hyphenated
    word gives one letter or one for each part ("Техрик-е Талибан Пакистан": ТТП, ТЕТП)."""
    all_words = re.findall(r"[^\W\d_]+", name)
    if len(all_words) < 2:
        return set()
    content = [word for word in all_words if word.lower() not in FUNCTION_WORDS]
    hyphenated = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)
    chosen = (all_words, content) + ((hyphenated,) if len(hyphenated) >= 2 else ())
    return {"".join(word[0] for word in words).upper() for words in chosen}


def is_abbreviation(name: str) -> bool:
    return bool(ABBREVIATION.match(name))
