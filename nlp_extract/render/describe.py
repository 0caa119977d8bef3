"""Facts in words, for the views that people read (tables, CSV rows)."""

from __future__ import annotations

from collections.abc import Mapping

from ..schema import DealFact, MeetingFact, OccupationFact, OwnershipFact

DEAL_KINDS = {
    "purchase": "покупка",
    "investment": "инвестиции",
    "services": "услуги и поставки",
    "sanctions": "санкции",
    "fine": "штраф",
    "loan": "заём",
    "other": "сделка",
}
Fact = OccupationFact | MeetingFact | DealFact | OwnershipFact


def participants(fact: Fact) -> list[str]:
    """The entity ids a fact is about, in the order it names them."""
    if isinstance(fact, OccupationFact):
        return [i for i in (fact.person, fact.org, fact.place) if i]
    if isinstance(fact, OwnershipFact):
        return [fact.owner, fact.property]
    return list(fact.participants)


def describe(fact: Fact, names: Mapping[str, str]) -> str:
    """ "Сергей Лавров — министр иностранных дел, Россия"; "встреча: A, B"."""

    def name(identifier: str | None) -> str:
        return names.get(identifier or "", "?")

    if isinstance(fact, OccupationFact):
        org = f", {name(fact.org)}" if fact.org else ""
        place = f" (страна пребывания: {name(fact.place)})" if fact.place else ""
        return f"{name(fact.person)} — {fact.title}{org}{place}"
    if isinstance(fact, MeetingFact):
        where = f" в {name(fact.place)}" if fact.place else ""
        return "встреча: " + ", ".join(map(name, fact.participants)) + where
    if isinstance(fact, DealFact):
        return f"{DEAL_KINDS[fact.kind]}: " + ", ".join(map(name, fact.participants))
    return f"{name(fact.owner)} владеет: {name(fact.property)}"
