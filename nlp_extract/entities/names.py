"""People's name parts, read by natasha's name grammar."""

from __future__ import annotations

from dataclasses import replace

from ..morphology import Morphology
from ..schema import NameParts

MEMO_SIZE = 50_000


class NameParser:
    """natasha's yargy name grammar applied to a nominative PER name."""

    def __init__(self, morphology: Morphology) -> None:
        from natasha.extractors import adapt_match
        from natasha.grammars.name import NAME

        from ..grammars.lookahead import morph_parser

        self.parser = morph_parser(NAME, morphology.dictionary)
        self.adapt = adapt_match  # yargy's match -> natasha's (start, stop, Name fact)
        self.known: dict[str, NameParts | None] = {}  # names recur across a batch

    def parts(self, name: str) -> NameParts | None:
        """First, middle and last name when the grammar reads the whole name."""
        if name not in self.known:
            if len(self.known) >= MEMO_SIZE:
                self.known.clear()
            self.known[name] = self.read(name)
        parts = self.known[name]
        return replace(parts) if parts else None  # a copy: records go out to users

    def read(self, name: str) -> NameParts | None:
        found = self.parser.find(name)
        if found is None:
            return None
        match = self.adapt(found)
        if match.stop - match.start < len(name.strip()):
            return None
        fact = match.fact
        if not (fact.first or fact.last):
            return None
        return NameParts(first=fact.first, middle=fact.middle, last=fact.last)
