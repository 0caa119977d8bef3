"""The corpus report as rich tables: who and what is in most documents, and when."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

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
        table.add_row(
            entity["name"], str(entity["documents"]), str(entity["mentions"]), "; ".join(details)
        )
    return table


def names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(ref["name"] or "?" for ref in refs)


def when(start: str | None, end: str | None) -> str:
    if not start:
        return "?"
    return start if end in (None, start) else f"{start} – {end}"


def report_tables(model: dict[str, Any], top: int) -> Group:
    parts: list[Any] = [
        Text(
            f"{model['documents']} documents · {len(model['entities'])} things · "
            f"{len(model['agreements'])} agreements · {len(model['meetings'])} pairs who met",
            style="bold",
        )
    ]
    for kind, title in KINDS:
        chosen = [e for e in model["entities"] if e["type"] == kind][:top]
        if chosen:
            parts.append(entity_table(title, chosen))
    if model["agreements"]:
        table = Table(title="Agreements", title_justify="left")
        for column in ("name", "kind", "parties", "dates", "document"):
            table.add_column(column, overflow="fold")
        for agreement in model["agreements"][:top]:
            dates = "; ".join(
                when(d["start_date"], d["end_date"]) + (f" ({d['role']})" if d["role"] else "")
                for d in agreement["dates"]
            )
            table.add_row(
                agreement["name"],
                agreement["kind"],
                names(agreement["parties"]),
                dates,
                agreement["doc"],
            )
        parts.append(table)
    if model["meetings"]:
        table = Table(title="Who meets whom", title_justify="left")
        for column in ("who", "with", "documents"):
            table.add_column(column, overflow="fold")
        for meeting in model["meetings"][:top]:
            a, b = meeting["participants"]
            table.add_row(a["name"], b["name"], str(meeting["documents"]))
        parts.append(table)
    if model["deals"]:
        table = Table(title="Deals", title_justify="left")
        for column in ("kind", "parties", "document"):
            table.add_column(column, overflow="fold")
        for deal in model["deals"][:top]:
            table.add_row(deal["kind"], names(deal["parties"]), deal["doc"])
        parts.append(table)
    if model["ownership"]:
        table = Table(title="Who owns what", title_justify="left")
        for column in ("owner", "property", "documents"):
            table.add_column(column, overflow="fold")
        for owned in model["ownership"][:top]:
            table.add_row(
                owned["owner"]["name"], owned["property"]["name"], str(owned["documents"])
            )
        parts.append(table)
    if model["timeline"]:
        table = Table(title="Timeline", title_justify="left")
        for column in ("when", "what", "who", "document"):
            table.add_column(column, overflow="fold")
        for event in model["timeline"][:top]:
            table.add_row(
                when(event["start_date"], event["end_date"]),
                f"{event['kind']}: {event['name']}"
                if event["kind"] == "agreement"
                else event["kind"],
                names(event["entities"]),
                event["doc"],
            )
        parts.append(table)
    return Group(*parts)
