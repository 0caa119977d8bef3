"""The v1 records of facts and quotes, each with its status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .records import Record, Span, info

FactStatus = Literal["stated", "planned", "negated", "hypothetical", "former"]
STATUS_HELP = (
    "whether it happened: stated (it did, or holds), planned (announced for the future),"
    " negated (called off, refused, denied), hypothetical (possible, expected, called for,"
    " threatened, rumoured), former (a post or ownership held before)"
)


@dataclass(kw_only=True)
class OccupationFact(Record):
    type: Literal["occupation"] = "occupation"
    status: FactStatus = info(default="stated", description=STATUS_HELP)
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
    status: FactStatus = info(default="stated", description=STATUS_HELP)
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
    status: FactStatus = info(default="stated", description=STATUS_HELP)
    kind: DealKind = info("purchase, investment, services, sanctions, fine, loan or other")
    participants: list[str] = info("entity ids: who buys, sells, lends, fines … and whom")
    trigger: str = info("the word that says what was done, as written")
    start: int
    end: int
    text: str = info(default="", description="text[start:end]: the words that state the fact")
    participant_names: list[str] = info(default_factory=list, description="their names")
    buyer: str | None = info(default=None, description="purchase: entity id of who buys")
    seller: str | None = info(default=None, description="purchase: entity id of who sells")
    object: str | None = info(default=None, description="entity id of what is bought or sold")
    buyer_name: str | None = info(default=None, description="name of the buyer")
    seller_name: str | None = info(default=None, description="name of the seller")
    object_name: str | None = info(default=None, description="name of what is bought or sold")


@dataclass(kw_only=True)
class OwnershipFact(Record):
    type: Literal["ownership"] = "ownership"
    status: FactStatus = info(default="stated", description=STATUS_HELP)
    owner: str = info("entity id of the owner")
    property: str = info("entity id of what is owned")
    start: int
    end: int
    text: str = info(default="", description="text[start:end]: the words that state the fact")
    owner_name: str = info(default="", description="name of the owner")
    property_name: str = info(default="", description="name of what is owned")


@dataclass(kw_only=True)
class Quote(Span):
    """Reported speech: `text` is what is said, `start`/`end` its offsets."""

    speaker: str | None = info(description="entity id of who says it, or null")
    speaker_name: str | None = info(
        default=None,
        description="name of the speaker as the text calls them (a person's first name and "
        "surname when it writes them so more often than with a middle name), or of a "
        "medium that is no entity",
    )
    cue: str = info(default="", description="the verb or phrase of speech, as written")
    kind: Literal["direct", "indirect"] = info(
        default="direct", description="direct (in quotation marks or after a dash) or indirect"
    )
    status: FactStatus = info(default="stated", description=STATUS_HELP)
