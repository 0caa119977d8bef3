"""Each span's own nominative name, and the names a place qualifies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..constants import LOC, ORG
from ..morphology import Morphology
from ..nominative import normalize_name
from ..tokens import TokenIndex
from .spans import NameSpan


def named(
    text: str, spans: Sequence[NameSpan], tokens: TokenIndex, morphology: Morphology
) -> list[NameSpan]:
    """Spans with their nominative `name`, and `full_name` where a descriptor widens it.
    A span inside one token ("Yahoo" of "Yahoo!", "Средне" of "Средне-") keeps its text."""
    return [
        replace(
            span,
            name=normalize_name(morphology, tokens.within(span.start, span.end), span.type)
            or text[span.start : span.end],
            full_name=normalize_name(
                morphology, tokens.within(span.name_start, span.name_end), span.type
            )
            if span.has_descriptor
            else span.full_name,
        )
        for span in spans
    ]


def agreed_names(
    text: str, spans: Sequence[NameSpan], is_known: Callable[[str], bool]
) -> list[NameSpan]:
    """One surface, one name: where the tagger read a word differently in one place
    ("в Узатом" as the adjective "Узатый"), the name most of its mentions have wins;
    but where the tagger read the surface as a nominative in one place and elsewhere
    inflected it into a word no dictionary knows, the surface wins: a foreign name that
    does not decline ("Уитни Хьюстон", not the guess "Уитня", when the text also writes
    "Уитни Хьюстон умерла"). `is_known`: the dictionary knows a lower-case word."""
    names: dict[str, Counter[str]] = {}
    for span in spans:
        names.setdefault(text[span.start : span.end], Counter())[span.name] += 1
    agreed = {surface: agree(surface, counts, is_known) for surface, counts in names.items()}
    return [
        replace(span, name=agreed[text[span.start : span.end]])
        if len(names[text[span.start : span.end]]) > 1
        else span
        for span in spans
    ]


def agree(surface: str, counts: Counter[str], is_known: Callable[[str], bool]) -> str:
    """The name of a surface its mentions were given `counts` of names."""
    most = counts.most_common(1)[0][0]
    if surface in counts and most != surface:
        made = set(most.lower().split()) - set(surface.lower().split())
        if made and not all(is_known(word) for word in made):
            return surface
    return most


def qualify_by_place(text: str, spans: Sequence[NameSpan], tokens: TokenIndex) -> list[NameSpan]:
    """ "Агентство по атомной энергии Казахстана": a genitive place right after an
    organisation is part of its name, so two countries' agencies stay two entities."""
    out = list(spans)
    for index in range(len(out) - 1):
        org = out[index]
        # the next mention after it, past the ones nested in it ("МВД" of "ГУ МВД")
        after = (out[j] for j in range(index + 1, len(out)) if out[j].start >= org.end)
        place = next(after, out[index + 1])
        words = tokens.within(place.start, place.end)
        if (
            org.type == ORG
            and place.type == LOC
            and text[org.end : place.start] == " "
            and words
            and words[0].feats.get("Case") == "Gen"
        ):
            suffix = " " + text[place.start : place.end]
            out[index] = replace(
                org,
                name=org.name + suffix,
                full_name=org.full_name + suffix if org.full_name else "",
            )
    return out


# a place's case endings and the nominative's ending they replace ("Претории" of
# "Претория", "Йоханнесбурге" of "Йоханнесбург")
PLACE_ENDINGS = (
    ("ии", "ия"), ("ию", "ия"), ("ией", "ия"), ("е", "а"), ("ы", "а"), ("и", "а"), ("у", "а"),
    ("ой", "а"), ("е", ""), ("а", ""), ("у", ""), ("ом", ""),
)  # fmt: skip


def known_place_names(
    text: str, spans: Sequence[NameSpan], is_place: Callable[[str], bool]
) -> list[NameSpan]:
    """A one-word place the gazetteer does not know by the name the dictionary gave it,
    named by the one nominative of its surface the gazetteer knows ("в Претории": the
    dictionary's "преторий" is a Roman camp's, the gazetteer's "Претория" the city)."""
    out = []
    for span in spans:
        surface = text[span.start : span.end]
        if span.type == LOC and " " not in surface and not is_place(span.name):
            known = {
                name
                for ending, nominative, name in nominatives(surface)
                if is_place(name)
                # a name the dictionary left as it stands may not decline ("Туле": Thule)
                and (span.name != surface or (ending, nominative) != ("е", "а"))
            }
            if len(known) == 1:
                span = replace(span, name=known.pop())
        out.append(span)
    return out


def nominatives(surface: str) -> list[tuple[str, str, str]]:
    """Each case ending a place's surface may have, the nominative's ending it replaces,
    and the nominative so made ("Претории": ("ии", "ия", "Претория"), …)."""
    return [
        (ending, nominative, surface[: len(surface) - len(ending)] + nominative)
        for ending, nominative in PLACE_ENDINGS
        if surface.endswith(ending)
    ]
