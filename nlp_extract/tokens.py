"""Tokens with offsets and morphology: razdel tokens tagged by natasha's morph model."""

from __future__ import annotations

from dataclasses import dataclass, field

from razdel import tokenize


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


def tag_morph(morph: object, sentences: list[list[Token]]) -> None:
    """Fill pos/feats of every token in place, one batched model call."""
    words = [[token.text for token in sentence] for sentence in sentences]
    for sentence, markup in zip(sentences, morph.map(words)):  # type: ignore[attr-defined]
        for token, tagged in zip(sentence, markup.tokens):
            token.pos, token.feats = tagged.pos, tagged.feats
