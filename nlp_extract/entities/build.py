"""Entities made whole in one place: name, mentions, aliases, name parts, code and roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..constants import LOC, PER
from ..schema import Entity, Mention, Role
from .gazetteer import Gazetteer
from .group import canonical
from .names import NameParser
from .spans import NameSpan


def entity_id(number: int) -> str:
    """The id of the entity first mentioned `number`-th (from 1)."""
    return f"e{number}"


def entity_ids(clusters: Sequence[Sequence[NameSpan]]) -> dict[tuple[int, int], str]:
    """Mention offsets to the id their entity will have ("e1", "e2" … in order of first mention)."""
    return {
        (m.start, m.end): f"e{number}"
        for number, members in enumerate(clusters, 1)
        for m in members
    }


def build_entities(
    text: str,
    clusters: Sequence[Sequence[NameSpan]],
    names: NameParser,
    gazetteer: Gazetteer,
    roles: Mapping[str, Sequence[Role]],
) -> list[Entity]:
    """One Entity per cluster; `roles` are the roles of each person, by entity id."""
    entities = []
    for number, members in enumerate(clusters, 1):
        identifier, kind, name = entity_id(number), members[0].type, canonical(members)
        aliases = sorted({m.name for m in members} - {name})
        parts = names.parts(name) if kind == PER else None
        entities.append(
            Entity(
                id=identifier,
                type=kind,  # type: ignore[arg-type]
                name=parts.ordered() if parts else name,
                mentions=[
                    Mention(start=m.start, end=m.end, text=text[m.start : m.end]) for m in members
                ],
                aliases=aliases,
                roles=list(roles.get(identifier, ())),
                parts=parts,
                code=gazetteer.country_code(name) if kind == LOC else None,
            )
        )
    return entities
