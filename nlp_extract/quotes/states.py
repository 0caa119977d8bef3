"""When a place speaks: through its authorities, or as the subject of the verb ("На
прошлой неделе Франция заявила").

"Власти России", "израильские власти", "Власти Калифорнии", "по мнению властей" speak
for the place their words name (a country's adjective first, then a place's name), else
for the country the text last named as "власти <country>" ("Власти США арестовали …
Власти считают, что …"); with no place named, they are an unnamed group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..constants import LOC, fold_yo
from ..lexicon.posts import country_of
from ..schema import Entity
from .mentions import Named
from .subjects import governed
from .text import words
from .zones import Zone

AUTHORITIES = frozenset({"власти", "властей", "властям", "властями", "властях"})


def of_authorities(
    text: str, tokens: Sequence[str], mentions: Sequence[Named], before: Iterable[Named]
) -> Entity | None:
    """The place whose authorities the words name (`mentions`: the zone's, `before`:
    the text's before it, the nearest first): the country of an adjective ("Американские
    власти в Ираке" are the US's), a place the words name ("Власти Калифорнии"), else the
    country last named as "власти X"; None when they name none."""
    # not "Власти" itself, which NER may take for a place
    in_zone = [
        m for m in mentions if m.entity.type == LOC and m.entity.name.lower() not in AUTHORITIES
    ]
    places = [m.entity for m in in_zone]
    # an adjective of a place's own name is no other country's ("Власти Палестинской
    # автономии" are the autonomy's)
    own = {word.lower() for m in in_zone for word in text[m.start : m.end].split()}
    codes = {code for word in tokens if word not in own and (code := country_of(word))}
    if places and not codes:
        return places[0]
    for named in before:
        entity = named.entity
        if entity.type != LOC or not entity.code:
            continue
        if entity.code in codes or (not codes and authorities_of(text, named)):
            return entity
    return None


def authorities_of(text: str, place: Named) -> bool:
    """Whether a country is named as the one of "власти" ("Власти США")."""
    said = words(text, max(0, place.start - 20), place.start)
    return bool(said) and said[-1].group().lower() in AUTHORITIES


def place_subject(text: str, zone: Zone, place: Named) -> bool:
    """Whether a place is the subject right before the verb: written as its name is, in
    the nominative, after no preposition ("На прошлой неделе Франция заявила"; not "в
    Москве заявили", nor "эксперты из США заявили": a name that does not decline looks
    nominative anywhere)."""
    return (
        zone.before
        and not text[place.end : zone.end].strip()
        and fold_yo(text[place.start : place.end].lower()) == fold_yo(place.entity.name.lower())
        and not governed(text, place.start)
    )
