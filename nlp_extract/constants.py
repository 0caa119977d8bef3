"""What every stage agrees on: entity types, quote characters, ё-folding.

One home for them, so a stage that learns a new quote mark teaches all the others.
"""

from __future__ import annotations

from typing import Final, Literal

EntityType = Literal["PER", "ORG", "LOC"]
PER: Final = "PER"
ORG: Final = "ORG"
LOC: Final = "LOC"
ENTITY_TYPES: Final[tuple[EntityType, ...]] = (PER, ORG, LOC)

# Double quotes as Russian text prints them: «ёлочки», „лапки“ and English “…”.
# “ opens in English and closes „…“, so it is in both sides.
OPENING_QUOTES: Final = "«“„"
CLOSING_QUOTES: Final = "»”“"
STRAIGHT_QUOTES: Final = "\"'"
DOUBLE_QUOTES: Final = '«»"“”„'
# the same as a set, for a token's text
DOUBLE_QUOTE_MARKS: Final = frozenset(DOUBLE_QUOTES)
# quotes and the hyphen: the marks a name or a title holds between its words («Кока-Кола»)
QUOTES_AND_HYPHEN: Final = DOUBLE_QUOTE_MARKS | {"-"}
# every quote character, single ones ‘…’ included: what a name's quoted part is made of
QUOTES: Final = frozenset(DOUBLE_QUOTES + "'‘’")
SINGLE_OPENING_QUOTE: Final = "‘"


def fold_yo(word: str) -> str:
    """ё written as е, as most Russian text prints it: compare words this way."""
    return word.replace("ё", "е")


def fold_key(name: str) -> str:
    """A name as lookups compare it: lower case, ё as е, white space collapsed, none
    around a hyphen ("Форум стран - экспортеров газа" is "… стран-экспортеров …")."""
    folded = " ".join(fold_yo(name.lower()).split())
    return (
        folded.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        if "-" in folded
        else folded
    )
