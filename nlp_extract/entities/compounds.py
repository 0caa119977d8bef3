"""Compound abbreviations and the country a national body's name carries.

A compound abbreviation is one word made of the first syllables of a name's words,
the last word often whole: "Минфин" (Министерство финансов), "Госдума"
(Государственная дума), "Совфед" (Совет Федерации), "Центробанк" (Центральный
банк, with the linking "о"), "Минобороны" (Министерство обороны), "Центризбирком"
(Центральная избирательная комиссия). No list of stems: every content word of the
full name must give, in order, the next piece of the compound.

A national body's name ends with its country in the genitive ("Банк России", "ЦБ
РФ", "Государственная дума Российской Федерации") or begins with the country's
adjective ("Российский футбольный союз"); the genitives are made here from the
nominative names the gazetteer knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..constants import fold_key
from ..lexicon.grammar import FUNCTION_WORDS
from .likeness import stems

SHORTEST_COMPOUND = 5
FIRST_PIECE = 3  # "мин", "гос", "сов"
PIECE = 2  # "из" of "избирательная"
LAST_PIECE = 3  # "фед" of "Федерации"
LINKING = "о"  # "центр-о-банк", "энерг-о"


def content_words(name: str) -> tuple[str, ...]:
    """The name's words, folded, function words left out ("Министерство промышленности
    и торговли" -> министерство, промышленности, торговли)."""
    return tuple(word for word in fold_key(name).split() if word not in FUNCTION_WORDS)


def may_be_compound(name: str) -> bool:
    """One word of letters, not written in capitals (those are letter abbreviations)."""
    return len(name) >= SHORTEST_COMPOUND and name.isalpha() and not name.isupper()


@lru_cache(maxsize=20_000)
def abbreviates(compound: str, full: tuple[str, ...]) -> bool:
    """The folded one-word `compound` is made of the first syllables of the words of
    `full` (folded content words, at least two), in order, each word giving one piece."""
    if len(full) < 2 or len(compound) < SHORTEST_COMPOUND or compound[:1] != full[0][:1]:
        return False
    return pieces_match(compound, full, 0)


def pieces_match(rest: str, words: tuple[str, ...], at: int) -> bool:
    word = words[at]
    if at == len(words) - 1:
        return last_piece(rest, word)
    shortest = FIRST_PIECE if at == 0 else PIECE
    for length in range(len(word), shortest - 1, -1):
        piece = word[:length]
        for written in (piece, piece + LINKING):
            if rest.startswith(written) and len(rest) > len(written):
                if pieces_match(rest[len(written) :], words, at + 1):
                    return True
    return False


def last_piece(rest: str, word: str) -> bool:
    """The last word whole, in any case ("обороны", "дума"), or its first syllable(s)
    ("фед" of "федерации", "энерго" of "энергетики")."""
    if rest == word or not stems(rest).isdisjoint(stems(word)):
        return True
    if len(rest) >= LAST_PIECE and word.startswith(rest):
        return True
    return rest.endswith(LINKING) and len(rest) > LAST_PIECE and word.startswith(rest[:-1])


# how a country's nominative name goes into the genitive: the last letters replaced
GENITIVE_ENDINGS = (
    ("ия", "ии"),
    ("ая", "ой"),
    ("яя", "ей"),
    ("ые", "ых"),
    ("ие", "их"),
    ("ий", "ого"),
    ("ый", "ого"),
    ("ы", "ов"),
    ("й", "я"),
    ("ь", "я"),
    ("я", "и"),
    ("га", "ги"),
    ("ка", "ки"),
    ("ха", "хи"),
    ("ша", "ши"),
    ("а", "ы"),
)
INDECLINABLE = tuple("еиоуэю")


def genitive_word(word: str) -> str:
    if word.isupper():  # "РФ", "США"
        return word
    for nominative, genitive in GENITIVE_ENDINGS:
        if word.endswith(nominative):
            return word[: len(word) - len(nominative)] + genitive
    if word.endswith(INDECLINABLE):  # "Чили", "Марокко"
        return word
    return word + "а"  # "Казахстан" -> "Казахстана"


def genitive(name: str) -> str:
    """A country's name in the genitive: adjectives and the first noun inflected, an
    apposition after the noun left as it is ("Республики Казахстан")."""
    out, noun_seen = [], False
    for word in name.split():
        adjective = word.endswith(("ая", "яя", "ые", "ие", "ий", "ый", "ой")) and len(word) > 4
        if noun_seen:
            out.append(word)
        else:
            out.append(genitive_word(word))
            noun_seen = not adjective
    return " ".join(out)


def country_forms(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Folded genitive of each (country name, code) -> code."""
    return {fold_key(genitive(name)): code for name, code in names}


# the prepositions that open what a body deals with, after its country
DEPENDENTS_OPEN = frozenset({"по", "при", "против"})


def split_country(
    key: str, forms: dict[str, str], adjectives: Sequence[tuple[str, str]]
) -> tuple[str, str] | None:
    """A folded name as (its body, the country's code) when it ends with a country in
    the genitive, or has one before what it deals with ("гу мвд россии по москве": "гу
    мвд по москве"), or begins with a country's adjective; else None."""
    words = key.split()
    for size in (3, 2, 1):
        if len(words) > size:
            code = forms.get(" ".join(words[-size:]))
            if code:
                return " ".join(words[:-size]), code
    for at in range(1, len(words) - 1):
        for size in (3, 2, 1):
            after = at + size
            if after < len(words) and words[after] in DEPENDENTS_OPEN:
                code = forms.get(" ".join(words[at:after]))
                if code:
                    return " ".join(words[:at] + words[after:]), code
    if len(words) > 1 and words[0].endswith(("ий", "ая", "ое", "ие", "ый")):
        for stem, code in adjectives:
            if words[0].startswith(stem):
                return " ".join(words[1:]), code
    return None
