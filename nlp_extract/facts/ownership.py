"""Who owns what: from owner titles ("основатель MySQL Майкл Видениус"), a participle
("Digital Sky Technologies, принадлежащая Юрию Мильнеру …"), "владеет", "дочерняя
компания", "X принадлежит N% акций Y", and a purchase of shares ("DST купила 5% акций
Facebook"). "принадлежать к" is membership; a share of a company the text does not name
gives no ownership.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..constants import DOUBLE_QUOTES, LOC, ORG, PER
from ..lexicon.deals import (
    BELONGING,
    BELONGS_TO,
    BUYS_SHARES,
    OWNER_TITLES,
    OWNING,
    SAYS_OWNING,
    SUBSIDIARY,
)
from ..schema import DealFact, Entity, FactStatus, OccupationFact, OwnershipFact
from ..sentences import SentenceIndex
from .clauses import Clauses
from .deals import Placed, listed, placed
from .status import event_status

# "принадлежит 39% акций BSkyB": a share of the company named right after
SHARE_OF = re.compile(
    r"\s+(?:около\s+|более\s+|почти\s+)?[\d,.]+\s*(?:%|процент\w*)(?:\s+акций)?",
    re.IGNORECASE,
)
# all that may stand between the shares and the company: «Фольксвагена»
QUOTES_AND_SPACE = " " + DOUBLE_QUOTES
# the words allowed between a party and the word that says ownership
WORDS = re.compile(r"\w+")
NEAR = 2


def owns(job: OccupationFact) -> bool:
    """An owner's title at an organisation ("основатель MySQL"): ownership, not a post."""
    return bool(OWNER_TITLES & set(job.title.split())) and job.org is not None


def ownership(
    text: str,
    index: SentenceIndex,
    jobs: Sequence[OccupationFact],
    entities: Sequence[Entity],
    clauses: Clauses | None = None,
) -> list[OwnershipFact]:
    """Owners and what they own: from owner titles ("бывший владелец" owned before), and
    from the words that say it, with whether they say it holds."""
    by_id = {entity.id: entity for entity in entities}
    facts: list[OwnershipFact] = []

    def add(owner: Entity, property: Entity, low: int, high: int, held: FactStatus) -> None:
        if owner.id != property.id and property.type == ORG:
            fact = OwnershipFact(
                status=held,
                owner=owner.id,
                property=property.id,
                start=low,
                end=high,
                text=text[low:high],
            )
            if fact not in facts:
                facts.append(fact)

    for job in jobs:
        if owns(job) and job.org in by_id:
            add(by_id[job.person], by_id[job.org], job.start, job.end, job.status)
    if not SAYS_OWNING.search(text):
        return facts  # most texts say no ownership in words
    for region in sorted(index.entities):
        low, high = index.regions[region]
        for owner, property, word in said(text, low, high, placed(text, index, region)):
            add(owner, property, low, high, event_status(clauses, low, high, word))
    return facts


def said(
    text: str, low: int, high: int, present: Sequence[Placed]
) -> Iterator[tuple[Entity, Entity, int]]:
    """(owner, property, the word's offset) of each word of one sentence that says who owns what."""
    for pattern, owner_first in ((BELONGING, False), (OWNING, True), (SUBSIDIARY, False)):
        for found in pattern.finditer(text, low, high):
            before = [item for item in present if item[1] <= found.start()]
            after = [item for item in present if item[0] >= found.end()]
            if not before or not after:
                continue
            between = text[before[-1][1] : found.start()]
            if len(WORDS.findall(between)) > NEAR:
                continue  # "Росприроднадзору, какому предприятию принадлежит …"
            finite = not re.match(r"\w+щ", found.group())  # "принадлежит", not "принадлежащая"
            if finite and BELONGS_TO.search(text, max(low, found.start() - 25), found.end() + 3):
                continue  # "альянс, к которому принадлежал Флорес": a member
            if finite and pattern is OWNING and "," in between:
                continue  # "Контролирует «Нафта Москва», владеет клубом": another subject
            first = owner_first or (finite and "котор" in between)  # "которой принадлежит Y"
            share = SHARE_OF.match(text, found.end()) if finite and pattern is BELONGING else None
            if share:  # "«Порше» принадлежит 31 процент акций «Фольксвагена»"
                first = True
                after = [
                    item
                    for item in after[:1]
                    if len(WORDS.findall(text, share.end(), item[0])) <= NEAR
                    and "," not in text[share.end() : item[0]]
                ]  # "… акций британской BSkyB", not "49 процентов, а … PetroVietnam"
            left = before[-1][2]
            for other in listed(text, after):
                owner, property = (left, other) if first else (other, left)
                if owner.type in (PER, ORG) or (owner.type == LOC and owner.code):
                    yield owner, property, found.start()  # a river or a city owns nothing


def buys_shares(text: str, deal: DealFact, by_id: dict[str, Entity]) -> bool:
    """The first party named before the words of shares, the second right after them."""
    buyer, company = by_id[deal.participants[0]], by_id[deal.participants[1]]
    for words in BUYS_SHARES.finditer(text, deal.start, deal.end):
        named_before = any(deal.start <= m.end <= words.start() for m in buyer.mentions)
        named_after = any(
            words.end() <= m.start and not text[words.end() : m.start].strip(QUOTES_AND_SPACE)
            for m in company.mentions
        )
        if named_before and named_after:
            return True
    return False


def shareholders(
    text: str, index: SentenceIndex, found: Sequence[DealFact], entities: Sequence[Entity]
) -> list[OwnershipFact]:
    """A purchase, once done, makes its buyer an owner of what it bought: "Google купила
    YouTube", "DST купила ещё 5% акций Facebook" (the sides from the sentence's tree; without
    them, the party before the words of shares and the company whose shares follow them)."""
    by_id = {entity.id: entity for entity in entities}
    facts: list[OwnershipFact] = []
    for deal in found:
        if deal.kind != "purchase" or deal.status != "stated" or len(deal.participants) < 2:
            continue
        fact = OwnershipFact(
            owner=deal.buyer or deal.participants[0],
            property=deal.object or deal.participants[1],
            start=deal.start,
            end=deal.end,
            text=text[deal.start : deal.end],
        )
        if fact in facts or by_id[fact.property].type != ORG:
            continue
        if (deal.buyer and deal.object) or buys_shares(text, deal, by_id):
            facts.append(fact)
    return facts
