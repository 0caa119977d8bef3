"""The corpus report as rich tables: who and what is in most documents, and when.

Every cell is plain text (`terminal.plain`): names and ids come from the documents."""

from __future__ import annotations

from calendar import monthrange
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..render.terminal import plain

KINDS = [("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places")]


def entity_table(title: str, entities: list[dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("name", overflow="fold", ratio=3)
    table.add_column("docs", justify="right")
    table.add_column("mentions", justify="right")
    table.add_column("roles and other names", overflow="fold", ratio=5)
    for entity in entities:
        details = [entity["code"]] if entity["code"] else []
        for role in entity["roles"][:3]:
            org = f", {role['org_name']}" if role["org_name"] else ""
            details.append(f"{role['title']}{org} ({role['documents']})")
        if entity["aliases"]:
            details.append("aka " + ", ".join(entity["aliases"][:4]))
        counts = str(entity["documents"]), str(entity["mentions"])
        table.add_row(*map(plain, (entity["name"], *counts, "; ".join(details))))
    return table


def stated(facts: list[dict[str, Any]]) -> int:
    """Facts that happened or hold: the others (planned, negated …) are listed, not counted."""
    return sum(fact["status"] == "stated" for fact in facts)


def names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(ref["name"] or "?" for ref in refs)


def when(start: str | None, end: str | None) -> str:
    """A date interval as a reader writes it: a day, a whole month ("2016-03"), a whole
    year ("2016"), else its first and last day."""
    if not start:
        return "?"
    if end is None or end == start:
        return start
    if start[4:] == "-01-01" and end[4:] == "-12-31" and start[:4] == end[:4]:
        return start[:4]
    year, month = int(start[:4]), int(start[5:7])
    if start[8:] == "01" and end[:7] == start[:7] and int(end[8:]) == monthrange(year, month)[1]:
        return start[:7]
    return f"{start} – {end}"


def report_tables(model: dict[str, Any], top: int) -> Group:
    parts: list[Any] = [
        Text(
            f"{model['documents']} documents · {len(model['entities'])} things · "
            f"{len(model['agreements'])} agreements · {stated(model['meetings'])} pairs who met",
            style="bold",
        )
    ]
    for kind, title in KINDS:
        chosen = [e for e in model["entities"] if e["type"] == kind][:top]
        if chosen:
            parts.append(entity_table(title, chosen))
    sections = [
        ("Agreements", ("name", "kind", "parties", "dates", "document"), agreement_rows),
        ("Who meets whom", ("who", "with", "status", "documents"), meeting_rows),
        ("Deals", ("kind", "parties", "status", "document"), deal_rows),
        ("Who owns what", ("owner", "property", "status", "documents"), ownership_rows),
        ("Who said what", ("speaker", "quotes", "documents", "said first"), quote_rows),
        ("Timeline", ("when", "what", "who", "document"), timeline_rows),
    ]
    for title, columns, rows in sections:
        found = rows(model)[:top]
        if found:
            table = Table(title=title, title_justify="left")
            for column in columns:
                table.add_column(column, overflow="fold")
            for row in found:
                table.add_row(*map(plain, row))
            parts.append(table)
    return Group(*parts)


Rows = list[tuple[str, ...]]


def agreement_rows(model: dict[str, Any]) -> Rows:
    return [
        (
            a["name"],
            a["kind"],
            names(a["parties"]),
            "; ".join(
                when(d["start_date"], d["end_date"]) + (f" ({d['role']})" if d["role"] else "")
                for d in a["dates"]
            ),
            a["doc"],
        )
        for a in model["agreements"]
    ]


def meeting_rows(model: dict[str, Any]) -> Rows:
    return [
        (
            m["participants"][0]["name"],
            m["participants"][1]["name"],
            m["status"],
            str(m["documents"]),
        )
        for m in model["meetings"]
    ]


def deal_rows(model: dict[str, Any]) -> Rows:
    return [(d["kind"], names(d["parties"]), d["status"], d["doc"]) for d in model["deals"]]


def ownership_rows(model: dict[str, Any]) -> Rows:
    return [
        (o["owner"]["name"], o["property"]["name"], o["status"], str(o["documents"]))
        for o in model["ownership"]
    ]


def quote_rows(model: dict[str, Any]) -> Rows:
    """Each speaker, how often and in how many documents quoted, and one quote."""
    rows: Rows = []
    for item in model.get("quotes", []):
        first = " ".join(item["quotes"][0]["text"].split())
        first = first if len(first) <= 100 else first[:97] + "…"
        rows.append(
            (item["speaker"]["name"], str(len(item["quotes"])), str(item["documents"]), first)
        )
    return rows


def timeline_rows(model: dict[str, Any]) -> Rows:
    return [
        (
            when(e["start_date"], e["end_date"]),
            f"{e['kind']}: {e['name']}" if e["kind"] == "agreement" else e["kind"],
            names(e["entities"]),
            e["doc"],
        )
        for e in model["timeline"]
    ]
