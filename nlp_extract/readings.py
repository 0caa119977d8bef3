"""A word's dictionary readings and how one is chosen: the reading of the tagger's
number and gender, parts of speech the tagger and the dictionary split differently,
the cases a name's word shows, and a proper name's nominative guessed from its case
ending where the dictionary has no reading of it in the case the tagger gave
("Невады": pymorphy guesses a plural "невад")."""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Protocol


class Form(Protocol):
    """One reading of a word (natasha's MorphForm): lemma, UD part of speech and
    features, and pymorphy's OpenCorpora tag."""

    normal: str
    pos: str
    feats: dict[str, str]
    word: str

    @property
    def tag(self) -> Container[str]: ...

    def inflect(self, grams: set[str]) -> Form | None: ...


class Dictionary(Protocol):
    """What a morphological dictionary answers: the readings of a lower-case word."""

    def __call__(self, word: str) -> Sequence[Form]: ...

    def word_is_known(self, word: str) -> bool: ...


def agreeing(forms: Sequence[Form], feats: dict[str, str]) -> Form | None:
    """The first reading of the tagger's number and gender, else of its number."""
    for form in forms:
        if form.feats.get("Number") == feats.get("Number") and (
            "Gender" not in feats or form.feats.get("Gender") == feats.get("Gender")
        ):
            return form
    # never another number: a plural reading of a singular name ("Беназир" -> "Беназиры")
    return next((form for form in forms if number_fits(form, feats)), None)


def number_fits(form: Form, feats: dict[str, str]) -> bool:
    return "Number" not in feats or form.feats.get("Number") in (None, feats["Number"])


def akin(form: Form, pos: str) -> bool:
    if pos == "ADJ":
        return "PRTF" in form.tag
    return pos == "PROPN" and form.pos == "ADJ"


NOUNS = frozenset({"NOUN", "PROPN"})
# lemmas whose oblique forms are a commoner word's too, the dictionary reading them first:
# "Большим театром" is "Большой театр", not "Больший"
RARER_LEMMAS = frozenset({"больший"})
# the cases a name's word shows apart from the nominative (the accusative of an
# inanimate noun is its nominative)
OBLIQUE = frozenset({"Gen", "Dat", "Ins", "Loc"})
# the endings that show such a case unmistakably; a foreign name ending in a vowel
# ("Пелоси", "Тифензее") does not decline, and one in -а/-я may be a nominative
# ("Мандела", "Зума", "Иньеста"), whatever the dictionary guesses
OBLIQUE_ENDINGS = tuple("ом ем ём ым им ою ею ы".split())


def same_pos(a: str, b: str) -> bool:
    """Nouns and proper nouns count as one part of speech: the tagger and the
    dictionary split them differently."""
    return {a, b} <= NOUNS or a == b


# Case endings of the feminine -а/-я declension and of
# masculine names ending in a consonant or in -а, read with the tagger's gender.
GUESSES = {
    ("Fem", "Gen"): (("ии", "ия"), ("ы", "а"), ("и", "а")),
    ("Fem", "Dat"): (("ии", "ия"), ("е", "а")),
    ("Fem", "Loc"): (("ии", "ия"), ("е", "а")),
    ("Fem", "Acc"): (("ю", "я"), ("у", "а")),
    ("Fem", "Ins"): (("ей", "я"), ("ой", "а")),
    ("Masc", "Gen"): (("я", "ь"), ("а", "")),
    ("Masc", "Acc"): (("я", "ь"), ("а", "")),
    # a man's name in -а declines as a woman's in the instrumental ("Мамукой" of
    # "Мамука"); its dative in -е is the prepositional of a consonant's ("о Жане") or a
    # name that does not decline ("Пеле"), no telling which
    ("Masc", "Dat"): (("ю", "ь"), ("у", "")),
    ("Masc", "Loc"): (("е", ""),),
    ("Masc", "Ins"): (("ем", "ь"), ("ом", ""), ("ой", "а")),
}
# consonants after which the feminine genitive is -и, not -ы ("Ольги")
SOFT_AFTER = set("гкхжшчщ")
# letters no soft sign follows at a word's end: "-ем" after them is a hard stem's
HUSHING = set("жшчщц")


def guess_nominative(word: str, feats: dict[str, str]) -> str | None:
    if feats.get("Number", "Sing") != "Sing":
        return None
    for ending, nominative in GUESSES.get((feats.get("Gender", ""), feats["Case"]), ()):
        stem = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(stem) < 2 or not stem[-1].isalpha():
            continue
        if ending == "и" and stem[-1] not in SOFT_AFTER:
            continue
        if nominative in ("", "ь") and stem[-1] in "аеёиоуыэюяь":
            continue  # "Кали" is not a declined "Кал", "Сергея" no "Сергеь"
        if nominative == "ь" and stem[-1] in HUSHING:
            return stem  # "Вучичем": "Вучич", no soft sign after a hushing letter
        return stem + nominative
    return None


def surname_nominative(word: str, gender: str, case: str) -> str | None:
    """The nominative of a surname in the case and gender of the first name before it:
    after a man's genitive first name, "-ы" is the genitive of a surname in "-а"
    ("Джейкоба Зумы": "Зума"), which no other man's genitive ends with; a lone word
    ending so is more often a plural ("Иорданцы")."""
    # not a Turkic surname in "-лы", "-улы", which does not decline ("Гасанлы")
    if (
        (gender, case) == ("Masc", "Gen")
        and len(word) > 3
        and word.endswith("ы")
        and not word.endswith("лы")
    ):
        return word[:-1] + "а"
    return guess_nominative(word, {"Gender": gender, "Case": case})


# a superlative's case endings, longest first, and its nominative's by gender
SUPERLATIVE_ENDINGS = ("его", "ему", "ими", "ий", "ая", "ее", "ие", "ей", "ую", "им", "ем", "их")
SUPERLATIVE_NOMINATIVE = {"Masc": "ий", "Fem": "ая", "Neut": "ее"}


def superlative_nominative(word: str, feats: dict[str, str], singular: bool) -> str | None:
    """A superlative adjective in the nominative on its own stem: pymorphy files
    "высший" and "высочайший", "лучший" and "наихороший" under one lemma and inflects
    "Высшей школы" to "высочайшая"; the stem stays ("высшая")."""
    ending = next((end for end in SUPERLATIVE_ENDINGS if word.endswith(end)), None)
    if ending is None or len(word) - len(ending) < 2:
        return None
    stem = word[: len(word) - len(ending)]
    if feats.get("Number") == "Plur" and not singular:
        return stem + "ие"
    return stem + SUPERLATIVE_NOMINATIVE.get(feats.get("Gender", "Masc"), "ий")
