"""The corpus as a SQLite database, written while the documents stream in.

Rows of each document go in as it is read, pointing at its entities' keys (numbers);
when the corpus is whole, a `keys` table maps each key to its corpus entity and the
key columns become entity ids. The file is built beside the target under a temporary
name and moved into place only when complete.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..render.files import publish, temporary_beside
from .identity import Key
from .whole import CorpusModel

FLUSH_ROWS = 20_000

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "columns": {
            "id": str, "date": str, "url": str, "title": str, "encoding": str, "chars": int,
            "language": str, "reference_date": str, "entities": int, "errors": str,
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
            "id": int, "doc": str, "type": str, "kind": str, "person": str, "title": str,
            "org": str, "place": str, "owner": str, "property": str, "start_date": str,
            "end_date": str, "start": int, "end": int, "text": str,
        },
        "pk": "id",
    },
    "fact_participants": {"columns": {"fact": int, "entity": str}},
    "meetings": {"columns": {"a": str, "b": str, "documents": int}},
}  # fmt: skip

# columns that hold a key number while streaming and an entity id at the end
KEYED = {
    "members": ["entity"],
    "mentions": ["entity"],
    "agreement_parties": ["entity"],
    "facts": ["person", "org", "place", "owner", "property"],
    "fact_participants": ["entity"],
}
FOREIGN = {
    "aliases": [("entity", "entities", "id")],
    "members": [("doc", "documents", "id"), ("entity", "entities", "id")],
    "mentions": [("doc", "documents", "id"), ("entity", "entities", "id")],
    "roles": [("entity", "entities", "id")],
    "dates": [("doc", "documents", "id")],
    "agreements": [("doc", "documents", "id")],
    "agreement_parties": [("agreement", "agreements", "id"), ("entity", "entities", "id")],
    "agreement_dates": [("agreement", "agreements", "id")],
    "facts": [("doc", "documents", "id")],
    "fact_participants": [("fact", "facts", "id"), ("entity", "entities", "id")],
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
    "facts": [["doc"], ["type"], ["person"]],
    "fact_participants": [["fact"], ["entity"]],
    "meetings": [["a"], ["b"]],
}


class DatabaseWriter:
    """Streams each document's rows into a new database; `finish` completes it."""

    def __init__(self, target: Path) -> None:
        import sqlite_utils

        self.target = target
        self.temporary = temporary_beside(target)
        self.db = sqlite_utils.Database(self.temporary)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        for table, spec in TABLES.items():
            self.db[table].create(  # type: ignore[union-attr]
                spec["columns"], pk=spec.get("pk"), foreign_keys=FOREIGN.get(table)
            )
        self.key_numbers: dict[Key, int] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self.agreement_number = 0
        self.fact_number = 0

    def number(self, key: Key | None) -> int | None:
        if key is None:
            return None
        return self.key_numbers.setdefault(key, len(self.key_numbers) + 1)

    def add(self, doc: dict[str, Any], keys: dict[str, Key]) -> None:
        """One document's rows, its entities given by key number."""
        identifier, meta = doc["id"], doc.get("meta") or {}
        self.put(
            "documents",
            [
                {
                    "id": identifier,
                    **{
                        k: meta.get(k)
                        for k in (
                            "date",
                            "url",
                            "title",
                            "encoding",
                            "chars",
                            "language",
                            "reference_date",
                        )
                    },
                    "entities": len(doc["entities"]),
                    "errors": json.dumps(doc["errors"], ensure_ascii=False)
                    if doc.get("errors")
                    else None,
                }
            ],
        )
        number = {entity: self.number(key) for entity, key in keys.items()}
        for entity in doc["entities"]:
            self.put(
                "members",
                [{"doc": identifier, "doc_entity": entity["id"], "entity": number[entity["id"]]}],
            )
            self.put(
                "mentions",
                [
                    {"doc": identifier, "doc_entity": entity["id"], "entity": number[entity["id"]],
                     "start": m["start"], "end": m["end"], "text": m["text"]}
                    for m in entity["mentions"]
                ],
            )  # fmt: skip
        dates = doc.get("dates") or []
        self.put(
            "dates",
            [
                {"doc": identifier, **{k: d.get(k) for k in ("start", "end", "text", "start_date",
                 "end_date", "granularity", "value")}, "relative": int(bool(d.get("relative")))}
                for d in dates
            ],
        )  # fmt: skip
        for agreement in doc.get("agreements") or []:
            self.agreement_number += 1
            self.put(
                "agreements",
                [{"id": self.agreement_number, "doc": identifier,
                  **{k: agreement.get(k) for k in ("start", "end", "text", "name", "kind")}}],
            )  # fmt: skip
            self.put(
                "agreement_parties",
                [{"agreement": self.agreement_number, "entity": number[p]}
                 for p in agreement.get("parties", []) if p in number],
            )  # fmt: skip
            self.put(
                "agreement_dates",
                [{"agreement": self.agreement_number, "role": d.get("role"),
                  **{k: dates[d["date"]].get(k) for k in ("text", "start_date", "end_date")}}
                 for d in agreement.get("dates", []) if 0 <= d["date"] < len(dates)],
            )  # fmt: skip
        for fact in doc.get("facts") or []:
            self.fact_number += 1
            date = dates[fact["date"]] if fact.get("date") is not None else {}
            self.put(
                "facts",
                [{"id": self.fact_number, "doc": identifier, "type": fact.get("type"),
                  "kind": fact.get("kind"), "text": fact.get("text"),
                  "person": number.get(fact.get("person") or ""), "title": fact.get("title"),
                  "org": number.get(fact.get("org") or ""), "place": number.get(fact.get("place") or ""),
                  "owner": number.get(fact.get("owner") or ""),
                  "property": number.get(fact.get("property") or ""),
                  "start_date": date.get("start_date"), "end_date": date.get("end_date"),
                  "start": fact.get("start"), "end": fact.get("end")}],
            )  # fmt: skip
            self.put(
                "fact_participants",
                [{"fact": self.fact_number, "entity": number[p]}
                 for p in fact.get("participants", []) if p in number],
            )  # fmt: skip

    def put(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        pending = self.rows[table]
        pending.extend(rows)
        if len(pending) >= FLUSH_ROWS:
            self.flush(table)

    def flush(self, table: str) -> None:
        """Insert the table's pending rows. sqlite-utils made the tables; the rows go in
        through the connection itself (insert_all inspects every value, 2x slower)."""
        rows = self.rows[table]
        if rows:
            columns = list(TABLES[table]["columns"])
            names = ", ".join(f"[{column}]" for column in columns)
            marks = ", ".join("?" for _ in columns)
            self.db.conn.executemany(
                f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
                [tuple(row.get(column) for column in columns) for row in rows],
            )
            self.rows[table] = []

    def finish(self, model: CorpusModel) -> None:
        """The corpus entities, keys turned into entity ids, keys and indexes; then the
        file is moved into place."""
        entities = model.entities()
        self.put("entities", [{k: e[k] for k in TABLES["entities"]["columns"]} for e in entities])
        self.put(
            "aliases", [{"entity": e["id"], "alias": a} for e in entities for a in e["aliases"]]
        )
        self.put(
            "roles",
            [{"entity": e["id"], "title": r["title"], "org": r["org"], "documents": r["documents"]}
             for e in entities for r in e["roles"]],
        )  # fmt: skip
        self.put(
            "meetings",
            [{"a": m["participants"][0]["id"], "b": m["participants"][1]["id"], "documents": m["documents"]}
             for m in model.meetings()],
        )  # fmt: skip
        self.put(
            "keys", [{"key": n, "entity": model.id_of(k)} for k, n in self.key_numbers.items()]
        )
        for table in TABLES:
            self.flush(table)
        for table, columns in KEYED.items():
            for column in columns:
                self.db.execute(
                    f"UPDATE [{table}] SET [{column}] = "
                    f"(SELECT entity FROM keys WHERE keys.key = [{table}].[{column}])"
                )
        for table, indexes in INDEXES.items():
            for columns in indexes:
                self.db[table].create_index(columns)  # type: ignore[union-attr]
        self.db.conn.commit()
        self.db.close()
        publish(self.temporary, self.target)

    def abandon(self) -> None:
        """Leave nothing behind: the partial database is removed."""
        try:
            self.db.close()
        finally:
            self.temporary.unlink(missing_ok=True)
