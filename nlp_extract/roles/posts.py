"""The lexicon of posts: which words head a title and which adjectives describe the
person rather than the post (`lexicon.posts.country_of` tells which name a country)."""

from __future__ import annotations

import re

from ..constants import fold_yo
from ..lexicon.grammar import ADJECTIVE_ENDING
from ..lexicon.posts import positions
from ..morphology import Morphology
from ..tokens import Token

MAX_TITLE_TOKENS = 10
TITLE_ADJECTIVES_MAX = 3
# The tagger calls some capitalised verbs adjectives ("Выступил молодёжный тренер …"):
# a title's adjective must look like one, or be an abbreviation ("и.о.").
ADJECTIVE = re.compile(r"\w*" + ADJECTIVE_ENDING + r"|\S*\.\S*")


def folded_lemmas(word: str, morphology: Morphology) -> set[str]:
    """Every dictionary form of a word, ё written as е: what the lexicons hold."""
    return {fold_yo(lemma) for lemma in morphology.lemmas(word)}


def post_lemmas(word: str, morphology: Morphology) -> frozenset[str]:
    """The posts a word may name, ё as е, a former post's "экс-" left off: "министра"
    -> {"министр"}, "экс-главы" -> {"глава"}; none when it names no post."""
    if not is_position_word(word, morphology):
        return frozenset()
    word = fold_yo(word.lower()).removeprefix("экс-")
    return frozenset({word, *folded_lemmas(word, morphology)})


def is_position(token: Token, morphology: Morphology) -> bool:
    """A position noun in any of its readings ("премьера" is also a premiere), or a
    participle the lexicon lists as a post ("управляющий компанией")."""
    if token.pos == "VERB" and token.feats.get("VerbForm") == "Part":
        word = fold_yo(token.text.lower())
        return word in positions() or re.sub(r"ая$", "ий", word) in positions()
    if token.pos == "ADJ":
        # the tagger calls some nouns adjectives ("Экс-председатель Верховного …"): a
        # post the lexicon lists as written, with no adjective's ending
        word = fold_yo(token.text.lower())
        return not ADJECTIVE.fullmatch(word) and unprefixed(word) in positions()
    return token.pos in ("NOUN", "PROPN") and is_position_word(token.text, morphology)


def unprefixed(word: str) -> str:
    """ "экс-посла" -> "посла", "вице-президент" -> "президент"."""
    for prefix in ("экс-", "вице-"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


def is_position_word(word: str, morphology: Morphology) -> bool:
    """Whether a word names a position: "министра", "экс-посла", "дирижёр", and
    compounds by either part ("хип-хоп-исполнителю", "врача-реаниматолога")."""
    word = unprefixed(fold_yo(word.lower()))
    if word in positions():  # a word the dictionary does not know ("замглавы")
        return True
    parts = [word, *word.split("-")] if "-" in word else [word]
    return morphology.remembered(
        "position",
        word,
        lambda: any(
            folded_lemmas(part, morphology) & positions() for part in parts if len(part) > 2
        ),
    )
