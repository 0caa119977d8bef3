"""Entities made whole in one place: name, mentions, aliases, name parts, code and roles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..constants import LOC, PER
from ..schema import Entity, Mention, NameParts, Role
from .canonical import aliases, canonical
from .gazetteer import Gazetteer
from .names import NameParser
from .sex import PastSex, past_sex_by_ending
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


def canonical_names(
    text: str,
    clusters: Sequence[Sequence[NameSpan]],
    gazetteer: Gazetteer,
    past_sex: PastSex = past_sex_by_ending,
) -> list[str]:
    """Each cluster's canonical name, chosen once for the country ids and the entities."""
    return [canonical(text, members, gazetteer, past_sex) for members in clusters]


def country_ids(
    clusters: Sequence[Sequence[NameSpan]], names: Sequence[str], gazetteer: Gazetteer
) -> dict[str, str]:
    """ISO code to the id of the entity that is that country."""
    codes: dict[str, str] = {}
    for number, (members, name) in enumerate(zip(clusters, names), 1):
        code = gazetteer.country_code(name) if members[0].type == LOC else None
        if code:
            codes.setdefault(code, entity_id(number))
    return codes


def country_mentions(
    clusters: Sequence[Sequence[NameSpan]], names: Sequence[str], gazetteer: Gazetteer
) -> list[tuple[int, str]]:
    """The start of each mention of a country and the id of the country's entity, in
    the order of the text."""
    return sorted(
        (member.start, entity_id(number))
        for number, (members, name) in enumerate(zip(clusters, names), 1)
        if members[0].type == LOC and gazetteer.country_code(name)
        for member in members
    )


def place_names(clusters: Sequence[Sequence[NameSpan]], names: Sequence[str]) -> dict[str, str]:
    """The id and name of each place."""
    return {
        entity_id(number): name
        for number, (members, name) in enumerate(zip(clusters, names), 1)
        if members[0].type == LOC
    }


def build_entities(
    text: str,
    clusters: Sequence[Sequence[NameSpan]],
    names: Sequence[str],
    parser: NameParser,
    gazetteer: Gazetteer,
    roles: Mapping[str, Sequence[Role]],
) -> list[Entity]:
    """One Entity per cluster, under its canonical name (`names`, one per cluster);
    `roles` are the roles of each person, by entity id."""
    entities = []
    for number, (members, name) in enumerate(zip(clusters, names), 1):
        identifier, kind = entity_id(number), members[0].type
        parts = parser.parts(name) if kind == PER else None
        entities.append(
            Entity(
                id=identifier,
                type=kind,  # type: ignore[arg-type]
                name=in_order(name, parts),
                mentions=[
                    Mention(start=m.start, end=m.end, text=text[m.start : m.end]) for m in members
                ],
                aliases=aliases(members, name),
                roles=list(roles.get(identifier, ())),
                parts=parts,
                code=gazetteer.country_code(name) if kind == LOC else None,
            )
        )
    return entities


def in_order(name: str, parts: NameParts | None) -> str:
    """The name as the text writes it; only a Russian "Фамилия Имя Отчество" becomes
    "Имя Отчество Фамилия" (foreign and East Asian names keep their order)."""
    if parts and parts.middle and parts.first and parts.last and name.split()[0] == parts.last:
        return parts.ordered()
    return name
