"""Propagation: every other occurrence of a name already found is a mention too."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import islice

from ..constants import PER
from ..overlap import SpanIndex
from .spans import WORD, NameSpan, overlay


def propagate(
    text: str,
    mentions: list[NameSpan],
    regions: Iterable[tuple[int, int]],
    named: dict[str, str] | None = None,
    common: Callable[[str], bool] | None = None,
) -> list[NameSpan]:
    """Every other occurrence of a surface form already tagged is a mention too.

    natasha tags a name in one context and misses it (or mistypes a part of it) in
    another; within one document the same capitalised string names the same thing.
    `named` adds canonical names to look for ({name: type}): «Голоса Америки» tagged
    in one place makes a bare "Голос Америки" elsewhere a mention of it. A copy of a
    named mention takes its name ("СК" of "СК РФ" is "СК РФ" wherever it stands).
    Given `common` (whether a word is a common noun or adjective), a person's surname
    that is none is looked for alone too ("Путин: …" beside "Владимир Путин"; not
    "Первый" of "Пётр Первый").
    """
    names = named or {}
    forms, given = surface_forms(text, mentions, names, common)
    if not forms:
        return mentions
    # the lengths in words of the forms, by their first word, the longest first
    lengths: dict[str, list[int]] = {}
    for form in forms:
        found = WORD.findall(form)
        if found and form.startswith(found[0]) and found[0][:1].isupper():
            lengths.setdefault(found[0], []).append(len(found))
    for lengths_of_one in lengths.values():
        lengths_of_one.sort(reverse=True)
    covered = SpanIndex([(m.start, m.end) for m in mentions])
    added = []
    until = 0  # the end of the last mention added: no mention inside it
    for first, last, surface in sorted(occurrences(text, forms, lengths, regions)):
        if first < until:
            continue
        clash = covered.overlapping(first, last)
        if not any(s <= first and last <= e for s, e in clash):
            name = surface if surface in names else given.get(surface, "")
            added.append(NameSpan(first, last, forms[surface], name))
            until = last
    return overlay(mentions, added) if added else mentions


def occurrences(
    text: str,
    forms: dict[str, str],
    lengths: dict[str, list[int]],
    regions: Iterable[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """Where the forms stand in the regions, the longest at each word: each form's first
    word is looked for by `str.find`, far faster than a pass over every word."""
    bounds = sorted(regions)
    starts = [start for start, _ in bounds]
    found = []
    for word, counts in lengths.items():
        at = text.find(word)
        while at >= 0:
            first = WORD.match(text, at)
            number = bisect_right(starts, at) - 1
            if first and first.group() == word and number >= 0 and at < bounds[number][1]:
                following = list(islice(WORD.finditer(text, at, bounds[number][1]), counts[0]))
                for count in counts:
                    if count <= len(following):
                        end = following[count - 1].end()
                        if text[at:end] in forms:
                            found.append((at, end, text[at:end]))
                            break
            at = text.find(word, at + 1)
    return found


def surface_forms(
    text: str,
    mentions: Iterable[NameSpan],
    names: dict[str, str],
    common: Callable[[str], bool] | None,
) -> tuple[dict[str, str], dict[str, str]]:
    """The forms to look for, with their types, and the name each surface of a mention
    was given: the mentions' capitalised surfaces, the canonical names asked for, and
    the surnames of the people."""
    forms: dict[str, str] = {}
    given: dict[str, str] = {}  # the name the first mention of a surface has, if named yet
    for mention in mentions:
        surface = text[mention.start : mention.end]
        # short capitalised words ("Все") are too often ordinary words; abbreviations are not
        if surface[:1].isupper() and (
            len(surface) >= 4 or (len(surface) >= 2 and surface.isupper())
        ):
            forms.setdefault(surface, mention.type)
            given.setdefault(surface, mention.name)
    forms.update((name, kind) for name, kind in names.items() if name not in forms)
    # a person's surname alone, where NER missed it ("Путин: …" beside "Владимир Путин")
    if common is not None:
        for surname in surnames(text, mentions):
            if not common(surname):
                forms.setdefault(surname, PER)
    return forms, given


def surnames(text: str, mentions: Iterable[NameSpan]) -> set[str]:
    """The last words of the people named with two or three words, as written
    ("Владимир Путин" -> "Путин", "Виктору Буту" -> "Буту"), long enough not to be a
    common word's capital ("Ли")."""
    found = set()
    for mention in mentions:
        words = text[mention.start : mention.end].split()
        if mention.type == PER and 2 <= len(words) <= 3 and len(words[-1]) >= 4:
            if words[-1][:1].isupper() and words[-1].isalpha() and not words[-1].isupper():
                found.add(words[-1])
    return found
