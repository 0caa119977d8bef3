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
# a fact that is not simply stated says so after its description
STATUS_WORDS = {
    "planned": "планируется",
    "negated": "не состоялось",
    "hypothetical": "возможно",
    "former": "в прошлом",
}


def participants(fact: Fact) -> list[str]:
    """The entity ids a fact is about, in the order it names them."""
    if isinstance(fact, OccupationFact):
        return [i for i in (fact.person, fact.org, fact.place) if i]
    if isinstance(fact, OwnershipFact):
        return [fact.owner, fact.property]
    return list(fact.participants)


def describe(fact: Fact, names: Mapping[str, str]) -> str:
    """ "Сергей Лавров — министр иностранных дел, Россия"; "встреча: A, B (планируется)"."""
    said = what(fact, names)
    return f"{said} ({STATUS_WORDS[fact.status]})" if fact.status in STATUS_WORDS else said


def what(fact: Fact, names: Mapping[str, str]) -> str:
    """The fact in words, without its status."""

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
        if fact.buyer and (fact.seller or fact.object):
            sides = [("покупатель", fact.buyer), ("продавец", fact.seller), ("что", fact.object)]
            said = ", ".join(f"{role} {name(side)}" for role, side in sides if side)
            return f"{DEAL_KINDS[fact.kind]}: {said}"
        return f"{DEAL_KINDS[fact.kind]}: " + ", ".join(map(name, fact.participants))
    return f"{name(fact.owner)} владеет: {name(fact.property)}"
