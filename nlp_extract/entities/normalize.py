"""Canonical nominative names for multiword spans.

natasha inflects every word of an organisation name ("Агентство по атомная
энергия"). Russian names inflect only their head noun and the adjectives in
front of it; prepositional and genitive dependents, and anything in quotes,
stay as written. People's names inflect every part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from ..tokens import Token
from .mentions import Mention

QUOTES = set("«»\"“”„'‘’")
OPENING_QUOTES = set("«“„‘")
NOUNS = {"NOUN", "PROPN"}
INFLECTED = {"NOUN", "PROPN", "ADJ"}


def quoted_mask(tokens: Sequence[Token]) -> list[bool]:
    """True for tokens inside a pair of quotes (the quotes included)."""
    mask, inside = [], False
    for token in tokens:
        if token.text in QUOTES:
            mask.append(True)
            # straight quotes toggle; typographic ones say which side they are
            inside = not inside if token.text in "\"'" else token.text in OPENING_QUOTES
            continue
        mask.append(inside)
    return mask


def same_pos(a: str, b: str) -> bool:
    return {a, b} <= NOUNS or a == b


def to_nominative(vocab: Any, token: Token) -> str:
    """The token's word in the nominative, keeping gender and number; lower case."""
    word = token.text.lower()
    if "-" in word and token.pos == "ADJ":  # "российско-американских": only the last part declines
        prefix, _, last = word.rpartition("-")
        return prefix + "-" + nominative(vocab, last, token)
    whole = nominative(vocab, word, token)
    if whole == word and "-" in word and token.pos == "NOUN" and token.text[:1].islower():
        # "врачом-реаниматологом": a compound of nouns the dictionary lacks declines by
        # parts, when every part is a noun in the same case
        parts = [nominative(vocab, part, token) for part in word.split("-")]
        if all(new != old for new, old in zip(parts, word.split("-"))):
            return "-".join(parts)
    return whole


def nominative(vocab: Any, word: str, token: Token) -> str:
    """`word` in the nominative, read with the token's part of speech and features."""
    if token.pos not in INFLECTED or token.feats.get("Case") in (None, "Nom"):
        return word
    best = None
    for form in vocab(word):
        if not same_pos(form.pos, token.pos) or form.feats.get("Case") != token.feats["Case"]:
            continue
        if form.feats.get("Number") == token.feats.get("Number") and (
            "Gender" not in token.feats or form.feats.get("Gender") == token.feats.get("Gender")
        ):
            best = form
            break
        best = best or form
    if best is None:
        return word
    inflected = best.inflect({"Nom"})
    if not inflected:
        return word
    # pymorphy writes ё; keep the author's е when they wrote one ("Лихачева" → "Лихачев")
    return inflected.word if "ё" in word else inflected.word.replace("ё", "е")


def is_dictionary_word(vocab: Any, word: str) -> bool:
    """A real word rather than an abbreviation: 'ТАШКЕНТ' yes, 'МАГАТЭ' no."""
    return any("Abbr" not in form.tag for form in vocab(word.lower())) and vocab.word_is_known(
        word.lower()
    )


def restore_case(original: str, word: str, vocab: Any) -> str:
    """Give the inflected word the capitalisation of the original."""
    if original.isupper() and len(original) > 1:
        if len(original) > 4 and is_dictionary_word(vocab, original):
            return "-".join(part.capitalize() for part in word.split("-"))
        return word.upper()
    parts, shapes = word.split("-"), original.split("-")
    if len(parts) == len(shapes):
        return "-".join(
            part.capitalize() if shape[:1].isupper() else part for part, shape in zip(parts, shapes)
        )
    return word.capitalize() if original[:1].isupper() else word


def join(tokens: Sequence[Token], words: Sequence[str]) -> str:
    """Words back into one string with the original spacing between tokens."""
    out = []
    for index, (token, word) in enumerate(zip(tokens, words)):
        if index:
            out.append(" " if token.start > tokens[index - 1].end else "")
        out.append(word)
    return "".join(out)


def normalize_name(vocab: Any, tokens: Sequence[Token], kind: str) -> str:
    """Nominative form of a PER, ORG or LOC span (or an agreement title)."""
    if not tokens:
        return ""
    if kind == "PER":
        words = [
            restore_case(token.text, to_nominative(vocab, token), vocab)
            if token.pos in INFLECTED
            else token.text
            for token in tokens
        ]
        return join(tokens, words)
    quoted = quoted_mask(tokens)
    head = next((t for t, q in zip(tokens, quoted) if t.pos in NOUNS and not q), None)
    words, head_seen = [], False
    for token, in_quotes in zip(tokens, quoted):
        if head_seen or in_quotes or token.pos not in INFLECTED:
            words.append(token.text)
            continue
        if token.pos == "ADJ" and "Case" not in token.feats and head is not None:
            # the tagger leaves some compound adjectives without case: they agree with the head
            agreeing = {k: v for k, v in head.feats.items() if k in ("Case", "Number", "Gender")}
            token = Token(
                token.start, token.end, token.text, token.pos, {**token.feats, **agreeing}
            )
        words.append(restore_case(token.text, to_nominative(vocab, token), vocab))
        head_seen = token.pos in NOUNS
    name = typographic_quotes(join(tokens, words))
    return name[:1].upper() + name[1:] if kind == "ORG" else name


def typographic_quotes(name: str) -> str:
    """Straight quote pairs become «ёлочки», as Russian names are printed."""
    return re.sub(r'"([^"]+)"', r"«\1»", name)


def qualify_by_place(text: str, mentions: Sequence[Mention]) -> None:
    """ "Агентство по атомной энергии Казахстана": a genitive place right after an
    organisation is part of its name, so two countries' agencies stay two entities."""
    for org, place in pairwise(mentions):
        tokens = place.own_tokens
        if (
            org.type == "ORG"
            and place.type == "LOC"
            and text[org.end : place.start] == " "
            and tokens
            and tokens[0].feats.get("Case") == "Gen"
        ):
            suffix = " " + text[place.start : place.end]
            org.name += suffix
            if org.full_name:
                org.full_name += suffix
