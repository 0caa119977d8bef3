"""Type repairs: datelines, the gazetteer, and one type per name within a document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .gazetteer import Gazetteer, key
from .mentions import Mention

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
    kept = [m for m in mentions if not any(m.start < p.end and p.start < m.end for p in preferred)]
    return sorted(kept + preferred, key=lambda m: (m.start, m.end))


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
