"""Who buys, who sells and what, read from the tree of a purchase's sentence.

The word's grammatical arguments give the sides, not the names nearest to it: the
subject of "купил" buys and of "продал" sells, "у X" is the seller, the object is what
changes hands; a passive ("Nest была куплена компанией Google") turns them round; a noun
("покупка Nest компанией Google") takes its object in the genitive and its buyer in the
instrumental, or from a verb that announces or completes it ("Google объявила о покупке
Nest"). What is bought is a named thing only through its name ("компанию Nest") or
through shares of it ("5% акций Facebook", "долю в ТНК-BP"): the painter of a picture
bought is no party.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..constants import ORG, PER
from ..lexicon.deals import (
    ACTING,
    BUYING,
    BUYING_NOUNS,
    SELLING,
    SELLING_NOUNS,
    SHARE_WORDS,
)
from ..morphology import Morphology
from ..schema import Entity
from .clauses import Clause

Placed = tuple[int, int, Entity]  # start, end, entity: one mention of a sentence

# the relations that tie a word to the name it stands for: "компанию Nest", "Фонд DST"
NAME_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign", "compound", "nummod"})


class Sides(NamedTuple):
    """A purchase's buyer, seller and object, as entity ids (None where not said)."""

    buyer: str | None = None
    seller: str | None = None
    object: str | None = None
    # the people named inside what is bought: "картину Марка Ротко" (the painter)
    inside: frozenset[str] = frozenset()


def purchase_sides(
    clause: Clause, index: int, present: Sequence[Placed], morphology: Morphology
) -> Sides:
    """The sides of the purchase whose word is token `index`."""
    lemmas = morphology.lemmas(clause.tokens[index].text.lower())
    selling = bool(lemmas & (SELLING | SELLING_NOUNS))
    if not lemmas & (BUYING | BUYING_NOUNS) and not selling:
        return Sides()
    agent, thing, other = arguments(
        clause, index, morphology, noun=bool(lemmas & (BUYING_NOUNS | SELLING_NOUNS))
    )

    def named(token: int | None) -> str | None:
        entity = entity_at(clause, token, present, morphology) if token is not None else None
        return entity.id if entity else None

    if other is None and thing is not None:
        other = seller_under(clause, thing)  # "купил картину … у Ива Бувье": attached low
    sides = [named(agent), named(other)]
    buyer, seller = (sides[1], sides[0]) if selling else (sides[0], sides[1])
    bought = named(thing)
    inside: list[Entity] = []
    if thing is not None:
        inside = [e for e in named_under(clause, thing, present) if e.id not in (buyer, seller)]
    if bought is None:
        # "покупке контрольной доли в … Bank of East Asia", "покупке производителя … 3Com"
        bought = next((e.id for e in inside if e.type == ORG), None)
    people = frozenset(e.id for e in inside if e.type == PER and e.id != bought)
    return Sides(buyer, seller, bought, people)


def named_under(clause: Clause, head: int, present: Sequence[Placed]) -> list[Entity]:
    """The entities named by a word or the words below it, in the sentence's order."""
    starts = [clause.tokens[i].start for i in clause.subtree(head)]
    return [e for low, high, e in present if any(low <= s < high for s in starts)]


def seller_under(clause: Clause, thing: int) -> int | None:
    """A "у X" the parser hung under the object instead of the verb."""
    return next((i for i in clause.children(thing) if case_words(clause, i) == {"у"}), None)


def supplies(clause: Clause, index: int, present: Sequence[Placed], morphology: Morphology) -> bool:
    """A verb of supply whose object, recipient or destination is named: "поставляет нефть
    в Китай", "поставил авиакомпании Аэрофлот самолёты"; "поставят точку в споре" is none."""
    return any(
        clause.arcs[child].rel in ("obj", "iobj", "obl")
        and entity_at(clause, child, present, morphology) is not None
        for child in clause.children(index)
    )


def main_purchase_word(clause: Clause, morphology: Morphology, trigger: int) -> int:
    """The offset of the sentence's word of buying or selling nearest its root: "ранее
    отказавшийся от покупки, всё-таки купил" is the purchase of "купил", and "сделка по
    покупке" that of "покупке"; the trigger's own offset when there is none."""
    words = [
        i
        for i, token in enumerate(clause.tokens)
        if morphology.lemmas(token.text.lower()) & (BUYING | BUYING_NOUNS | SELLING | SELLING_NOUNS)
    ]
    if not words:
        return trigger
    return clause.tokens[min(words, key=lambda i: (clause.depth(i), i))].start


def arguments(
    clause: Clause, index: int, morphology: Morphology, noun: bool
) -> tuple[int | None, int | None, int | None]:
    """(the one who acts, what changes hands, the other side) of a purchase word."""
    agent = thing = other = None
    passive = any(clause.arcs[i].rel in ("nsubj:pass", "aux:pass") for i in clause.children(index))
    passive = passive or "PRTS" in morphology.likeliest_tag(clause.tokens[index].text.lower())
    for child in clause.children(index):
        rel, cases = clause.arcs[child].rel, case_words(clause, child)
        if cases & {"у"}:
            other = child if other is None else other  # "купил у Motorola": the other side
        elif cases:
            continue
        elif rel == "nsubj" and not noun:
            agent = child
        elif rel in ("obj", "nsubj:pass") or (
            noun and rel == "nmod" and thing is None and not instrumental(morphology, clause, child)
        ):
            thing = child
        elif rel in ("obl:agent", "obl", "nmod") and (passive or noun):
            agent = child if agent is None else agent
        elif rel == "iobj":
            other = child  # "продал компании Google"
    if agent is None:
        agent = acting_subject(clause, index, morphology)
    return agent, thing, other


def acting_subject(clause: Clause, index: int, morphology: Morphology) -> int | None:
    """The subject of a verb that plans, announces or completes the purchase: "Газпром
    планирует купить", "Google объявила о покупке"."""
    for governor in clause.governors(index):
        if not morphology.lemmas(clause.tokens[governor].text.lower()) & ACTING:
            return None
        subjects = [i for i in clause.children(governor) if clause.arcs[i].rel == "nsubj"]
        if subjects:
            return subjects[0]
    return None


def entity_at(
    clause: Clause, token: int, present: Sequence[Placed], morphology: Morphology
) -> Entity | None:
    """The entity a word stands for: the mention that holds it or the name tied to it,
    through shares ("5% акций Facebook") but no other noun ("картину Марка Ротко")."""
    frontier, seen = [token], set()
    while frontier:
        at = frontier.pop(0)
        if at in seen:
            continue
        seen.add(at)
        start = clause.tokens[at].start
        for low, high, entity in present:
            if low <= start < high:
                return entity
        shares = is_share(clause, at, morphology)
        frontier += [
            child
            for child in clause.children(at)
            if clause.arcs[child].rel in NAME_RELS or (shares and clause.arcs[child].rel == "nmod")
        ]
    return None


def is_share(clause: Clause, token: int, morphology: Morphology) -> bool:
    word = clause.tokens[token].text.lower()
    return word == "%" or bool(morphology.lemmas(word) & SHARE_WORDS)


def case_words(clause: Clause, token: int) -> set[str]:
    """The prepositions of a word ("у", "в")."""
    return {
        clause.tokens[i].text.lower()
        for i in clause.children(token)
        if clause.arcs[i].rel == "case"
    }


def instrumental(morphology: Morphology, clause: Clause, token: int) -> bool:
    """ "компанией Google": the likeliest form of the word is instrumental."""
    return "ablt" in morphology.likeliest_tag(clause.tokens[token].text.lower())
