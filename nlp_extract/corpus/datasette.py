"""What the corpus database's tables and columns mean, as Datasette's metadata file: written
beside the database (`corpus.db` -> `corpus.metadata.json`), read by
`datasette corpus.db --metadata corpus.metadata.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..schema.facts import STATUS_HELP

ENTITY = "a corpus entity (entities.id)"
DOC = "document id (documents.id)"
STATUS = STATUS_HELP + "; only stated facts make who met whom and who owns what"
INTERVAL = {"start_date": "first day (YYYY-MM-DD)", "end_date": "last day (YYYY-MM-DD)"}
OFFSETS = {"start": "offset of its first character in the text", "end": "offset after its last"}

# table -> (what a row is, {column: what it holds})
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "documents": ("One row per document read.", {
        "id": "the document's id (its file name in a batch)", "date": "publication date from the page",
        "url": "address from the page", "title": "title from the page", "encoding": "how the bytes were decoded",
        "chars": "length of the text", "language": "language of the text",
        "reference_date": "the date relative dates were read against",
        "reference_date_source": "where it came from: metadata, timestamp, dateline, story or option",
        "entities": "entities found in it", "errors": "what could not be read, as JSON",
    }),
    "entities": ("One row per corpus entity: one real thing over all documents.", {
        "id": "c1, c2 … ranked by the documents that mention it", "type": "PER, ORG or LOC",
        "name": "the name most documents give it", "code": "ISO 3166 code of a country",
        "documents": "documents that mention it", "mentions": "times it is mentioned",
    }),
    "aliases": ("The other names of an entity.", {"entity": ENTITY, "alias": "a name it also goes by"}),
    "roles": ("The titles people hold, and where.", {
        "entity": ENTITY, "title": "the post, as written", "org": "the organisation or place of the post",
        "documents": "documents that give it",
    }),
    "members": ("Each document's entities and the corpus entity each belongs to.", {
        "doc": DOC, "doc_entity": "the entity id within the document (e1, e2 …)", "entity": ENTITY,
    }),
    "mentions": ("Every mention of an entity, as written.", {
        "doc": DOC, "doc_entity": "the entity id within the document", "entity": ENTITY, **OFFSETS,
        "text": "the words of the mention",
    }),
    "dates": ("Every date expression and the interval it names.", {
        "doc": DOC, **OFFSETS, "text": "the words of the date", **INTERVAL,
        "granularity": "day, month, year …", "relative": "1 if read against the reference date",
        "value": "the date as the grammar read it",
    }),
    "agreements": ("Agreements, treaties, contracts and memorandums named in the documents.", {
        "id": "number across the corpus", "doc": DOC, **OFFSETS, "text": "the words that name it",
        "name": "its name, in the nominative", "kind": "agreement, treaty, convention, contract, declaration …",
    }),
    "agreement_parties": ("Who is party to an agreement.", {"agreement": "agreements.id", "entity": ENTITY}),
    "agreement_dates": ("When an agreement was signed, came into force or is planned.", {
        "agreement": "agreements.id", "text": "the words of the date", **INTERVAL,
        "role": "signed, in_force, planned, or empty",
    }),
    "facts": ("Occupations, meetings, deals and ownership, one row per fact a document states.", {
        "id": "number across the corpus", "doc": DOC, "type": "occupation, meeting, deal or ownership",
        "status": STATUS, "kind": "a deal's kind: purchase, investment, services, sanctions, fine, loan, other",
        "person": f"occupation: the person, {ENTITY}", "title": "occupation: the post",
        "org": "occupation: the organisation", "place": "the place of an occupation or meeting",
        "owner": "ownership: the owner", "property": "ownership: what is owned",
        **INTERVAL, **OFFSETS, "text": "the words that state the fact",
    }),
    "fact_participants": ("Who takes part in a meeting or deal.", {"fact": "facts.id", "entity": ENTITY}),
    "meetings": ("Who met whom: one row per pair and status.", {
        "a": ENTITY, "b": ENTITY, "status": STATUS, "documents": "documents that say so",
    }),
    "quotes": ("Who said what: every quotation a document attributes.", {
        "id": "number across the corpus", "doc": DOC,
        "speaker": f"who says it, {ENTITY} (empty when no entity speaks)",
        "speaker_name": "the speaker's name as the document gives it",
        "cue": "the verb or phrase of speech", "kind": "direct or indirect",
        "status": "stated, negated (denied) or hypothetical", **OFFSETS, "text": "what is said",
    }),
}  # fmt: skip


def metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata for a database of this name (the file name without suffix)."""
    tables = {
        table: {"description": what, "columns": columns}
        for table, (what, columns) in TABLES.items()
    }
    tables["entities"] |= {"label_column": "name", "sort_desc": "documents"}
    tables["documents"]["label_column"] = "id"
    return {
        "title": "nlp-extract corpus",
        "description": "People, organisations, places, dates, agreements and facts from Russian "
        "news, one entity per real thing over all documents (nlp-extract report).",
        "databases": {database: {"tables": tables}},
    }


def metadata_path(database: Path) -> Path:
    return database.with_name(database.stem + ".metadata.json")


def metadata_text(database: Path) -> str:
    return json.dumps(metadata(database.stem), ensure_ascii=False, indent=2) + "\n"
