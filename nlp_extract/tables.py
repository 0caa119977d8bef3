"""Human views of a Document: rich tables for the terminal."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .describe import describe
from .schema import Document, Entity

KINDS = [("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places")]


def header(doc: Document) -> Text:
    counts = {kind: sum(1 for e in doc.entities if e.type == kind) for kind, _ in KINDS}
    parts = [
        doc.id,
        f"{doc.meta.chars} chars",
        doc.meta.encoding,
        f"date {doc.meta.date or doc.meta.reference_date or '—'}",
        f"{counts['PER']} people, {counts['ORG']} organisations, {counts['LOC']} places, "
        f"{len(doc.dates)} dates, {len(doc.agreements)} agreements",
    ]
    line = Text(" · ".join(parts), style="bold")
    if doc.meta.title:
        line.append(f"\n{doc.meta.title}", style="italic")
    return line


def entity_table(title: str, entities: list[Entity], names: dict[str, str]) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("name", overflow="fold", ratio=3)
    table.add_column("n", justify="right")
    table.add_column("details", overflow="fold", ratio=4)
    for entity in entities:
        details = []
        if entity.code:
            details.append(entity.code)
        for role in entity.roles:
            parts = [role.title] + [names[ref] for ref in (role.org,) if ref in names]
            where = f" (страна пребывания: {names[role.place]})" if role.place in names else ""
            details.append(", ".join(parts) + where)
        if entity.aliases:
            details.append("aka " + ", ".join(entity.aliases))
        table.add_row(entity.name, str(len(entity.mentions)), "; ".join(details))
    return table


def tables(doc: Document) -> Group:
    """One table per kind of thing found, each entity once."""
    names = {entity.id: entity.name for entity in doc.entities}
    parts: list[object] = [header(doc)]
    for kind, title in KINDS:
        chosen = [entity for entity in doc.entities if entity.type == kind]
        if chosen:
            parts.append(entity_table(title, chosen, names))
    if doc.dates:
        table = Table(title="Dates", title_justify="left")
        for column in ("text", "from", "to", "granularity"):
            table.add_column(column, overflow="fold")
        for item in doc.dates:
            table.add_row(item.text, item.start_date or "?", item.end_date or "?", item.granularity)
        parts.append(table)
    if doc.agreements:
        table = Table(title="Agreements", title_justify="left")
        for column in ("name", "kind", "parties"):
            table.add_column(column, overflow="fold")
        for agreement in doc.agreements:
            parties = ", ".join(names.get(party, party) for party in agreement.parties)
            table.add_row(agreement.name, agreement.kind, parties)
        parts.append(table)
    if doc.facts:
        table = Table(title="Facts", title_justify="left")
        table.add_column("kind")
        table.add_column("what", overflow="fold", ratio=3)
        table.add_column("in the text", overflow="fold", ratio=4)
        for fact in doc.facts:
            said = " ".join(fact.text.split())
            table.add_row(
                fact.type, describe(fact, names), said if len(said) <= 160 else said[:157] + "…"
            )
        parts.append(table)
    if doc.errors:
        parts.append(Text("\n".join(f"error: {e.message}" for e in doc.errors), style="red"))
    return Group(*parts)  # type: ignore[arg-type]


def print_tables(doc: Document, console: Console) -> None:
    console.print(tables(doc))
