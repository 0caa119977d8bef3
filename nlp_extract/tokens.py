"""Tokens with offsets and morphology: razdel tokens tagged by natasha's morph model."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from razdel import tokenize

if TYPE_CHECKING:
    from .tagging import MorphTagger


@dataclass
class Token:
    start: int
    end: int
    text: str
    pos: str = "X"
    feats: dict[str, str] = field(default_factory=dict)


def tokenize_region(text: str, start: int, end: int) -> list[Token]:
    """razdel tokens of text[start:end], with offsets into the whole text."""
    return [
        Token(start + token.start, start + token.stop, token.text)
        for token in tokenize(text[start:end])
    ]


def tag_morph(morph: MorphTagger, sentences: list[list[Token]]) -> None:
    """Fill pos/feats of every token in place, in batched model calls."""
    words = [[token.text for token in sentence] for sentence in sentences]
    for sentence, tags in zip(sentences, morph(words)):
        for token, (pos, feats) in zip(sentence, tags):
            token.pos, token.feats = pos, feats
