"""The v1 records of entities, dates, agreements and a document's metadata, and the
base they share.

Every field is always present (empty lists and nulls are written), so consumers
such as jq or pandas see the same columns in every document. The records are plain
dataclasses, so extracting never loads pydantic (a tenth of a second at every
start); pydantic derives the JSON Schema from them, with each field's description
and bounds kept in its metadata.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field
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
