"""The corpus as a SQLite database, written while the documents stream in, and beside it
the Datasette metadata that says what its tables and columns hold.

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

from ..render.files import publish, temporary_beside, write_whole
from .datasette import metadata_path, metadata_text
from .identity import Key
from .sql import FOREIGN, INDEXES, KEYED, TABLES
from .whole import CorpusModel

FLUSH_ROWS = 20_000


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
        self.quote_number = 0

    def number(self, key: Key | None) -> int | None:
        if key is None:
            return None
        return self.key_numbers.setdefault(key, len(self.key_numbers) + 1)

    def add(self, doc: dict[str, Any], keys: dict[str, Key]) -> None:
        """One document's rows, its entities given by key number."""
        identifier = doc["id"]
        number = {entity: self.number(key) for entity, key in keys.items()}
        dates = doc.get("dates") or []
        self.put("documents", [document_row(doc)])
        self.put_entities(identifier, doc["entities"], number)
        self.put(
            "dates",
            [
                {"doc": identifier, **{k: d.get(k) for k in ("start", "end", "text", "start_date",
                 "end_date", "granularity", "value")}, "relative": int(bool(d.get("relative")))}
                for d in dates
            ],
        )  # fmt: skip
        for agreement in doc.get("agreements") or []:
            self.put_agreement(identifier, agreement, dates, number)
        for fact in doc.get("facts") or []:
            self.put_fact(identifier, fact, dates, number)
        self.put_quotes(identifier, doc.get("quotes") or [], number)

    def put_quotes(
        self, identifier: str, quotes: list[dict[str, Any]], number: dict[str, int | None]
    ) -> None:
        """Who said what, numbered across the corpus, the speaker by key number."""
        for quote in quotes:
            self.quote_number += 1
            self.put(
                "quotes",
                [{"id": self.quote_number, "doc": identifier,
                  "speaker": number.get(quote.get("speaker") or ""),
                  **{k: quote.get(k) for k in ("speaker_name", "cue", "kind", "status", "start",
                                               "end", "text")}}],
            )  # fmt: skip

    def put_entities(
        self, identifier: str, entities: list[dict[str, Any]], number: dict[str, int | None]
    ) -> None:
        """Members and mentions point at key numbers: the corpus entity is known only
        at the end, when `finish` turns the numbers into ids."""
        for entity in entities:
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

    def put_agreement(
        self,
        identifier: str,
        agreement: dict[str, Any],
        dates: list[dict[str, Any]],
        number: dict[str, int | None],
    ) -> None:
        """An agreement numbered across the corpus (a document's own index would repeat),
        its parties and its dates copied out of the document's date list."""
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

    def put_fact(
        self,
        identifier: str,
        fact: dict[str, Any],
        dates: list[dict[str, Any]],
        number: dict[str, int | None],
    ) -> None:
        """A fact of any type in one wide row (its date as an interval), numbered across
        the corpus, with its participants in a table of their own."""
        self.fact_number += 1
        date = dates[fact["date"]] if fact.get("date") is not None else {}
        self.put(
            "facts",
            [{"id": self.fact_number, "doc": identifier, "type": fact.get("type"),
              "status": fact.get("status", "stated"), "kind": fact.get("kind"), "text": fact.get("text"),
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
            [{"a": m["participants"][0]["id"], "b": m["participants"][1]["id"], "status": m["status"],
              "documents": m["documents"]} for m in model.meetings()],
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
        self.db["keys"].drop()  # a key number's entity, needed only for the update above
        for table, indexes in INDEXES.items():
            for columns in indexes:
                self.db[table].create_index(columns)  # type: ignore[union-attr]
        self.db.conn.commit()
        self.db.close()
        publish(self.temporary, self.target)
        write_whole(metadata_path(self.target), metadata_text(self.target))

    def abandon(self) -> None:
        """Leave nothing behind: the partial database is removed."""
        try:
            self.db.close()
        finally:
            self.temporary.unlink(missing_ok=True)


DOCUMENT_META = (
    "date",
    "url",
    "title",
    "encoding",
    "chars",
    "language",
    "reference_date",
    "reference_date_source",
)


def document_row(doc: dict[str, Any]) -> dict[str, Any]:
    """The document's row: its meta, its entity count, its errors as JSON text."""
    meta = doc.get("meta") or {}
    errors = doc.get("errors")
    return {
        "id": doc["id"],
        **{k: meta.get(k) for k in DOCUMENT_META},
        "entities": len(doc["entities"]),
        "errors": json.dumps(errors, ensure_ascii=False) if errors else None,
    }
