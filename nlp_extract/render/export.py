"""Interchange formats: CSV/TSV rows per mention, CoNLL BIO tokens, brat standoff."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..schema import Document
from ..tokens import sentence_tokens
from .describe import describe, participants

if TYPE_CHECKING:
    from ..pipeline import Reading

CSV_COLUMNS = ["doc", "kind", "type", "name", "text", "start", "end", "value"]


def rows(doc: Document) -> Iterator[list[str | int]]:
    """One row per mention: entities, dates (value = start_date/end_date), agreements;
    then one row per fact (value = the ids of its entities, separated by ';') and one
    per quote (type = direct or indirect, name = the speaker's, text = what is said,
    value = the speaker's entity id)."""
    for entity in doc.entities:
        for mention in entity.mentions:
            yield [
                doc.id,
                "entity",
                entity.type,
                entity.name,
                mention.text,
                mention.start,
                mention.end,
                entity.code or "",
            ]
    for date in doc.dates:
        value = date.value or f"{date.start_date or ''}/{date.end_date or ''}"
        yield [doc.id, "date", date.granularity, date.text, date.text, date.start, date.end, value]
    for agreement in doc.agreements:
        yield [
            doc.id,
            "agreement",
            agreement.kind,
            agreement.name,
            agreement.text,
            agreement.start,
            agreement.end,
            "",
        ]
    names = {entity.id: entity.name for entity in doc.entities}
    for fact in doc.facts:
        # value: the ids of the entities the fact is about, to join with the entity rows
        yield [
            doc.id,
            "fact",
            fact.type,
            describe(fact, names),
            fact.text,
            fact.start,
            fact.end,
            ";".join(participants(fact)),
        ]
    for quote in doc.quotes:
        speaker = quote.speaker_name or ""
        yield [
            doc.id,
            "quote",
            quote.kind,
            speaker,
            quote.text,
            quote.start,
            quote.end,
            quote.speaker or "",
        ]


def to_delimited(doc: Document, delimiter: str, header: bool = True) -> str:
    """CSV (or TSV) text with proper quoting of commas, quotes and line breaks."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    writer.writerows(rows(doc))
    return out.getvalue()


def bio_tags(reading: Reading) -> Iterator[list[tuple[str, str]]]:
    """The pipeline's sentences as (token, BIO tag) pairs for PER/ORG/LOC mentions."""
    starts: dict[int, tuple[int, str]] = {}
    for entity in reading.document.entities:
        for mention in entity.mentions:
            starts[mention.start] = (mention.end, entity.type)
    open_end, open_type = -1, ""
    for sentence in sentence_tokens(reading.text, reading.regions):
        pairs = []
        for token in sentence:
            if token.start in starts:
                open_end, open_type = starts[token.start]
                tag = "B-" + open_type
            elif token.start < open_end:
                tag = "I-" + open_type
            else:
                tag = "O"
            if token.end >= open_end:
                open_end = -1
            pairs.append((token.text, tag))
        if pairs:
            yield pairs


def to_conll(reading: Reading) -> str:
    """Token per line, tab, BIO tag; a blank line between sentences; a comment with the id.
    The sentences are the content regions the pipeline read: furniture and repeats are
    left out, as they were by extraction."""
    lines = [f"# doc = {reading.document.id}"]
    for sentence in bio_tags(reading):
        lines += [f"{token}\t{tag}" for token, tag in sentence]
        lines.append("")
    return "\n".join(lines) + "\n"


def spans_from_conll(text: str, conll: str) -> list[tuple[str, int, int]]:
    """(type, start, end) spans read back from CoNLL lines against the text they came from."""
    spans: list[tuple[str, int, int]] = []
    position = 0
    for line in conll.splitlines():
        if not line or line.startswith("# "):
            continue
        token, tag = line.rsplit("\t", 1)
        start = text.index(token, position)
        position = start + len(token)
        if tag.startswith("B-"):
            spans.append((tag[2:], start, position))
        elif tag.startswith("I-"):
            kind, first, _ = spans[-1]
            spans[-1] = (kind, first, position)
    return spans


def to_brat(doc: Document) -> str:
    """brat standoff .ann lines: entities by type, DATE, AGREEMENT and QUOTE spans, facts
    as relations (Occupation, Meeting, Deal, Ownership) with a note on each whose fact is
    not simply stated ("status: planned"), each quote's speaker as a Said relation from the
    speaker's nearest mention to the quote, and its kind (direct or indirect) as a Kind
    attribute."""
    items: list[tuple[int, int, str, str]] = [
        (m.start, m.end, e.type, m.text) for e in doc.entities for m in e.mentions
    ]
    items += [(d.start, d.end, "DATE", d.text) for d in doc.dates]
    items += [(a.start, a.end, "AGREEMENT", a.text) for a in doc.agreements]
    items += [(q.start, q.end, "QUOTE", q.text) for q in doc.quotes]
    lines = []
    first_mention: dict[tuple[int, int], int] = {}
    for number, (start, end, kind, surface) in enumerate(sorted(items), 1):
        first_mention.setdefault((start, end), number)
        if "\n" in surface or "\r" in surface:  # brat needs one fragment per line
            pieces = [
                f"{start + m.start()} {start + m.end()}" for m in re.finditer(r"[^\r\n]+", surface)
            ]
            lines.append(f"T{number}\t{kind} {';'.join(pieces)}\t{' '.join(surface.split())}")
        else:
            lines.append(f"T{number}\t{kind} {start} {end}\t{surface}")
    lines += relations(doc, first_mention)
    lines += said(doc, first_mention, len([line for line in lines if line.startswith("R")]))
    return "\n".join(lines) + ("\n" if lines else "")


RELATION_NAMES = {
    "occupation": "Occupation",
    "meeting": "Meeting",
    "deal": "Deal",
    "ownership": "Ownership",
}


def relations(doc: Document, numbers: dict[tuple[int, int], int]) -> list[str]:
    """Facts as brat relations between the mentions nearest the fact: the first two
    entities a fact is about (person and organisation, owner and property, two parties)."""
    mentions = {entity.id: entity.mentions for entity in doc.entities}
    lines: list[str] = []
    notes: list[str] = []
    for fact in doc.facts:
        ids = participants(fact)[:2]
        if len(ids) < 2:
            continue
        args = []
        for identifier in ids:
            nearest = min(mentions[identifier], key=lambda m: abs(m.start - fact.start))
            args.append(numbers[nearest.start, nearest.end])
        relation = f"R{len(lines) + 1}"
        lines.append(f"{relation}\t{RELATION_NAMES[fact.type]} Arg1:T{args[0]} Arg2:T{args[1]}")
        if fact.status != "stated":
            notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {relation}\tstatus: {fact.status}")
    return lines + notes


def said(doc: Document, numbers: dict[tuple[int, int], int], relations: int) -> list[str]:
    """Each quote's Kind attribute, and a Said relation from its speaker's mention
    nearest the quote to the quote (none for a quote with no speaker entity)."""
    mentions = {entity.id: entity.mentions for entity in doc.entities}
    lines: list[str] = []
    for number, quote in enumerate(doc.quotes, 1):
        target = numbers[quote.start, quote.end]
        lines.append(f"A{number}\tKind T{target} {quote.kind}")
        if quote.speaker in mentions:
            nearest = min(mentions[quote.speaker], key=lambda m: abs(m.start - quote.start))
            source = numbers[nearest.start, nearest.end]
            relations += 1
            lines.append(f"R{relations}\tSaid Arg1:T{source} Arg2:T{target}")
    return lines
