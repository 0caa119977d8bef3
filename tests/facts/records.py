"""Entities and a sentence index written by hand, for the rules that read a document's
entities: deals, ownership, linking."""

from __future__ import annotations

from nlp_extract.entities.spans import NameSpan
from nlp_extract.schema import Entity, Mention
from nlp_extract.sentences import SentenceIndex


def entities(text: str, *named: tuple[str, str, str]) -> list[Entity]:
    """One entity e1, e2 … per (type, name, code) with a mention at each place its name
    is written ("" for no code)."""
    found = []
    for number, (type, name, code) in enumerate(named, 1):
        mentions, start = [], text.find(name)
        while start >= 0:
            mentions.append(Mention(start=start, end=start + len(name), text=name))
            start = text.find(name, start + 1)
        assert mentions, name
        found.append(
            Entity(id=f"e{number}", type=type, name=name, mentions=mentions, code=code or None)  # type: ignore[arg-type]
        )
    return found


def index(text: str, found: list[Entity]) -> SentenceIndex:
    """The index of a text whose sentences end at ". "."""
    regions, start = [], 0
    for sentence in text.split(". "):
        regions.append((start, start + len(sentence)))
        start += len(sentence) + 2
    return SentenceIndex(regions, found)


def span(text: str, words: str, type: str = "PER") -> NameSpan:
    """The first mention of `words` in the text."""
    start = text.index(words)
    return NameSpan(start, start + len(words), type)
