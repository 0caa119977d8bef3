"""The corpus's facts as a reader scans them: who met whom, who owns what, deals and
quotes, each row with its status, its documents and the sentences that say it; and the
network of facts that joins people and organisations by them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .identity import Key
from .model import Corpus, Thing

STATUSES = ("stated", "planned", "negated", "hypothetical", "former")
# the network's posts: the most documented first, so a big corpus keeps a picture one can read
NETWORK_POSTS = 120


@dataclass
class Evidence:
    """What the documents say of one pair with one status."""

    docs: set[str] = field(default_factory=set)
    sentences: dict[tuple[str, str], None] = field(default_factory=dict)  # (doc, text), in order
    labels: Counter[str] = field(default_factory=Counter)

    def add(self, doc: str, text: str = "", label: str = "") -> None:
        self.docs.add(doc)
        if text:
            self.sentences.setdefault((doc, text), None)
        if label:
            self.labels[label] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.docs),
            "docs": sorted(self.docs),
            "sentences": [{"doc": d, "text": t} for d, t in sorted(self.sentences)],
        }


Pairs = dict[tuple[str, str, str], Evidence]


def status_order(row: tuple[tuple[str, str, str], Evidence]) -> tuple[Any, ...]:
    """Stated facts first, then by the documents that say them."""
    (a, b, status), evidence = row
    return (STATUSES.index(status), -len(evidence.docs), id_number(a), id_number(b))


class FactViews:
    """The fact views of `whole.CorpusModel`, which gives the corpus and the entity ids."""

    corpus: Corpus
    things: dict[Key, Thing]
    names: dict[Key, str]
    by_id: dict[str, Key]

    def id_of(self, key: Key | None) -> str | None:
        raise NotImplementedError

    def entity_ref(self, identifier: str) -> dict[str, str]:
        return {"id": identifier, "name": self.names[self.by_id[identifier]]}

    def ref(self, key: Key | None) -> dict[str, str] | None:
        identifier = self.id_of(key)
        return self.entity_ref(identifier) if identifier else None

    def party(self, keys: Iterable[Key]) -> list[dict[str, str | None]]:
        ids = sorted({self.id_of(k) for k in keys}, key=lambda i: int(i[1:]) if i else 0)
        return [{"id": i, "name": self.names[self.by_id[i]] if i else None} for i in ids]

    def meeting_pairs(self) -> Pairs:
        pairs: Pairs = {}
        for meeting in self.corpus.meetings:
            ids = sorted({i for i in map(self.id_of, meeting.participants) if i}, key=id_number)
            for a, b in combinations(ids, 2):
                pairs.setdefault((a, b, meeting.status), Evidence()).add(meeting.doc, meeting.text)
        return pairs

    def meetings(self) -> list[dict[str, Any]]:
        """Who meets whom: a pair and a status, with the documents and sentences that say so."""
        return [
            {
                "participants": [self.entity_ref(a), self.entity_ref(b)],
                "status": status,
                **evidence.as_dict(),
            }
            for (a, b, status), evidence in sorted(self.meeting_pairs().items(), key=status_order)
        ]

    def owned_pairs(self) -> Pairs:
        pairs: Pairs = {}
        for owned in self.corpus.owned:
            a, b = self.id_of(owned.owner), self.id_of(owned.property)
            if a and b and a != b:
                pairs.setdefault((a, b, owned.status), Evidence()).add(owned.doc, owned.text)
        return pairs

    def ownership(self) -> list[dict[str, Any]]:
        """Who owns what: an owner, a property and a status, with their documents."""
        return [
            {
                "owner": self.entity_ref(a),
                "property": self.entity_ref(b),
                "status": status,
                **evidence.as_dict(),
            }
            for (a, b, status), evidence in sorted(self.owned_pairs().items(), key=status_order)
        ]

    def deals(self) -> list[dict[str, Any]]:
        return [
            {
                "doc": d.doc,
                "kind": d.kind,
                "status": d.status,
                "parties": self.party(d.parties),
                "buyer": self.ref(d.buyer),
                "seller": self.ref(d.seller),
                "object": self.ref(d.object),
                "text": d.text,
            }
            for d in sorted(
                self.corpus.deals,
                key=lambda d: (STATUSES.index(d.status), d.doc, d.text, d.kind),
            )
        ]

    def graph(self) -> list[dict[str, Any]]:
        """The network of facts: edges of stated meetings, posts, ownership and deals."""
        edges: Pairs = {
            (a, b, "meeting"): e for (a, b, s), e in self.meeting_pairs().items() if s == "stated"
        }
        edges |= {(a, b, "ownership"): e for (a, b, s), e in self.owned_pairs().items() if s == "stated"}  # fmt: skip
        for deal in self.corpus.deals:
            if deal.status == "stated":
                for a, b in self.deal_pairs(deal.parties, deal.buyer, deal.seller):
                    edges.setdefault((a, b, "deal"), Evidence()).add(deal.doc, label=deal.kind)
        edges |= self.post_edges()
        return [
            {"a": a, "b": b, "kind": kind, "labels": [t for t, _ in e.labels.most_common(3)],
             "documents": len(e.docs)}
            for (a, b, kind), e in sorted(edges.items(), key=lambda item: (
                -len(item[1].docs), item[0][2], id_number(item[0][0]), id_number(item[0][1])))
        ]  # fmt: skip

    def deal_pairs(
        self, parties: list[Key], buyer: Key | None, seller: Key | None
    ) -> list[tuple[str, str]]:
        """Buyer to seller where both are known, else every pair of the parties."""
        a, b = self.id_of(buyer), self.id_of(seller)
        if a and b and a != b:
            return [(a, b)]
        ids = sorted({i for i in map(self.id_of, parties) if i}, key=id_number)
        return list(combinations(ids, 2))

    def post_edges(self) -> Pairs:
        """A person to the organisation of a post, by the documents that give it."""
        posts: Pairs = {}
        for key, thing in self.things.items():
            person = self.id_of(key)
            for (title, org), docs in thing.roles.items():
                place = self.id_of(org)
                if person and place and place != person:
                    evidence = posts.setdefault((person, place, "post"), Evidence())
                    for doc in docs:
                        evidence.add(doc, label=title)
        chosen = sorted(posts.items(), key=lambda item: (-len(item[1].docs), item[0]))
        return dict(chosen[:NETWORK_POSTS])


def id_number(identifier: str) -> int:
    return int(identifier[1:])
