"""The v1 output records: one stable JSON shape, and the JSON Schema derived from it.

Every field is always present (empty lists and nulls are written), so consumers
such as jq or pandas see the same columns in every document. The records are plain
dataclasses, so extracting never loads pydantic (a tenth of a second at every
start); pydantic derives the JSON Schema from them, with each field's description
and bounds kept in its metadata.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any, Literal

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


def info(
    description: str | None = None,
    *,
    default: Any = MISSING,
    default_factory: Any = MISSING,
    **bounds: Any,
) -> Any:
    """A field with its JSON Schema description and bounds (e.g. minimum=0)."""
    metadata = {"description": description, **bounds} if description else bounds
    return field(default=default, default_factory=default_factory, metadata=metadata)


@dataclass(kw_only=True)
class Record:
    """What every output record shares."""

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts and lists, as written to JSON."""
        return asdict(self)


@dataclass(kw_only=True)
class Span(Record):
    """A piece of the decoded text: ``text == document_text[start:end]``."""

    start: int = info(minimum=0, description="str offset of the first character")
    end: int = info(minimum=0, description="str offset after the last character")
    text: str


@dataclass(kw_only=True)
class Mention(Span):
    pass


@dataclass(kw_only=True)
class Role(Record):
    title: str = info("position in nominative lower case, e.g. 'директор'")
    org: str | None = info(default=None, description="id of the ORG or LOC entity it belongs to")
    place: str | None = info(
        default=None, description="id of the host place ('посол … в Узбекистане')"
    )
    org_name: str | None = info(default=None, description="name of the org entity")
    place_name: str | None = info(default=None, description="name of the place entity")


@dataclass(kw_only=True)
class NameParts(Record):
    first: str | None = None
    middle: str | None = None
    last: str | None = None

    def ordered(self) -> str:
        """ "Имя [Отчество] Фамилия"."""
        return " ".join(part for part in (self.first, self.middle, self.last) if part)


@dataclass(kw_only=True)
class Entity(Record):
    id: str
    type: EntityType
    name: str = info("canonical nominative name")
    mentions: list[Mention]
    aliases: list[str] = info(default_factory=list, description="distinct surface names")
    roles: list[Role] = info(default_factory=list, description="PER only")
    parts: NameParts | None = info(default=None, description="PER only: name parts")
    code: str | None = info(default=None, description="ISO 3166-1 alpha-2 code for countries")


@dataclass(kw_only=True)
class DateMention(Span):
    start_date: str | None = info("first calendar day covered, YYYY-MM-DD")
    end_date: str | None = info("last calendar day covered, YYYY-MM-DD")
    granularity: Granularity
    time: str | None = info(default=None, description="HH:MM[±hhmm] when the text gives a time")
    relative: bool = info(default=False, description="resolved against the reference date")
    value: str | None = info(default=None, description="ISO 8601 duration for durations")
    unresolved: str | None = info(
        default=None,
        description="why a relative date has no days: 'no_reference_date' (give --date), "
        "'from_the_story' ('в тот же день' counts from an event), or null",
    )


@dataclass(kw_only=True)
class AgreementDate(Record):
    date: int = info("index into the document's dates")
    role: str | None = info("signed, in_force, planned, or null")
    text: str = info(default="", description="the date as written")
    start_date: str | None = info(default=None, description="that date's first day")
    end_date: str | None = info(default=None, description="that date's last day")


@dataclass(kw_only=True)
class Agreement(Span):
    name: str = info("canonical nominative title")
    kind: str = info(
        "convention, treaty, agreement, memorandum, protocol, contract, "
        "declaration, roadmap or arrangement"
    )
    aliases: list[str] = info(default_factory=list, description="abbreviations in brackets")
    refers_to: str | None = info(
        default=None,
        description="title of the agreement named inside this one "
        "(a protocol extending a treaty); that agreement is listed too",
    )
    parties: list[str] = info(
        default_factory=list, description="ids of the countries and organisations in its sentence"
    )
    dates: list[AgreementDate] = info(default_factory=list)
    party_names: list[str] = info(default_factory=list, description="names of the parties")


@dataclass(kw_only=True)
class OccupationFact(Record):
    type: Literal["occupation"] = "occupation"
    person: str = info("PER entity id")
    person_name: str = info(default="", description="name of the person")
    title: str
    org: str | None
    place: str | None = None
    start: int
    end: int
    text: str = info(default="", description="text[start:end]: the words that state the fact")
    org_name: str | None = info(default=None, description="name of the org entity")
    place_name: str | None = info(default=None, description="name of the place entity")


@dataclass(kw_only=True)
class MeetingFact(Record):
    type: Literal["meeting"] = "meeting"
    participants: list[str] = info("entity ids")
    date: int | None = info("index into the document's dates")
    place: str | None = info("LOC entity id")
    start: int
    end: int
    text: str = info(default="", description="text[start:end]: the words that state the fact")
    participant_names: list[str] = info(default_factory=list, description="their names")
    place_name: str | None = info(default=None, description="name of the place entity")


DealKind = Literal["purchase", "investment", "services", "sanctions", "fine", "loan", "other"]


@dataclass(kw_only=True)
class DealFact(Record):
    type: Literal["deal"] = "deal"
    kind: DealKind = info("purchase, investment, services, sanctions, fine, loan or other")
    participants: list[str] = info("entity ids: who buys, sells, lends, fines … and whom")
    trigger: str = info("the word that says what was done, as written")
    start: int
    end: int
    text: str = info(default="", description="text[start:end]: the words that state the fact")
    participant_names: list[str] = info(default_factory=list, description="their names")


@dataclass(kw_only=True)
class OwnershipFact(Record):
    type: Literal["ownership"] = "ownership"
    owner: str = info("entity id of the owner")
    property: str = info("entity id of what is owned")
    start: int
    end: int
    text: str = info(default="", description="text[start:end]: the words that state the fact")
    owner_name: str = info(default="", description="name of the owner")
    property_name: str = info(default="", description="name of what is owned")


@dataclass(kw_only=True)
class DocError(Record):
    code: str = info("machine-readable kind, e.g. 'binary', 'decode'")
    message: str


@dataclass(kw_only=True)
class Meta(Record):
    date: str | None = info("document date, YYYY-MM-DD")
    url: str | None
    title: str | None
    encoding: str
    chars: int = info(default=0, description="length of the decoded text")
    format: str = info(
        default="text", description="text, or html: a web page read by its visible text"
    )
    language: str | None = info(
        default=None,
        description="the text's language as its letters tell: ru, uk, kk, be, sr, en; "
        "und-Latn for another Latin-script language, und for no letters",
    )
    reference_date: str | None = info(
        default=None, description="date relative expressions were resolved against"
    )
    reference_date_source: str | None = info(
        default=None,
        description="where the reference date came from: metadata (the page's head or "
        "metadata line), timestamp, dateline, story (the latest full date the text writes "
        "out), option (--date or date=); null when there is none",
    )


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


if __name__ == "__main__":  # python -m nlp_extract.schema > nlp_extract/data/schema.json
    print(schema_text(), end="")
