"""The v1 output records: one stable JSON shape, and the JSON Schema derived from it.

`records` holds entities, dates, agreements and metadata; `facts` the facts and quotes,
each with its status; here is the document that holds them, and its JSON Schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from .facts import (
    STATUS_HELP,
    DealFact,
    DealKind,
    FactStatus,
    MeetingFact,
    OccupationFact,
    OwnershipFact,
    Quote,
)
from .records import (
    SCHEMA_VERSION,
    Agreement,
    AgreementDate,
    DateMention,
    DocError,
    Entity,
    EntityType,
    Granularity,
    Mention,
    Meta,
    NameParts,
    Record,
    Role,
    Span,
    info,
)

__all__ = [
    "SCHEMA_VERSION",
    "STATUS_HELP",
    "Agreement",
    "AgreementDate",
    "DateMention",
    "DealFact",
    "DealKind",
    "DocError",
    "Document",
    "Entity",
    "EntityType",
    "FactStatus",
    "Granularity",
    "MeetingFact",
    "Mention",
    "Meta",
    "NameParts",
    "OccupationFact",
    "OwnershipFact",
    "Quote",
    "Record",
    "Role",
    "Span",
    "info",
    "json_schema",
    "schema_text",
]


@dataclass(kw_only=True)
class Document(Record):
    schema_version: str = SCHEMA_VERSION
    id: str
    meta: Meta
    entities: list[Entity] = info(default_factory=list)
    dates: list[DateMention] = info(default_factory=list)
    agreements: list[Agreement] = info(default_factory=list)
    facts: list[OccupationFact | MeetingFact | DealFact | OwnershipFact] = info(
        default_factory=list
    )
    quotes: list[Quote] = info(default_factory=list, description="who said what")
    errors: list[DocError] = info(default_factory=list)

    def to_json(self, indent: int | None = None) -> str:
        """JSON with Cyrillic unescaped, every field present."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one output document."""
    from pydantic import TypeAdapter

    def described(name: str, definition: dict[str, Any]) -> dict[str, Any]:
        """A record's schema with its fields' metadata and no extra keys allowed."""
        for item in fields(globals()[name]):
            merged = {**definition["properties"][item.name], **item.metadata}
            definition["properties"][item.name] = dict(sorted(merged.items()))
        return dict(sorted({**definition, "additionalProperties": False}.items()))

    schema = TypeAdapter(Document).json_schema()
    definitions = schema.pop("$defs", {})
    schema = {
        "$defs": {name: described(name, item) for name, item in definitions.items()},
        **described("Document", schema),
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "nlp-extract document v" + SCHEMA_VERSION
    return schema


def schema_text() -> str:
    """The schema as `nlp-extract schema` prints it (bundled as data/schema.json)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
