"""Tagged sentences written inline, razdel-style, for the fact rules' unit tests.

A sentence is its tokens one space apart. `word/POS/Feats` tags a token: a bare word is
X and a punctuation mark PUNCT; feats are comma-separated, `Key=Value` or a short value
(`Gen` is Case=Gen, `Fin` VerbForm=Fin). `[` before a token opens a mention and `]TYPE`
after one closes it:

    "[Путин/PROPN/Nom]PER и [Моди/PROPN/Nom]PER провели/VERB/Fin переговоры/NOUN"
"""

from __future__ import annotations

from nlp_extract.entities.spans import NameSpan
from nlp_extract.morphology import Morphology
from nlp_extract.sentences import TaggedSentence
from nlp_extract.tokens import Token

from ..fakes import FakeForm, features


def tagged(line: str, morphology: Morphology) -> tuple[str, TaggedSentence]:
    """The text a line writes and its sentence: tokens, mentions, the morphology given."""
    tokens: list[Token] = []
    mentions: list[NameSpan] = []
    opened = start = 0
    for item in line.split():
        if item.startswith("["):
            item, opened = item[1:], start
        item, _, kind = item.partition("]")
        word, _, tags = item.partition("/")
        pos, _, feats = tags.partition("/")
        pos = pos or ("X" if word[:1].isalnum() else "PUNCT")
        tokens.append(Token(start, start + len(word), word, pos, features(feats)))
        if kind:
            mentions.append(NameSpan(opened, start + len(word), kind))
        start += len(word) + 1
    text = " ".join(token.text for token in tokens)
    return text, TaggedSentence(0, tokens, mentions, morphology)


def forms(lemmas: str) -> list[FakeForm]:
    """Dictionary readings from "word=lemma word=lemma …" (part of speech left to the tag)."""
    return [FakeForm(word, normal, "X") for word, normal in (p.split("=") for p in lemmas.split())]


def surface(text: str, mentions: tuple[NameSpan, ...]) -> list[str]:
    """The words of each mention, as the test writes them."""
    return [text[m.start : m.end] for m in mentions]
