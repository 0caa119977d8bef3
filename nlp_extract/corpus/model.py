"""The corpus as it is read: documents one at a time into counts by entity key; when
the last one is read, `whole.finish` joins the keys and gives the whole. This module
knows nothing of the whole: the dependency runs one way, whole -> model.

Memory grows with the number of distinct things and of document entities (each is a
member of one corpus entity), not with the text: mentions are not kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from ..entities.gazetteer import Gazetteer
from .identity import Key, entity_key

# the entities of a document that the co-occurrence network counts (most mentioned first)
NETWORK_PER_DOCUMENT = 12


@dataclass
class Thing:
    """What the documents say of one key."""

    type: str
    names: Counter[str] = field(default_factory=Counter)  # canonical name -> documents
    aliases: Counter[str] = field(default_factory=Counter)
    code: str | None = None
    mentions: int = 0
    # (title, org) -> the documents that give it
    roles: dict[tuple[str, Key | None], set[str]] = field(default_factory=dict)
    members: list[tuple[str, str]] = field(default_factory=list)  # (doc id, entity id)

    @property
    def documents(self) -> int:
        """The documents that mention it: two of its members may be entities of one
        document (two names the document kept apart and the corpus joins)."""
        return len({doc for doc, _ in self.members})

    def absorb(self, other: Thing) -> None:
        self.names.update(other.names)
        self.aliases.update(other.aliases)
        self.code = self.code or other.code
        self.mentions += other.mentions
        for role, docs in other.roles.items():
            self.roles.setdefault(role, set()).update(docs)
        self.members.extend(other.members)


@dataclass
class DocumentEntry:
    id: str
    date: str | None
    url: str | None
    title: str | None
    entities: int
    errors: int
    # the date its relative dates were read against: the story's own latest full date
    # where the document gives none (meta.reference_date_source)
    reference_date: str | None = None


@dataclass
class AgreementEntry:
    doc: str
    name: str
    kind: str
    parties: list[Key]
    dates: list[dict[str, Any]]


@dataclass
class DealEntry:
    doc: str
    kind: str
    parties: list[Key]
    text: str
    status: str = "stated"
    buyer: Key | None = None
    seller: Key | None = None
    object: Key | None = None


@dataclass
class MeetingEntry:
    doc: str
    participants: list[Key]
    start_date: str | None
    end_date: str | None
    place: Key | None
    status: str = "stated"
    text: str = ""


@dataclass
class OwnedEntry:
    doc: str
    owner: Key
    property: Key
    status: str = "stated"
    text: str = ""


@dataclass
class QuoteEntry:
    doc: str
    speaker: Key | None  # the speaker's entity, when the document names one
    speaker_name: str | None
    text: str
    cue: str
    kind: str
    status: str
    start: int
    end: int


class Corpus:
    """Add documents (dicts of the v1 JSON) one by one; `whole.finish(corpus)` gives the model."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.things: dict[Key, Thing] = {}
        self.documents: list[DocumentEntry] = []
        self.agreements: list[AgreementEntry] = []
        self.meetings: list[MeetingEntry] = []
        self.deals: list[DealEntry] = []
        self.owned: list[OwnedEntry] = []
        self.quotes: list[QuoteEntry] = []
        self.together: Counter[tuple[Key, Key]] = Counter()
        # listeners get (document, its entity keys) as each document is read: the
        # SQLite writer streams its rows this way
        self.listeners: list[Callable[[dict[str, Any], dict[str, Key]], None]] = []

    def add(self, doc: dict[str, Any]) -> None:
        """Count one document: its entities, its records by entity key, its network."""
        keys = {e["id"]: self.key_of(e) for e in doc["entities"]}
        named: set[tuple[Key, str]] = set()
        for entity in doc["entities"]:
            self.count(doc["id"], entity, keys, named)
        self.documents.append(document_entry(doc))
        self.read_agreements(doc, keys)
        self.read_facts(doc, keys)
        self.quotes += quote_entries(doc, keys)
        self.count_together(doc, keys)
        for listener in self.listeners:
            listener(doc, keys)

    def read_agreements(self, doc: dict[str, Any], keys: dict[str, Key]) -> None:
        """Agreements keep their dates as text and interval: the documents' date lists
        are not kept."""
        dates = doc.get("dates") or []
        for agreement in doc.get("agreements") or []:
            self.agreements.append(
                AgreementEntry(
                    doc["id"],
                    agreement["name"],
                    agreement["kind"],
                    [keys[p] for p in agreement.get("parties", []) if p in keys],
                    [
                        {**date_fields(dates[d["date"]]), "role": d.get("role")}
                        for d in agreement.get("dates", [])
                        if 0 <= d["date"] < len(dates)
                    ],
                )
            )

    def read_facts(self, doc: dict[str, Any], keys: dict[str, Key]) -> None:
        """Deals, ownership and meetings, their entities by key (the corpus joins keys,
        not a document's entity ids), each with its status and the words that state it."""
        dates = doc.get("dates") or []
        for fact in doc.get("facts") or []:
            kind, status, text = (
                fact.get("type"),
                fact.get("status", "stated"),
                fact.get("text", ""),
            )
            if kind == "deal":
                self.deals.append(
                    DealEntry(
                        doc["id"], fact["kind"], [keys[p] for p in fact.get("participants", []) if p in keys],
                        text, status, *(keys.get(fact.get(role) or "") for role in ("buyer", "seller", "object")),
                    )
                )  # fmt: skip
            elif kind == "ownership" and fact["owner"] in keys and fact["property"] in keys:
                owner, property = keys[fact["owner"]], keys[fact["property"]]
                self.owned.append(OwnedEntry(doc["id"], owner, property, status, text))
            elif kind == "meeting":
                date = dates[fact["date"]] if fact.get("date") is not None else {}
                self.meetings.append(
                    MeetingEntry(
                        doc["id"], [keys[p] for p in fact["participants"] if p in keys],
                        date.get("start_date"), date.get("end_date"),
                        keys.get(fact.get("place") or ""), status, text,
                    )
                )  # fmt: skip

    def count_together(self, doc: dict[str, Any], keys: dict[str, Key]) -> None:
        """Pairs of the document's most mentioned entities, for the network: all pairs
        of a long document's entities would grow as their square."""
        ranked = sorted(doc["entities"], key=lambda e: -len(e["mentions"]))[:NETWORK_PER_DOCUMENT]
        for a, b in combinations(sorted({keys[e["id"]] for e in ranked}), 2):
            self.together[a, b] += 1

    def key_of(self, entity: dict[str, Any]) -> Key:
        return entity_key(
            entity["type"],
            entity["name"],
            entity.get("aliases", []),
            entity.get("code"),
            self.gazetteer,
        )

    def count(
        self, doc: str, entity: dict[str, Any], keys: dict[str, Key], named: set[tuple[Key, str]]
    ) -> None:
        """One document entity into its key's thing; `named` holds the (key, name) pairs
        the document has counted, so a name counts once per document."""
        key = keys[entity["id"]]
        thing = self.things.setdefault(key, Thing(entity["type"]))
        if (key, entity["name"]) not in named:
            named.add((key, entity["name"]))
            thing.names[entity["name"]] += 1
        thing.aliases.update(set(entity.get("aliases", [])))
        thing.code = thing.code or entity.get("code")
        thing.mentions += len(entity["mentions"])
        thing.members.append((doc, entity["id"]))
        for role in entity.get("roles", []):
            thing.roles.setdefault((role["title"], keys.get(role.get("org") or "")), set()).add(doc)


def quote_entries(doc: dict[str, Any], keys: dict[str, Key]) -> list[QuoteEntry]:
    """Who said what in a document, the speaker by key."""
    return [
        QuoteEntry(
            doc["id"],
            keys.get(quote.get("speaker") or ""),
            quote.get("speaker_name"),
            quote["text"],
            quote.get("cue", ""),
            quote.get("kind", "direct"),
            quote.get("status", "stated"),
            quote["start"],
            quote["end"],
        )
        for quote in doc.get("quotes") or []
    ]


def document_entry(doc: dict[str, Any]) -> DocumentEntry:
    meta = doc.get("meta") or {}
    return DocumentEntry(
        doc["id"],
        meta.get("date"),
        meta.get("url"),
        meta.get("title"),
        len(doc["entities"]),
        len(doc.get("errors") or []),
        meta.get("reference_date"),
    )


def date_fields(date: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": date.get("text"),
        "start_date": date.get("start_date"),
        "end_date": date.get("end_date"),
    }
