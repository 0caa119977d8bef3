"""Deals, read sentence by sentence around the words that say them.

A deal is an economic transaction — a purchase or a supply of goods, an investment, a
contract for services, sanctions, a fine, a loan — between the organisations, people or
countries on either side of its word. Ownership is in ownership.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..constants import LOC, PER
from ..lexicon import MEDIA_NAME, SOURCE_BEFORE
from ..lexicon.deals import DEAL, MUTUAL, OPINION, OPINION_CASES, SUPPLY_VERB
from ..lexicon.speech import SAID_THAT
from ..schema import DealFact, Entity
from ..sentences import SentenceIndex
from .clauses import Clauses
from .purchases import (
    Placed,
    Sides,
    case_words,
    main_purchase_word,
    named_under,
    purchase_sides,
    supplies,
)
from .status import event_status

LIST_GLUE = re.compile(r"^(?:\s*,\s*|\s+и\s+|\s*,\s*а\s+также\s+)$")


def placed(text: str, index: SentenceIndex, region: int) -> list[Placed]:
    """Every mention in the region, in order, with its entity."""
    low, high = index.regions[region]
    out = [
        (m.start, m.end, entity)
        for _, entity in index.entities[region]
        for m in entity.mentions
        if low <= m.start < high
    ]
    return sorted(out, key=lambda item: item[0])


def may_deal(text: str, low: int, item: Placed) -> bool:
    start, _, entity = item
    if entity.type == LOC and not entity.code:
        return False  # a city or a region is where, not who
    if SOURCE_BEFORE.search(text, max(low, start - 30), start) or MEDIA_NAME.search(entity.name):
        return False
    return True


def deals(text: str, index: SentenceIndex, clauses: Clauses | None = None) -> list[DealFact]:
    """One deal per sentence with a deal word and two parties around it, and whether it
    was done."""
    facts = []
    for region in sorted(index.entities):
        low, high = index.regions[region]
        if len(index.entities[region]) < 2:
            continue  # a deal has two sides
        trigger = DEAL.search(text, low, high)
        if trigger is None:
            continue
        named = placed(text, index, region)
        chosen = nearest_parties(text, low, named, trigger)
        word = trigger.start()
        if clauses is not None:
            chosen = tree_parties(clauses, low, high, trigger, named, chosen)
            if trigger.lastgroup == "purchase":
                word = main_purchase_word(clauses.clause(low, high), clauses.morphology, word)
        sides = purchase(clauses, low, high, word, named)
        if sides.buyer and (sides.seller or sides.object):
            chosen = distinct_ids([sides.buyer, sides.seller, sides.object])
        chosen = [party for party in chosen if party not in sides.inside]
        if len(chosen) < 2:
            continue
        facts.append(
            DealFact(
                kind=trigger.lastgroup or "other",  # type: ignore[arg-type]
                status=event_status(clauses, low, high, word),
                participants=chosen,
                buyer=sides.buyer,
                seller=sides.seller,
                object=sides.object,
                trigger=trigger.group(),
                start=low,
                end=high,
                text=text[low:high],
            )
        )
    return facts


def nearest_parties(
    text: str, low: int, named: Sequence[Placed], trigger: re.Match[str]
) -> list[str]:
    """The parties the words around the deal word give: the nearest before it and those
    listed after it, in the clause after a verb of saying (`named`: the sentence's
    mentions, the sentence starting at `low`)."""
    said = [m.end() for m in SAID_THAT.finditer(text, low, trigger.start())]
    clause = said[-1] if said else low  # "глава Минсвязи отметил, что …": who speaks
    present = [item for item in named if item[0] >= clause and may_deal(text, low, item)]
    # organisations and countries make deals; the people of such a sentence speak or
    # act for them ("глава «Газпрома» Алексей Миллер", "DST, принадлежащая … Усманову")
    parties = {item[2].id for item in present if item[2].type != PER}
    if len(parties) >= 2:
        present = [item for item in present if item[2].type != PER]
    present = [item for item in present if not acts_for(item[2], parties)]
    before = [item for item in present if item[1] <= trigger.start()]
    after = [item for item in present if item[0] >= trigger.end()]
    together = listed_items(text, after)
    if MUTUAL.match(trigger.group()) and len(distinct(together)) >= 2:
        chosen = distinct(together)  # "сделка по слиянию компаний Oracle и Sun"
    elif before and after:
        # the nearest party before, and the parties listed after ("контракт с A, B и C")
        chosen = distinct([*before[-1:], *together])
    else:
        # with none on one side, the two nearest on the other
        chosen = distinct(before[::-1] or after)[:2]
    return chosen


def purchase(
    clauses: Clauses | None, low: int, high: int, trigger: int, present: Sequence[Placed]
) -> Sides:
    """The buyer, seller and object of a purchase word, from its sentence's tree."""
    if clauses is None:
        return Sides()
    clause = clauses.clause(low, high)
    at = clause.at(trigger)
    return Sides() if at is None else purchase_sides(clause, at, present, clauses.morphology)


def tree_parties(
    clauses: Clauses,
    low: int,
    high: int,
    trigger: re.Match[str],
    present: Sequence[Placed],
    chosen: list[str],
) -> list[str]:
    """The parties the words around the trigger gave, as the tree allows them: none for a
    verb of supply that supplies no one named; for a deal someone is for or against
    ("выступала против этой сделки"), only those the deal's own words name."""
    if not SUPPLY_VERB.match(trigger.group()) and not OPINION.search(
        clauses.text, low, trigger.start()
    ):
        return chosen
    clause = clauses.clause(low, high)
    at = clause.at(trigger.start())
    if at is None:
        return chosen
    if SUPPLY_VERB.match(trigger.group()):
        return chosen if supplies(clause, at, present, clauses.morphology) else []
    if case_words(clause, at) & OPINION_CASES:
        own = {entity.id for entity in named_under(clause, at, present)}
        return [party for party in chosen if party in own]
    return chosen


def distinct_ids(ids: Sequence[str | None]) -> list[str]:
    return [i for i in dict.fromkeys(ids) if i is not None]


def acts_for(entity: Entity, parties: set[str]) -> bool:
    """A person with a post at one of the sentence's parties speaks for it."""
    return entity.type == PER and any(role.org in parties for role in entity.roles)


def distinct(items: Sequence[Placed]) -> list[str]:
    ids: list[str] = []
    for _, _, entity in items:
        if entity.id not in ids:
            ids.append(entity.id)
    return ids


def listed(text: str, after: Sequence[Placed]) -> list[Entity]:
    """The first entity after a word, and those listed with it ("Юрию Мильнеру, Григорию
    Фингеру и Алишеру Усманову")."""
    return [item[2] for item in listed_items(text, after)]


def listed_items(text: str, after: Sequence[Placed]) -> list[Placed]:
    """The first mention of `after` and the mentions listed with it."""
    out = list(after[:1])
    for previous, item in pairwise(after):
        if not LIST_GLUE.match(text[previous[1] : item[0]]):
            break
        out.append(item)
    return out
