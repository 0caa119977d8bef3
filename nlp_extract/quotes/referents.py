"""What a word of an attribution stands for: the state a capital names ("Минск считает,
что …"), the body of a place or a source's words ("федеральная прокуратура Бельгии",
"источник в палестинском правительстве"), the organisations "они" stand for; the
organisation a bare noun stands for is `nouns`'."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from ..constants import LOC, ORG, fold_key, fold_yo
from ..lexicon.grammar import ADJECTIVE_WORD, PLURAL_VERB
from ..lexicon.media import OUTLET_NOUN
from ..lexicon.organisations import ORG_WORDS
from ..lexicon.speakers import (
    CAPITALS,
    SOURCES,
    SPOKESPEOPLE,
    SPOKESPEOPLE_PLURAL,
)
from ..schema import Entity
from .text import previous_sentence, words

# "эта компания", "с этим ведомством": the one named before, in any case
DEMONSTRATIVES = frozenset(
    {
        "этот", "эта", "это", "эти", "этого", "этой", "этому", "этом", "эту", "этим", "этих",
        "этими", "этою", "данный", "данная", "данное", "данного", "данной", "данному",
        "данном", "данную", "данным",
    }
)  # fmt: skip
DESCRIBED_AFTER = re.compile(r"\s*(?:[(«\"„“A-ZА-ЯЁ]|(?:по|при|для)\s)")

# the nouns of a state's bodies in the nominative: "прокуратура", "посольство"
STATE_BODIES = ORG_WORDS | {
    "посольство", "прокуратура", "генпрокуратура", "полиция", "суд", "парламент", "мэрия",
    "консульство", "армия", "разведка", "минобороны", "минюст", "минфин", "госдепартамент",
}  # fmt: skip
# the most words before a place a body's name has: "федеральная прокуратура"
BODY_WORDS = 3
# how many letters of a word a body's name shares: "прокур" of "прокуратуры"
STEM = 5
NO_STEM = SOURCES | SPOKESPEOPLE
# the nouns of a body without their last letter, which their case forms begin with
# ("департамент" -> "департамента", "полиция" -> "полиции"; not "президиум" ->
# "президента"), not of those who speak for one ("пресс-служба")
BODY_STEMS = frozenset(
    word[:-1] for word in STATE_BODIES if len(word) >= STEM and word not in NO_STEM
)
# how far back a noun looks for its organisation: a few paragraphs
ORG_REACH = 2000
# how far back "они" looks for an organisation's people: the sentence before
THEY_REACH = 300


# a phrase in the nominative ("в палестинском правительстве" -> "палестинское
# правительство"), as the pipeline's morphology gives it; None when it cannot
Nominative = Callable[[Sequence[str]], str | None]


def no_nominative(words: Sequence[str]) -> str | None:
    return None


class Mentioned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def entity(self) -> Entity: ...


def state_of(place: Entity, entities: Iterable[Entity]) -> tuple[Entity | None, str | None]:
    """The state a capital speaks for: the text's entity of that country, or its name
    when the text names it no other way; (None, None) for any other place."""
    known = CAPITALS.get(fold_key(place.name)) if place.type == LOC else None
    if known is None:
        return None, None
    code, state = known
    return next((entity for entity in entities if entity.code == code), None), state


class Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class SpannedMention(Spanned, Mentioned, Protocol):
    pass


def body_of(
    text: str, start: int, place: Spanned, nominative: Nominative = no_nominative
) -> str | None:
    """The body of a place named before it from `start` on, in the nominative, that no
    entity names: "федеральная прокуратура Бельгии", "министерство юстиции США",
    "Посольство США" (not "в Бельгии", "власти США"); in another case when `nominative`
    can give its nominative ("По заявлениям департамента транспорта Москвы")."""
    found = words(text, start, place.start)[-BODY_WORDS:]
    lower = [w.group().lower() for w in found]
    nouns = [number for number, word in enumerate(lower) if word in STATE_BODIES]
    if not nouns:
        oblique = [number for number, word in enumerate(lower) if body_noun(word)]
        if not oblique:
            return None
        phrase = [w.group() for w in found[oblique[-1] :]] + text[place.start : place.end].split()
        return nominative(phrase)
    first = nouns[-1]
    # "министерство юстиции": the nouns after the body's are its complements
    if any(word[0].isupper() for word in (w.group() for w in found[first + 1 :])):
        return None
    while (
        first
        and ADJECTIVE_WORD.fullmatch(lower[first - 1])
        and lower[first - 1] not in DEMONSTRATIVES
    ):
        first -= 1
    return text[found[first].start() : place.end]


def body_noun(word: str) -> bool:
    """Whether a word is a case form of a body's noun: its stem and at most a case
    ending after it ("департамента", "мэрии", not "центральный")."""
    return any(word[:cut] in BODY_STEMS for cut in range(len(word) - 3, len(word) + 1))


def names_body(tokens: Sequence[str]) -> bool:
    """Whether the words of an attribution name a body by a noun of its kind, so that a
    place among them is the body's, not a state speaking ("По заявлениям департамента
    транспорта Москвы" is the department's, not Russia's)."""
    return any(body_noun(word) for word in tokens)


def named_by_noun(tokens: Sequence[str], bodies: Iterable[Entity | str]) -> Entity | str | None:
    """The body a source's words name by a common noun or adjective it shares a stem
    with, of `bodies` (the nearest first): "представители прокуратуры" of "федеральная
    прокуратура Бельгии", "в пресс-службе оборонного ведомства" of "Минобороны России"."""
    stems = {fold_yo(word)[:STEM] for word in tokens if len(word) > STEM and word not in NO_STEM}
    for body in bodies:
        name = fold_yo((body if isinstance(body, str) else body.name).lower())
        if any(stem in part for part in name.split() for stem in stems):
            return body
    return None


def spoken_for(text: str, before: Iterable[SpannedMention], at: int, reach: int) -> Entity | None:
    """The organisation "они" stands for: of the mentions before `at` (the nearest
    first), the one named last, within `reach`, after words of its people
    ("Представители Роскосмоса …")."""
    for named in before:
        if at - named.end > reach:
            return None
        if named.entity.type != ORG:
            continue
        said = words(text, max(0, named.start - 20), named.start)
        if said and said[-1].group().lower() in SPOKESPEOPLE_PLURAL:
            return named.entity
    return None


def pair_before(text: str, before: Iterable[SpannedMention], at: int) -> Entity | None:
    """The first of two organisations that are together the subject of a verb in the
    sentence before `at`, whom "они", "их" stand for ("ГИБДД и МЧС опровергли это. По их
    информации, …"), as the first of two speakers is recorded."""
    start = previous_sentence(text, at)
    near = [m for m in before if m.start >= start]
    near.reverse()  # in text order

    def joined(first: SpannedMention, second: SpannedMention) -> bool:
        between = text[first.end : second.start].strip().lower()
        return first.entity.type == ORG == second.entity.type and between in ("и", ",")

    for number in range(len(near) - 1, 0, -1):
        verb = WORD_AFTER.match(text, near[number].end)
        if not joined(near[number - 1], near[number]) or verb is None:
            continue
        if verb.group(1).lower().endswith(PLURAL_VERB):
            first = number - 1  # the first of the list: "Сбербанк, ВТБ и Газпромбанк"
            while first and joined(near[first - 1], near[first]):
                first -= 1
            return near[first].entity
    return None


# the word right after a mention
WORD_AFTER = re.compile(r"\s+([а-яё]+)", re.IGNORECASE)


def body_named(written: Sequence[str], nominative: Nominative) -> str | None:
    """The body a source is of or in, named by words no entity holds, in the nominative:
    "источник в палестинском правительстве", "представитель пресс-службы посольства
    США" -> "посольство США"; not a bare noun ("в правительстве": one named before)."""
    tokens = [word.lower() for word in written]
    # the body's words after the last source's ("источник в …") or after "из" opening
    # them ("сообщили из прокуратуры")
    last = max((number for number, word in enumerate(tokens) if word in NO_STEM), default=0)
    after = [
        w for w in written[last + 1 : last + 2 + BODY_WORDS] if w.lower() not in ("в", "во", "из")
    ]
    name = nominative(after) if len(after) >= 2 else None
    if not name or any(OUTLET_NOUN.fullmatch(word) for word in name.lower().split()):
        return None  # "сообщил источник агентству Франс Пресс": whom it told
    return name if STATE_BODIES & set(name.lower().split()) else None
