"""Type repairs: datelines, the gazetteer, and one type per name within a document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from .gazetteer import Gazetteer, key
from .mentions import Mention, SpanIndex

# "ТАШКЕНТ, 19 фев — Sputnik.", "МОСКВА, 3 мар 2025 — РИА Новости.", "ЕКАТЕРИНБУРГ, 15 сент."
DATELINE = re.compile(
    r"^[ \t]*(?P<city>[А-ЯЁ][А-ЯЁ-]+(?:[ -][А-ЯЁ][А-ЯЁ-]+)*)"
    r"(?:\s*\([^)\n]{1,40}\))?,[ \t]+\d{1,2}[ \t]+[а-яё]{3,8}\.?(?:[ \t]+\d{4}(?:[ \t]*г(?:ода|\.)?)?)?"
    r"(?:[ \t]*[—–-][ \t]*(?P<agency>[^.\n—–]{2,40}?))?\.",
)


def dateline(text: str, regions: Iterable[tuple[int, int]]) -> list[Mention]:
    """The city (LOC) and agency (ORG) of every dateline that opens a content region."""
    found = []
    for start, end in regions:
        match = DATELINE.match(text, start, end)
        if not match:
            continue
        found.append(Mention(match.start("city"), match.end("city"), "LOC"))
        if match.group("agency"):
            found.append(Mention(match.start("agency"), match.end("agency"), "ORG"))
    return found


def overlay(mentions: list[Mention], preferred: list[Mention]) -> list[Mention]:
    """Preferred mentions replace any they overlap."""
    index = SpanIndex([(p.start, p.end) for p in preferred])
    kept = [m for m in mentions if not index.overlapping(m.start, m.end)]
    return sorted(kept + preferred, key=lambda m: (m.start, m.end))


QUOTED = re.compile(r"[«\"„“]([^«»\"„“”\n]{2,80})[»\"”“]")


def quoted_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A quoted phrase that holds a place and more words is an organisation: «Голос Америки»."""
    found = []
    for mention in mentions:
        if mention.type != "LOC":
            continue
        window = max(0, mention.start - 80)
        for match in QUOTED.finditer(text, window, min(len(text), mention.end + 80)):
            inner = match.group(1)
            if (
                match.start(1) <= mention.start
                and mention.end <= match.end(1)
                and (match.start(1), match.end(1)) != (mention.start, mention.end)
                and inner[:1].isupper()
                and len(inner.split()) <= 6
            ):
                found.append(Mention(match.start(1), match.end(1), "ORG"))
    return found


def propagate(
    text: str,
    mentions: list[Mention],
    regions: Iterable[tuple[int, int]],
    named: dict[str, str] | None = None,
) -> list[Mention]:
    """Every other occurrence of a surface form already tagged is a mention too.

    natasha tags a name in one context and misses it (or mistypes a part of it) in
    another; within one document the same capitalised string names the same thing.
    `named` adds canonical names to look for ({name: type}): «Голоса Америки» tagged
    in one place makes a bare "Голос Америки" elsewhere a mention of it.
    """
    forms: dict[str, str] = {}
    for mention in mentions:
        surface = text[mention.start : mention.end]
        # short capitalised words ("Все") are too often ordinary words; abbreviations are not
        if surface[:1].isupper() and (
            len(surface) >= 4 or (len(surface) >= 2 and surface.isupper())
        ):
            forms.setdefault(surface, mention.type)
    names = named or {}
    forms.update((name, kind) for name, kind in names.items() if name not in forms)
    if not forms:
        return mentions
    longest = max(len(WORD.findall(form)) for form in forms)
    covered = SpanIndex([(m.start, m.end) for m in mentions])
    added = []
    for start, end in regions:
        words = list(WORD.finditer(text, start, end))
        for i, first in enumerate(words):
            if not first.group()[:1].isupper():
                continue
            for last in reversed(words[i : i + longest]):
                surface = text[first.start() : last.end()]
                if surface in forms:
                    clash = covered.overlapping(first.start(), last.end())
                    if not any(s <= first.start() and last.end() <= e for s, e in clash):
                        found = Mention(first.start(), last.end(), forms[surface])
                        found.name = surface if surface in names else ""
                        added.append(found)
                    break
    return overlay(mentions, added) if added else mentions


# words as propagate compares them: letters, digits and inner hyphens
WORD = re.compile(r"(?<![\w-])[\w][\w-]*")


def known_places(
    text: str,
    mentions: list[Mention],
    regions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    lemmas: Callable[[str], set[str]],
    is_person_name: Callable[[str], bool],
) -> list[Mention]:
    """Countries, regions and cities the NER missed ("… стран Европы"): a capitalised word
    inside a sentence whose dictionary form is in the gazetteer and is not a person's name
    ("Владимир", "София")."""
    covered = SpanIndex([(m.start, m.end) for m in mentions])
    added = []
    for start, end in regions:
        words = list(WORD.finditer(text, start, end))
        for word in words[1:]:  # a sentence's first word is capitalised anyway
            surface = word.group()
            if (
                not surface[:1].isupper()
                or surface.isupper()
                or covered.overlapping(word.start(), word.end())
            ):
                continue
            if any(
                gazetteer.type_of(lemma) == "LOC" for lemma in lemmas(surface)
            ) and not is_person_name(surface):
                added.append(Mention(word.start(), word.end(), "LOC"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def join_name_parts(
    text: str, mentions: list[Mention], is_person_name: Callable[[str], bool]
) -> list[Mention]:
    """A first name or surname tagged apart from the rest of the person joins it:
    "правления Меиржана (ORG) Юсупова (PER)" is one person."""
    out: list[Mention] = []
    for mention in mentions:
        if out:
            last = out[-1]
            pair = {last.type, mention.type}
            between = text[last.end : mention.start]
            other = mention if last.type == "PER" else last
            if (
                "PER" in pair
                and pair != {"PER"}
                and between == " "
                and " " not in text[other.start : other.end]
                and is_person_name(text[other.start : other.end])
            ):
                out[-1] = Mention(last.start, mention.end, "PER")
                continue
        out.append(mention)
    return out


def retype_known(mentions: Iterable[Mention], gazetteer: Gazetteer) -> None:
    """Known countries, regions and cities are LOC; known organisations are ORG."""
    for mention in mentions:
        if mention.type == "PER":
            continue
        known = gazetteer.type_of(mention.name)
        if known:
            mention.type = known


def majority_type(mentions: list[Mention]) -> None:
    """A name seen with one type in most of its mentions gets that type in all of them."""
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        votes.setdefault(key(mention.name), Counter())[mention.type] += 1
    for mention in mentions:
        counts = votes[key(mention.name)]
        best, best_count = counts.most_common(1)[0]
        if best_count * 2 > sum(counts.values()):
            mention.type = best
