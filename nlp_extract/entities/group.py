"""Mentions into entities: one entity per real-world thing within a document."""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Entity
from ..schema import Mention as MentionRecord
from .mentions import Mention


def group_key(mention: Mention) -> tuple[str, str]:
    return mention.type, mention.name.lower().replace("ё", "е")


def group(text: str, mentions: Sequence[Mention]) -> list[Entity]:
    """Entities in order of first mention; equal (type, nominative name) groups."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        groups.setdefault(group_key(mention), []).append(mention)
    entities = []
    for number, members in enumerate(groups.values(), 1):
        name = members[0].name
        entities.append(
            Entity(
                id=f"e{number}",
                type=members[0].type,  # type: ignore[arg-type]
                name=name,
                mentions=[
                    MentionRecord(start=m.start, end=m.end, text=text[m.start : m.end])
                    for m in members
                ],
                aliases=sorted({m.name for m in members} - {name}),
            )
        )
    return entities
