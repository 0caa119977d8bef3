"""People's name parts and their canonical "Имя Фамилия" form."""

from __future__ import annotations

from typing import Any

from ..schema import Entity, NameParts


class NameParser:
    """natasha's yargy name grammar applied to a nominative PER name."""

    def __init__(self, vocab: Any) -> None:
        from natasha.extractors import adapt_match
        from natasha.grammars.name import NAME

        from ..grammars.lookahead import morph_parser

        self.parser = morph_parser(NAME, vocab)
        self.adapt = adapt_match  # yargy's match -> natasha's (start, stop, Name fact)

    def parts(self, name: str) -> NameParts | None:
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

    def complete(self, entity: Entity) -> None:
        """Fill `parts` and make the name "Имя [Отчество] Фамилия" when parts are known."""
        parts = self.parts(entity.name)
        if parts is None:
            return
        entity.parts = parts
        ordered = [part for part in (parts.first, parts.middle, parts.last) if part]
        entity.name = " ".join(ordered)
