"""The v1 output records: one stable JSON shape, and the JSON Schema derived from it.

Every field is always present (empty lists and nulls are written), so consumers
such as jq or pandas see the same columns in every document.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

EntityType = Literal["PER", "ORG", "LOC"]
Granularity = Literal[
    "day",
    "week",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "range",
    "duration",
    "set",
]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A piece of the decoded text: ``text == document_text[start:end]``."""

    start: int = Field(ge=0, description="str offset of the first character")
    end: int = Field(ge=0, description="str offset after the last character")
    text: str


class Mention(Span):
    pass


class Role(Record):
    title: str = Field(description="position in nominative lower case, e.g. 'директор'")
    org: str | None = Field(None, description="id of the ORG or LOC entity it belongs to")
    place: str | None = Field(None, description="id of the host place ('посол … в Узбекистане')")


class NameParts(Record):
    first: str | None = None
    middle: str | None = None
    last: str | None = None


class Entity(Record):
    id: str
    type: EntityType
    name: str = Field(description="canonical nominative name")
    mentions: list[Mention]
    aliases: list[str] = Field(default_factory=list, description="distinct surface names")
    roles: list[Role] = Field(default_factory=list, description="PER only")
    parts: NameParts | None = Field(None, description="PER only: name parts")
    code: str | None = Field(None, description="ISO 3166-1 alpha-2 code for countries")


class DateMention(Span):
    start_date: str | None = Field(description="first calendar day covered, YYYY-MM-DD")
    end_date: str | None = Field(description="last calendar day covered, YYYY-MM-DD")
    granularity: Granularity
    time: str | None = Field(None, description="HH:MM[±hhmm] when the text gives a time")
    relative: bool = Field(False, description="resolved against the reference date")
    value: str | None = Field(None, description="ISO 8601 duration for durations")


class AgreementDate(Record):
    date: int = Field(description="index into the document's dates")
    role: str | None = Field(description="signed, in_force, planned, or null")


class Agreement(Span):
    name: str = Field(description="canonical nominative title")
    kind: str = Field(
        description="convention, treaty, agreement, memorandum, protocol, contract, "
        "declaration, roadmap or arrangement"
    )
    aliases: list[str] = Field(default_factory=list, description="abbreviations in brackets")
    parties: list[str] = Field(
        default_factory=list, description="ids of the countries and organisations in its sentence"
    )
    dates: list[AgreementDate] = Field(default_factory=list)


class OccupationFact(Record):
    type: Literal["occupation"] = "occupation"
    person: str = Field(description="PER entity id")
    title: str
    org: str | None
    place: str | None = None
    start: int
    end: int


class MeetingFact(Record):
    type: Literal["meeting"] = "meeting"
    participants: list[str] = Field(description="entity ids")
    date: int | None = Field(description="index into the document's dates")
    place: str | None = Field(description="LOC entity id")
    start: int
    end: int


class DocError(Record):
    code: str = Field(description="machine-readable kind, e.g. 'binary', 'decode'")
    message: str


class Meta(Record):
    date: str | None = Field(description="document date, YYYY-MM-DD")
    url: str | None
    title: str | None
    encoding: str
    chars: int = Field(0, description="length of the decoded text")
    reference_date: str | None = Field(
        None, description="date relative expressions were resolved against"
    )


class Document(Record):
    schema_version: str = SCHEMA_VERSION
    id: str
    meta: Meta
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    facts: list[OccupationFact | MeetingFact] = Field(default_factory=list)
    errors: list[DocError] = Field(default_factory=list)

    def to_json(self, indent: int | None = None) -> str:
        """JSON with Cyrillic unescaped, every field present."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one output document."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "nlp-extract document v" + SCHEMA_VERSION
    return schema


def schema_text() -> str:
    """The schema as `nlp-extract schema` prints it (bundled as data/schema.json)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # python -m nlp_extract.schema > nlp_extract/data/schema.json
    print(schema_text(), end="")
