"""Human views of a Document: rich tables for the terminal."""

from __future__ import annotations

import re

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table

from ..schema import DateMention, Document, Entity
from .describe import what
from .terminal import plain

KINDS = [("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places")]


class Header:
    """The document's fields on as few lines as the terminal allows, wrapped between
    fields, never inside one ("date 2026-02-19" stays whole)."""

    def __init__(self, parts: list[str], title: str | None) -> None:
        self.parts, self.title = parts, title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = [""]
        for part in self.parts:
            joined = f"{lines[-1]} · {part}" if lines[-1] else part
            if len(joined) <= options.max_width or not lines[-1]:
                lines[-1] = joined
            else:
                lines.append(part)
        for line in lines:
            yield plain(line, style="bold")
        if self.title:
            yield plain(self.title, style="italic")


def header(doc: Document) -> Header:
    counts = {kind: sum(1 for e in doc.entities if e.type == kind) for kind, _ in KINDS}
    parts = [
        doc.id,
        f"{doc.meta.chars} chars",
        doc.meta.encoding,
        f"date {doc.meta.date or doc.meta.reference_date or '—'}",
        f"{counts['PER']} people",
        f"{counts['ORG']} organisations",
        f"{counts['LOC']} places",
        f"{len(doc.dates)} dates",
        f"{len(doc.agreements)} agreements",
        f"{len(doc.facts)} facts",
        f"{len(doc.quotes)} quotes",
    ]
    return Header(parts, doc.meta.title)


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
        cells = (entity.name, str(len(entity.mentions)), "; ".join(details))
        table.add_row(*map(plain, cells))
    return table


def tables(doc: Document) -> Group:
    """One table per kind of thing found, each entity once; every cell plain text."""
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
            start, end = date_cells(item)
            table.add_row(*map(plain, (item.text, start, end, item.granularity)))
        parts.append(table)
    if doc.agreements:
        table = Table(title="Agreements", title_justify="left")
        for column in ("name", "kind", "parties"):
            table.add_column(column, overflow="fold")
        for agreement in doc.agreements:
            parties = ", ".join(names.get(party, party) for party in agreement.parties)
            table.add_row(*map(plain, (agreement.name, agreement.kind, parties)))
        parts.append(table)
    if doc.facts:
        table = Table(title="Facts", title_justify="left")
        table.add_column("kind")
        table.add_column("what", overflow="fold", ratio=3)
        table.add_column("in the text", overflow="fold", ratio=4)
        for fact in doc.facts:
            said = " ".join(fact.text.split())
            said = said if len(said) <= 160 else said[:157] + "…"
            kind = fact.type if fact.status == "stated" else f"{fact.type}\n({fact.status})"
            table.add_row(*map(plain, (kind, what(fact, names), said)))
        parts.append(table)
    if doc.quotes:
        parts.append(quote_table(doc, names))
    if doc.errors:
        parts.append(plain("\n".join(f"error: {e.message}" for e in doc.errors), style="red"))
    return Group(*parts)  # type: ignore[arg-type]


def quote_table(doc: Document, names: dict[str, str]) -> Table:
    """Who said what: the speaker, the verb, what is said (cut at 160 characters)."""
    table = Table(title="Quotes", title_justify="left")
    table.add_column("speaker", overflow="fold", ratio=2)
    table.add_column("cue", overflow="fold")
    table.add_column("kind")
    table.add_column("what is said", overflow="fold", ratio=5)
    for quote in doc.quotes:
        said = " ".join(quote.text.split())
        said = said if len(said) <= 160 else said[:157] + "…"
        speaker = quote.speaker_name or names.get(quote.speaker or "", "") or "—"
        kind = quote.kind if quote.status == "stated" else f"{quote.kind}, {quote.status}"
        table.add_row(*map(plain, (speaker, quote.cue, kind, said)))
    return table


UNITS = {
    "Y": ("год", "года", "лет"),
    "M": ("месяц", "месяца", "месяцев"),
    "W": ("неделя", "недели", "недель"),
    "D": ("день", "дня", "дней"),
}


EVERY = {"P1Y": "каждый год", "P1M": "каждый месяц", "P1W": "каждую неделю", "P1D": "каждый день"}


def counted(number: int, forms: tuple[str, str, str]) -> str:
    """ "1 год", "3 года", "10 лет"."""
    if number % 10 == 1 and number % 100 != 11:
        return f"{number} {forms[0]}"
    if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        return f"{number} {forms[1]}"
    return f"{number} {forms[2]}"


def duration(value: str) -> str:
    """An ISO 8601 duration in words: "P10Y" -> "10 лет", "P1Y6M" -> "1 год 6 месяцев"."""
    pieces = re.findall(r"(\d+)([YMWD])", value.split("T")[0])
    return " ".join(counted(int(n), UNITS[unit]) for n, unit in pieces) or value


def date_cells(item: DateMention) -> tuple[str, str]:
    """What the from/to columns say: the days, a duration's length, or why there are none."""
    if item.value:
        if item.granularity == "set":
            return EVERY.get(item.value) or "раз в " + duration(item.value), ""
        return duration(item.value), ""
    if item.start_date or item.end_date:
        return item.start_date or "…", item.end_date or "…"
    if item.relative:
        return "? (no reference date: give --date)", "?"
    return "?", "?"


def print_tables(doc: Document, console: Console) -> None:
    console.print(tables(doc))
