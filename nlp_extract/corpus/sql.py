"""The tables of the corpus database: columns, primary and foreign keys, indexes, and
the columns that hold a key number while the documents stream in."""

from __future__ import annotations

from typing import Any

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "columns": {
            "id": str, "date": str, "url": str, "title": str, "encoding": str, "chars": int,
            "language": str, "reference_date": str, "reference_date_source": str,
            "entities": int, "errors": str,
        },
        "pk": "id",
    },
    "entities": {
        "columns": {"id": str, "type": str, "name": str, "code": str, "documents": int, "mentions": int},
        "pk": "id",
    },
    "keys": {"columns": {"key": int, "entity": str}, "pk": "key"},
    "aliases": {"columns": {"entity": str, "alias": str}},
    "members": {"columns": {"doc": str, "doc_entity": str, "entity": str}},
    "mentions": {
        "columns": {"doc": str, "doc_entity": str, "entity": str, "start": int, "end": int, "text": str}
    },
    "roles": {"columns": {"entity": str, "title": str, "org": str, "documents": int}},
    "dates": {
        "columns": {
            "doc": str, "start": int, "end": int, "text": str, "start_date": str, "end_date": str,
            "granularity": str, "relative": int, "value": str,
        }
    },
    "agreements": {
        "columns": {
            "id": int, "doc": str, "start": int, "end": int, "text": str, "name": str, "kind": str,
        },
        "pk": "id",
    },
    "agreement_parties": {"columns": {"agreement": int, "entity": str}},
    "agreement_dates": {
        "columns": {"agreement": int, "text": str, "start_date": str, "end_date": str, "role": str}
    },
    "facts": {
        "columns": {
            "id": int, "doc": str, "type": str, "status": str, "kind": str, "person": str, "title": str,
            "org": str, "place": str, "owner": str, "property": str, "start_date": str,
            "end_date": str, "start": int, "end": int, "text": str,
        },
        "pk": "id",
    },
    "fact_participants": {"columns": {"fact": int, "entity": str}},
    "meetings": {"columns": {"a": str, "b": str, "status": str, "documents": int}},
    "quotes": {
        "columns": {
            "id": int, "doc": str, "speaker": str, "speaker_name": str, "cue": str, "kind": str,
            "status": str, "start": int, "end": int, "text": str,
        },
        "pk": "id",
    },
}  # fmt: skip

# columns that hold a key number while streaming and an entity id at the end
KEYED = {
    "members": ["entity"],
    "mentions": ["entity"],
    "agreement_parties": ["entity"],
    "facts": ["person", "org", "place", "owner", "property"],
    "fact_participants": ["entity"],
    "quotes": ["speaker"],
}
FOREIGN = {
    "aliases": [("entity", "entities", "id")],
    "members": [("doc", "documents", "id"), ("entity", "entities", "id")],
    "mentions": [("doc", "documents", "id"), ("entity", "entities", "id")],
    "roles": [("entity", "entities", "id"), ("org", "entities", "id")],
    "dates": [("doc", "documents", "id")],
    "agreements": [("doc", "documents", "id")],
    "agreement_parties": [("agreement", "agreements", "id"), ("entity", "entities", "id")],
    "agreement_dates": [("agreement", "agreements", "id")],
    "facts": [
        ("doc", "documents", "id"),
        *((column, "entities", "id") for column in ("person", "org", "place", "owner", "property")),
    ],
    "fact_participants": [("fact", "facts", "id"), ("entity", "entities", "id")],
    "meetings": [("a", "entities", "id"), ("b", "entities", "id")],
    "quotes": [("doc", "documents", "id"), ("speaker", "entities", "id")],
}
INDEXES = {
    "entities": [["type", "documents"], ["name"]],
    "aliases": [["entity"], ["alias"]],
    "members": [["doc"], ["entity"]],
    "mentions": [["doc"], ["entity"]],
    "roles": [["entity"], ["title"]],
    "dates": [["doc"], ["start_date"]],
    "agreements": [["doc"]],
    "agreement_parties": [["agreement"], ["entity"]],
    "agreement_dates": [["agreement"]],
    "facts": [["doc"], ["type", "status"], ["person"]],
    "fact_participants": [["fact"], ["entity"]],
    "meetings": [["a"], ["b"]],
    "quotes": [["doc"], ["speaker"]],
}
