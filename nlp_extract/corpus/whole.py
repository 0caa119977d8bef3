"""The corpus made whole: corpus entities with names and ids, and the records that
point at them (agreements, meetings, deals, ownership, quotes, the timeline, the
network)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..constants import LOC
from .facts import FactViews, id_number
from .identity import Key, KeyLinks, link_keys
from .model import Corpus, Thing


def finish(corpus: Corpus) -> CorpusModel:
    """Join the keys that name one thing and make the corpus whole; after the last document."""
    # the name given most, of a tie the first in order: the same whatever order the
    # documents came in
    names = {
        key: min(thing.names.items(), key=lambda item: (-item[1], item[0]))[0]
        for key, thing in corpus.things.items()
    }
    aliases = {key: set(thing.aliases) for key, thing in corpus.things.items()}
    documents = {key: thing.documents for key, thing in corpus.things.items()}
    links = link_keys(names, aliases, documents)
    merged: dict[Key, Thing] = {}
    for key in sorted(corpus.things):
        root = links.find(key)
        if root not in merged:
            merged[root] = Thing(corpus.things[key].type)
        merged[root].absorb(corpus.things[key])
    return CorpusModel(corpus, links, merged)


class CorpusModel(FactViews):
    """The corpus made whole: corpus entities with ids, and the records that point at them."""

    def __init__(self, corpus: Corpus, links: KeyLinks, things: dict[Key, Thing]) -> None:
        self.corpus = corpus
        self.links = links
        self.things = things
        self.documents = {key: thing.documents for key, thing in things.items()}
        order = sorted(
            things,
            key=lambda k: (-self.documents[k], -things[k].mentions, things[k].type, k),
        )
        self.ids = {key: f"c{number}" for number, key in enumerate(order, 1)}
        self.names = {key: self.name_of(things[key]) for key in order}
        self.by_id = {identifier: key for key, identifier in self.ids.items()}

    def name_of(self, thing: Thing) -> str:
        """The name most documents give it; for a country the name it is usually called by."""
        if thing.type == LOC and thing.code:
            return min(
                thing.names, key=lambda n: (self.corpus.gazetteer.rank(n), -thing.names[n], n)
            )
        return min(
            thing.names, key=lambda n: (-thing.names[n], n.isupper(), -len(n.split()), -len(n), n)
        )

    def id_of(self, key: Key | None) -> str | None:
        return self.ids[self.links.find(key)] if key is not None else None

    def entities(self) -> list[dict[str, Any]]:
        out = []
        for key, identifier in self.ids.items():
            thing, name = self.things[key], self.names[key]
            # two org keys of one corpus entity, or two members of one document, give
            # a role once per document
            roles: dict[tuple[str, str | None], set[str]] = {}
            for (title, org), docs in thing.roles.items():
                roles.setdefault((title, self.id_of(org)), set()).update(docs)
            out.append(
                {
                    "id": identifier,
                    "type": thing.type,
                    "name": name,
                    "aliases": sorted((set(thing.names) | set(thing.aliases)) - {name}),
                    "code": thing.code,
                    "documents": self.documents[key],
                    "mentions": thing.mentions,
                    "roles": [
                        {
                            "title": title,
                            "org": org,
                            "org_name": self.names[self.by_id[org]] if org else None,
                            "documents": len(docs),
                        }
                        for (title, org), docs in sorted(
                            roles.items(),
                            key=lambda item: (-len(item[1]), item[0][0], item[0][1] or ""),
                        )
                    ],
                    "members": [
                        {"doc": doc, "entity": entity} for doc, entity in sorted(thing.members)
                    ],
                }
            )
        return out

    def agreements(self) -> list[dict[str, Any]]:
        return [
            {
                "doc": a.doc,
                "name": a.name,
                "kind": a.kind,
                "parties": self.party(a.parties),
                "dates": a.dates,
            }
            for a in sorted(self.corpus.agreements, key=lambda a: (a.doc, a.name))
        ]

    def quotes(self) -> list[dict[str, Any]]:
        """Who said what: per speaker (a corpus entity, or a name no entity holds), the
        most quoted first, each quote with its document and offsets."""
        said: dict[tuple[str | None, str], list[dict[str, Any]]] = {}
        for quote in self.corpus.quotes:
            identifier = self.id_of(quote.speaker)
            name = self.names[self.by_id[identifier]] if identifier else quote.speaker_name
            if name is None:
                continue  # "эксперты считают": nobody to file it under
            said.setdefault((identifier, name), []).append(
                {
                    "doc": quote.doc,
                    "text": quote.text,
                    "cue": quote.cue,
                    "kind": quote.kind,
                    "status": quote.status,
                    "start": quote.start,
                    "end": quote.end,
                }
            )
        return [
            {
                "speaker": {"id": identifier, "name": name},
                "type": self.things[self.by_id[identifier]].type if identifier else None,
                "documents": len({q["doc"] for q in quotes}),
                "quotes": sorted(quotes, key=lambda q: (q["doc"], q["start"])),
            }
            for (identifier, name), quotes in sorted(
                said.items(), key=lambda item: (-len(item[1]), item[0][1], item[0][0] or "")
            )
        ]

    def timeline(self) -> list[dict[str, Any]]:
        """Dated agreements and meetings, in date order."""
        events = []
        for a in self.corpus.agreements:
            dated = next((d for d in a.dates if d.get("start_date")), None)
            if dated:
                events.append(
                    {
                        "start_date": dated["start_date"],
                        "end_date": dated["end_date"],
                        "kind": "agreement",
                        "name": a.name,
                        "entities": self.party(a.parties),
                        "doc": a.doc,
                    }
                )
        for m in self.corpus.meetings:
            if m.start_date:
                people = self.party(m.participants)
                events.append(
                    {
                        "start_date": m.start_date,
                        "end_date": m.end_date,
                        "kind": "meeting",
                        "name": " — ".join(p["name"] or "" for p in people),
                        "entities": people,
                        "doc": m.doc,
                    }
                )
        return sorted(events, key=lambda e: (e["start_date"], e["kind"], e["name"], e["doc"]))

    def network(self, top: int = 60) -> list[dict[str, Any]]:
        """How often the most mentioned things share a document."""
        chosen = set(list(self.ids)[:top])
        edges: Counter[tuple[str, str]] = Counter()
        for (a, b), count in self.corpus.together.items():
            ra, rb = self.links.find(a), self.links.find(b)
            if ra != rb and ra in chosen and rb in chosen:
                pair = tuple(sorted((self.ids[ra], self.ids[rb]), key=id_number))
                edges[pair] += count  # type: ignore[index]
        return [
            {"a": a, "b": b, "documents": count}
            for (a, b), count in sorted(edges.items(), key=lambda item: (-item[1], item[0]))
        ]

    def documents_by_month(self) -> dict[str, int]:
        """Documents by the month of their date, else of their reference date."""
        dates = (d.date or d.reference_date for d in self.corpus.documents)
        months = Counter(date[:7] for date in dates if date)
        return dict(sorted(months.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema_version": "1",
            "documents": len(self.corpus.documents),
            "documents_by_month": self.documents_by_month(),
            "entities": self.entities(),
            "agreements": self.agreements(),
            "meetings": self.meetings(),
            "deals": self.deals(),
            "ownership": self.ownership(),
            "quotes": self.quotes(),
            "timeline": self.timeline(),
            "graph": self.graph(),
            "network": self.network(),
        }
