"""When two names may name one thing: forms of one word, initials, abbreviations.

No dictionary: a name the tagger misread keeps its oblique ending ("Эммануэля
Макрона" → "Эммануэль Макрона"), and foreign surnames are rarely in pymorphy's
dictionary, so words are compared by their stems under the case endings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
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


@lru_cache(maxsize=50_000)
def words(name: str) -> tuple[str, ...]:
    """The name's words, lower case, ё as е."""
    return tuple(fold_key(word) for word in NAME_WORD.findall(name))


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
    key = fold_key(name)
    for pattern, replacement in SPELLING_VARIANTS:
        key = pattern.sub(replacement, key)
    return key


def lead(word: str) -> str:
    """The sound a word begins with: two words alike begin alike."""
    return sound(word)[:1] or word[:1]


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


def forms_of_one_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Word by word the same name, with at least one whole word alike."""
    return (
        len(a) == len(b)
        and all(same_word(x, y) for x, y in zip(a, b))
        and any(not is_initial(x) and not is_initial(y) for x, y in zip(a, b))
    )


def short_first_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """One person's full names with a short form of the first name ("Джо Арпайо" /
    "Джозеф Арпайо", "Алекс" / "Александр", "Том" / "Томас"): the rest written the same,
    the short form of three letters at least, the long one two letters longer and not a
    woman's name on an "а" or "я" ("Виктор" / "Виктория", "Ник" / "Никита" stay apart)."""
    if len(a) != len(b) or len(a) < 2 or a[1:] != b[1:] or any(map(is_initial, (*a, *b))):
        return False
    short, long = sorted((a[0], b[0]), key=len)
    return (
        len(short) >= 3
        and len(long) >= len(short) + 2
        and long.startswith(short)
        and not long.endswith(("а", "я"))
    )


# vowels a transliteration of one sound may give ("Кэмерон" / "Камерон")
CYRILLIC_VOWELS = frozenset("аеёиоуыэюя")


def vowel_variant(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two full names of a person the same but for a vowel inside a word, as
    transliterations differ ("Дэвид Кэмерон" / "Дэвид Камерон", "Габриэль" /
    "Гэбриэль Гиффордс"): words of one length, at most one vowel apart each, never in
    the first or last letter ("Александр" / "Александра", "Анна" / "Инна" stay apart),
    and the surname of four letters at least."""
    if len(a) != len(b) or len(a) < 2 or any(map(is_initial, (*a, *b))) or len(a[-1]) < 4:
        return False
    differing = 0
    for x, y in zip(a, b):
        if len(x) != len(y):
            return False
        apart = [i for i, (p, q) in enumerate(zip(x, y)) if p != q]
        if len(apart) > 1 or any(
            i in (0, len(x) - 1) or not {x[i], y[i]} <= CYRILLIC_VOWELS for i in apart
        ):
            return False
        differing += len(apart)
    return differing > 0


def part_of_name(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Every word of the shorter name stands, in order, in the fuller one ("Меркель",
    "Ангела" in "Ангела Меркель"; "Реджеп Эрдоган" in "Реджеп Тайип Эрдоган"); an
    initial of the fuller one stands for no word ("Владимир" is not in "А. В. Путин")."""
    if not part or len(part) >= len(whole) or all(is_initial(word) for word in part):
        return False
    position = 0
    for word in part:
        while position < len(whole) and not (
            same_word(word, whole[position]) and not is_initial(whole[position])
        ):
            position += 1
        if position == len(whole):
            return False
        position += 1
    return True


def initialled_form(short: Sequence[str], full: Sequence[str]) -> bool:
    """A name written with initials ("В. В. Путин", "Д. Медведев") and a full name it
    stands for ("Владимир Путин", "Дмитрий Анатольевич Медведев"): the same surname, and
    each initial the first letter of the given name in its place (a patronymic's initial
    may stand for a middle name the full name leaves out, and the other way round)."""
    if len(short) == len(full) or len(short) < 2 or len(full) < 2:
        return False  # names of one length are compared word by word (forms_of_one_name)
    *letters, surname = short
    *given, last = full
    return (
        len(letters) <= 2
        and len(given) <= 2
        and all(is_initial(letter) for letter in letters)
        and not any(is_initial(word) for word in (surname, *full))
        and same_word(surname, last)
        and all(same_word(letter, word) for letter, word in zip(letters, given))
    )


def same_person(part: Sequence[str], whole: Sequence[str]) -> bool:
    """A shorter or otherwise written name of a person and a fuller name: part of it,
    or its initials ("В. В. Путин", and word for word "Д. Медведев" of "Дмитрий
    Медведев"; never the other way round)."""
    return (
        part_of_name(part, whole) or initialled_form(part, whole) or initialled_alike(part, whole)
    )


def initialled_alike(part: Sequence[str], whole: Sequence[str]) -> bool:
    """ "Д. Медведев" and "Дмитрий Медведев": word for word, an initial of the first
    where the second has a whole word, and the surname whole in both."""
    return (
        len(part) == len(whole) >= 2
        and any(map(is_initial, part[:-1]))
        and not any(map(is_initial, (part[-1], *whole)))
        and forms_of_one_name(part, whole)
    )


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
