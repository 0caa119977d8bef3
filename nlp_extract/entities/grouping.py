"""The spans of a whole text grouped into entities, with what the facts need to know of
them before the entities are built: ids, canonical names, countries, places."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..schema import Entity, Role
from .build import (
    build_entities,
    canonical_names,
    country_ids,
    country_mentions,
    entity_ids,
    place_names,
)
from .gazetteer import Gazetteer
from .group import cluster
from .names import NameParser
from .sex import PastSex, past_sex_by_ending
from .spans import NameSpan


@dataclass(frozen=True)
class Grouping:
    """One cluster of spans per real thing, named once."""

    clusters: list[list[NameSpan]]
    names: list[str]  # canonical, one per cluster
    ids: dict[tuple[int, int], str]  # mention offsets -> entity id
    countries: dict[str, str]  # ISO code -> the country's entity id
    country_mentions: list[tuple[int, str]]  # (start, entity id) of each country's mention
    places: dict[str, str]  # entity id -> name, of each place
    gazetteer: Gazetteer

    def entities(
        self, text: str, parser: NameParser, roles: Mapping[str, Sequence[Role]]
    ) -> list[Entity]:
        """The entities, with each person's roles (`roles`: by entity id)."""
        return build_entities(text, self.clusters, self.names, parser, self.gazetteer, roles)


def group(
    text: str,
    spans: Sequence[NameSpan],
    gazetteer: Gazetteer,
    patronymic: Callable[[str], bool] | None = None,
    past_sex: PastSex = past_sex_by_ending,
) -> Grouping:
    """The spans of a text as entities-to-be (`patronymic`: see group.cluster;
    `past_sex`: see sex.PastSex)."""
    clusters = cluster(text, list(spans), gazetteer, patronymic, past_sex)
    names = canonical_names(text, clusters, gazetteer, past_sex)
    return Grouping(
        clusters=clusters,
        names=names,
        ids=entity_ids(clusters),
        countries=country_ids(clusters, names, gazetteer),
        country_mentions=country_mentions(clusters, names, gazetteer),
        places=place_names(clusters, names),
        gazetteer=gazetteer,
    )
