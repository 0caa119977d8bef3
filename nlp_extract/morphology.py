"""One typed interface over pymorphy's dictionary: every stage asks it, none holds pymorphy.

natasha's MorphVocab is pymorphy's analyser with UD tags and a parse cache; here it is
wrapped once, so stages take a `Morphology` (or a small fake in unit tests) instead of
an untyped vocab and callbacks handed down through their signatures.
"""

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


PERSON_GRAMS = ("Name", "Surn", "Patr")


class Morphology:
    """Lemmas, name tests, tense and inflection of single words."""

    # inflections remembered, a name being declined many times in one text
    MEMO_SIZE = 50_000

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self.nominatives: dict[tuple[str, str, str, str | None, str | None], str | None] = {}

    def forms(self, word: str) -> Sequence[Form]:
        """Every reading of the word, most likely first (the word as given: lower it first)."""
        return self.dictionary(word)

    def lemma(self, word: str) -> str:
        """The most likely dictionary form of a word, lower case."""
        forms = self.dictionary(word.lower())
        return forms[0].normal if forms else word.lower()

    def lemmas(self, word: str) -> set[str]:
        """Every dictionary form the word may have."""
        return {form.normal for form in self.dictionary(word.lower())}

    def is_person_name(self, word: str) -> bool:
        """The dictionary knows the word, in its likeliest reading, as a first name,
        patronymic or surname."""
        forms = self.dictionary(word.lower())
        return bool(forms) and any(gram in forms[0].tag for gram in PERSON_GRAMS)

    def is_dictionary_word(self, word: str) -> bool:
        """A real word rather than an abbreviation: 'ТАШКЕНТ' yes, 'МАГАТЭ' no."""
        lower = word.lower()
        return any(
            "Abbr" not in form.tag for form in self.dictionary(lower)
        ) and self.dictionary.word_is_known(lower)

    def tense(self, word: str) -> int:
        """-1 for a past verb or participle, 1 for a future one, else 0 (likeliest reading)."""
        forms = self.dictionary(word)
        if not forms:
            return 0
        tag = forms[0].tag
        if "VERB" not in tag and "PRTS" not in tag and "PRTF" not in tag:
            return 0
        if "past" in tag:
            return -1
        if "futr" in tag:
            return 1
        return 0

    def nominative(self, word: str, pos: str, feats: dict[str, str]) -> str | None:
        """`word` (lower case) in the nominative, read as the tagger read it: the reading
        with its part of speech and case, preferring one of its number and gender.
        None when no reading fits or it does not inflect."""
        key = (word, pos, feats["Case"], feats.get("Number"), feats.get("Gender"))
        if key not in self.nominatives:
            if len(self.nominatives) >= self.MEMO_SIZE:
                self.nominatives.clear()
            self.nominatives[key] = self.inflect_nominative(word, pos, feats)
        return self.nominatives[key]

    def inflect_nominative(self, word: str, pos: str, feats: dict[str, str]) -> str | None:
        best = None
        for form in self.dictionary(word):
            if not same_pos(form.pos, pos) or form.feats.get("Case") != feats["Case"]:
                continue
            if form.feats.get("Number") == feats.get("Number") and (
                "Gender" not in feats or form.feats.get("Gender") == feats.get("Gender")
            ):
                best = form
                break
            best = best or form
        if best is None:
            return None
        inflected = best.inflect({"Nom"})
        return inflected.word if inflected else None


NOUNS = frozenset({"NOUN", "PROPN"})


def same_pos(a: str, b: str) -> bool:
    """Nouns and proper nouns count as one part of speech: the tagger and the
    dictionary split them differently."""
    return {a, b} <= NOUNS or a == b
