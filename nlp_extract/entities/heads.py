"""An organisation named by the noun of its name alone: "Дума" after "Государственная
дума" or "Госдума", "Комиссия" after "Комиссия по ценным бумагам и биржам", "Лига"
after "Лига Севера" is the one organisation of the document whose name holds that noun,
as a surname alone is the one person whose name holds it. A name in Latin letters goes
by its first word once the name is given: "Berkshire" after "Berkshire Hathaway", "Sun"
after "Sun Microsystems"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..constants import ORG, fold_key
from .compounds import content_words, may_be_compound
from .likeness import is_abbreviation, same_word, stems
from .spans import NameSpan

# shorter words are too often something else ("Лос", "Мир")
SHORTEST_HEAD = 4
SHORTEST_LATIN_HEAD = 3  # "Sun" of "Sun Microsystems"
CYRILLIC = re.compile(r"[а-яё]+")
LATIN = re.compile(r"[a-z]+")


def head_pairs(
    mentions: Sequence[NameSpan], group_of: Callable[[int], int], is_place: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """(a mention of an organisation, a one-word mention of a word of its name) for each
    one-word organisation name that exactly one organisation of the document holds: a
    word of its name, or the end of its compound name ("Госдума", "Мосгордума"). A
    place's name is no head ("Россия" of "Единая Россия"). `group_of` gives the group a
    mention is in so far, so that two names of one organisation count once, and a name
    already one with an organisation that holds it is one with no other."""
    fuller: list[tuple[int, tuple[str, ...]]] = []
    for index, mention in enumerate(mentions):
        words = content_words(mention.name) if mention.type == ORG else ()
        if len(words) >= 2 or (len(words) == 1 and may_be_compound(words[0])):
            fuller.append((index, words))
    pairs = []
    for index, mention in enumerate(mentions):
        head = fold_key(mention.name)
        if mention.type != ORG or not is_head_word(mention.name, head) or is_place(head):
            continue
        owners = {group_of(other): other for other, words in fuller if holds(words, head)}
        if len(owners) != 1 or group_of(index) in owners:
            continue
        owner = next(iter(owners))
        # a Latin word goes for the name only once the name is given: "Microsoft" before
        # "Microsoft Research" is the company, not its laboratory
        if not LATIN.fullmatch(head) or owner < group_of(index):
            pairs.append((owners[owner], index))
    return pairs


def holds(words: tuple[str, ...], head: str) -> bool:
    """A name of several words with the head among them (a Latin head: first), or a
    compound that ends in it."""
    if LATIN.fullmatch(head):
        return len(words) > 1 and words[0] == head
    if len(words) > 1:
        return any(same_word(head, word) for word in words)
    compound = words[0]
    return compound != head and any(
        whole.endswith(part) for whole in stems(compound) for part in stems(head)
    )


def is_head_word(name: str, folded: str) -> bool:
    """One capitalised word, no abbreviation: Cyrillic ("Дума", "Комиссия") or Latin
    ("Berkshire"); holds() keeps a Latin one to the first word of a Latin name (not
    "Facebook" of "Insidefacebook")."""
    if CYRILLIC.fullmatch(folded):
        shortest = SHORTEST_HEAD
    elif LATIN.fullmatch(folded):
        shortest = SHORTEST_LATIN_HEAD
    else:
        return False
    return len(folded) >= shortest and name[:1].isupper() and not is_abbreviation(name)
