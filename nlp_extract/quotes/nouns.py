"""The organisation a bare noun of an attribution stands for: "в компании", "эксперты
корпорации", "в ведомстве пояснили" are one named before, of the noun's kind; "Суд
счел", "Совет заявил" the body the noun heads the name of ("Верховный суд Израиля")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from ..constants import ORG, fold_yo
from ..lexicon.grammar import ADJECTIVE_WORD
from ..lexicon.posts import country_of
from ..lexicon.speakers import ORG_NOUN_KINDS, ORG_NOUNS, OWN_NOUNS
from ..schema import Entity
from .referents import DEMONSTRATIVES, DESCRIBED_AFTER, ORG_REACH, Mentioned

# words after a bare noun that name nothing of it: "Суд также счел"
WORDS_OF_HOW = frozenset({"также", "тоже", "же", "уже", "ранее", "затем", "вновь", "снова", "не"})


def noun_of_one_before(text: str, words: Sequence[re.Match[str]]) -> str | None:
    """The bare noun by which the words of an attribution call an organisation named
    before: "в компании", "эксперты корпорации", "эта компания", "Суд" (a body's own
    noun the last word), not "японская компания", "агентства по атомной энергии" or "в
    комитете образования"; None when they call none so."""
    for number, word in enumerate(words):
        noun = word.group().lower()
        if noun in ORG_NOUNS:
            before = words[number - 1].group().lower() if number else ""
            described = ADJECTIVE_WORD.fullmatch(before) and before not in DEMONSTRATIVES
            if described or DESCRIBED_AFTER.match(text, word.end()):
                return None
            # "в комитете образования": a body's own noun stands for one only bare
            after = {w.group().lower() for w in words[number + 1 :]}
            if own_noun(noun) and not after <= WORDS_OF_HOW:
                return None
            return noun
    return None


def own_noun(noun: str) -> bool:
    """Whether a noun (one of ORG_NOUNS) stands only for a body headed by it or of its
    kind ("Суд")."""
    return any(noun.startswith(stem) for stem in OWN_NOUNS)


# a noun's case endings after its stem
NOUN_ENDING = re.compile(r"|а|я|у|ю|е|и|ы|ом|ем|ой|ей|ам|ям|ами|ями|ах|ях|ов|ев")


def headed_by(name: str, stem: str) -> bool:
    """Whether a name's first noun, after its adjectives, is the stem's noun or ends
    with it ("Верховный суд Израиля", "Мосгорсуд"; not "Судостроительная корпорация",
    "Совет Федерации" for "федераци")."""
    words = fold_yo(name.lower()).split()
    head = next((word for word in words if not ADJECTIVE_WORD.fullmatch(word)), "")
    at = head.rfind(stem)
    return at >= 0 and NOUN_ENDING.fullmatch(head, at + len(stem)) is not None


def of_kind(noun: str, kind_of: Callable[[str], str | None]) -> Callable[[Entity], int]:
    """How well an organisation fits the kind the noun calls ("в ведомстве": a ministry
    or a service; "партия": a party): 2 by the noun in its name, 1 of that kind by
    `kind_of` (the gazetteer's kind of a name) or of a kind it does not know, 0 of
    another kind."""
    stem, kinds = next(
        ((stem, kinds) for stem, kinds in ORG_NOUN_KINDS.items() if noun.startswith(stem)),
        ("", set()),
    )

    own = own_noun(noun)

    def fits(org: Entity) -> int:
        names = (org.name, *org.aliases)
        # a body's own noun heads its name; another's noun is anywhere in it
        if stem and any(headed_by(n, stem) if own else stem in n.lower() for n in names):
            return 2
        known = {kind_of(name) for name in names} - {None}
        # an own noun's body of no kind the gazetteer knows is not of its kind
        return 1 if known & kinds or not (known or own) else 0

    return fits


def organisation_meant(
    before: Iterable[Mentioned],
    at: int,
    fits: Callable[[Entity], int] | None = None,
    strict: bool = False,
) -> Entity | None:
    """The organisation a noun at `at` stands for, of the mentions before it (the
    nearest first): the one named most often within ORG_REACH, the nearest of a tie; a
    text is about its company more often than about the one it names last. Of those
    that `fits` best (how well one is of the noun's kind, 0 not at all), when any does;
    `strict`: none when none does."""
    counts: Counter[str] = Counter()
    found: dict[str, Entity] = {}
    for named in before:
        if at - named.start > ORG_REACH:
            break
        if named.entity.type == ORG:
            counts[named.entity.id] += 1
            found.setdefault(named.entity.id, named.entity)
    if fits is not None and found:
        rank = {id: fits(org) for id, org in found.items()}
        best = max(rank.values())
        if best > 0:  # only those that fit best
            counts = Counter({id: count for id, count in counts.items() if rank[id] == best})
        elif strict:  # none fits: none is meant
            return None
    if not counts:
        return None
    most = max(counts.values())
    # dicts keep insertion order: the nearest first
    return next(entity for id, entity in found.items() if counts[id] == most)


def body_of_kind(noun: str, bodies: Iterable[str]) -> str | None:
    """Of the bodies no entity names, named before (the nearest first), the first a bare
    noun of their own stands for: "В полиции рассказали" after "Полиция Малайзии
    подтвердила" or "Британская полиция сообщила"."""
    stem = next((stem for stem in OWN_NOUNS if noun.startswith(stem)), None)
    if stem is None:
        return None
    return next((body for body in bodies if headed_by(body, stem)), None)


# "Британская полиция", "в американской прокуратуре": a country's body by its adjective,
# one every state has (not "Английский клуб", "Российская федерация")
NATIONAL_NOUNS = ("полици", "прокуратур", "суд")
NATIONAL_BODY = re.compile(
    r"(?P<inside>во?\s+)?(?P<adjective>[а-яё]+)\s+(?P<noun>[а-яё]+)", re.IGNORECASE
)


def of_country(body: str, org: Entity, states: Iterable[Entity]) -> bool:
    """Whether an organisation is of the country a body's adjective names: a mention of
    that country (of `states`, the places with a country's code) in its name or right
    after it ("Генпрокуратура Украины", "Генпрокуратура РФ" of "Украинская",
    "Российская прокуратура"; not "Генпрокуратура России" of "Украинская")."""
    code = country_of(body.split()[0])
    return any(
        org_mention.start <= place.start <= org_mention.end + 1  # in or right after it
        for state in states
        if state.code == code
        for place in state.mentions
        for org_mention in org.mentions
    )


def national_body(
    text: str, start: int, end: int, nominative: Callable[[Sequence[str]], str | None]
) -> str | None:
    """The body a country's adjective and a body's own noun name, and nothing else in
    text[start:end], in the nominative: "Британская полиция сообщила", "В британской
    полиции заявили" (not "местная полиция": no country's)."""
    found = NATIONAL_BODY.fullmatch(text, start, end)
    noun = found["noun"].lower() if found else ""
    if not found or country_of(found["adjective"]) is None or not noun.startswith(NATIONAL_NOUNS):
        return None
    said = [found["adjective"], found["noun"]]
    name = nominative(said) or (None if found["inside"] else " ".join(said))
    return name[:1].upper() + name[1:] if name else None
