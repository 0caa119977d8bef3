"""Who holds the post a word of an attribution names: "глава Минсвязи", "по словам
министра", "глава ведомства" stand for a person named before."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon.grammar import ADJECTIVE_WORD
from ..lexicon.speakers import HEAD_POSTS, HEADS
from ..schema import Entity, Role
from .persons import post_words


def holder(people: Sequence[Entity], posts: frozenset[str], org: Entity | None) -> Entity | None:
    """Of `people` (the nearest first), the one who holds a post of the organisation
    ("глава Минсвязи"), or the post the words name with no organisation given
    ("Президент", "по словам министра", "британский премьер": a премьер-министр), or
    any head's post ("глава ведомства")."""
    tests: list[Callable[[Role], bool]] = [
        lambda role: (
            bool(posts & post_words(role.title)) and (org is None or role.org in (None, org.id))
        )
    ]
    if org is not None:
        tests.insert(0, lambda role: role.org == org.id)
    if posts & HEADS:  # "глава ведомства": a minister, a director, a governor
        tests.append(
            lambda role: (
                bool(HEAD_POSTS & post_words(role.title))
                and (org is None or role.org in (None, org.id))
            )
        )
    for holds in tests:
        for person in people:
            if any(holds(role) for role in person.roles):
                return person
    return None


def posts_named(
    tokens: Sequence[str], posts: Callable[[str], frozenset[str]], genitive: bool = False
) -> frozenset[str]:
    """The posts the words name ("министра": "министр"), singular ones only: a word in
    -ы/-и is a plural ("министры", "Аналитики считают"), unless the words follow "по
    словам" (`genitive`) and it is the genitive singular of a post in -а/-я that heads
    them ("по словам главы": "глава"; "по мнению судьи"), not one after a noun it
    depends on ("дочь актрисы" is no actress)."""
    return frozenset(
        post
        for number, word in enumerate(tokens)
        for post in posts(word)
        if not word.endswith(("ы", "и"))
        or (
            genitive
            and post.endswith(("а", "я"))
            and word.endswith(post[:-1] + word[-1])
            and all(ADJECTIVE_WORD.fullmatch(before) for before in tokens[:number])
        )
    )


# the endings of a woman's post ("спортсменка", "актриса", "певица", "пловчиха")
FEMALE_POST = ("ка", "иса", "ица", "иня", "есса", "иха")


def female_post(posts: frozenset[str]) -> bool | None:
    """True when the words name a woman's post ("По словам спортсменки"), else None."""
    return True if any(post.endswith(FEMALE_POST) for post in posts) else None
