"""NameSpans into entities: one entity per real-world thing within a document.

NameSpans join when they share a type and a nominative name, when a surname
stands alone after the full name ("Азим Ахмедхаджаев" … "Ахмедхаджаев"), and
when an abbreviation follows its expansion in brackets ("Международное
агентство по атомной энергии (МАГАТЭ)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..constants import PER, fold_key
from .spans import NameSpan

BRACKETED = re.compile(r"^\s*\($")


class Links:
    """Union-find over mention indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def surname(mention: NameSpan) -> str | None:
    words = mention.name.split()
    return fold_key(words[-1]) if len(words) > 1 else None


def link(text: str, mentions: Sequence[NameSpan]) -> Links:
    links = Links(len(mentions))
    first_by_name: dict[tuple[str, str], int] = {}
    for index, mention in enumerate(mentions):
        first = first_by_name.setdefault((mention.type, fold_key(mention.name)), index)
        links.join(first, index)
    # a lone surname joins the one full name with that surname
    full_names: dict[str, set[int]] = {}
    for index, mention in enumerate(mentions):
        last = surname(mention) if mention.type == PER else None
        if last:
            full_names.setdefault(last, set()).add(links.find(index))
    for index, mention in enumerate(mentions):
        if mention.type == PER and len(mention.name.split()) == 1:
            owners = full_names.get(fold_key(mention.name), set())
            if len(owners) == 1:
                links.join(next(iter(owners)), index)
    # "expansion (ABBR)": adjacent mentions of one type, the second in brackets
    for index in range(len(mentions) - 1):
        a, b = mentions[index], mentions[index + 1]
        if (
            a.type == b.type != PER
            and BRACKETED.match(text[a.end : b.start])
            and text[b.end : b.end + 1] == ")"
        ):
            links.join(index, index + 1)
    return links


def canonical(members: Sequence[NameSpan]) -> str:
    """The fullest name: a descriptor form if any, else the longest most frequent name."""
    full = Counter(m.full_name for m in members if m.full_name)
    if full:
        return full.most_common(1)[0][0]
    counts = Counter(m.name for m in members)
    if members[0].type == PER:
        return max(counts, key=lambda name: (len(name.split()), counts[name]))
    expansions = [name for name in counts if not name.isupper()]
    return max(expansions or counts, key=lambda name: (counts[name], len(name)))


def cluster(text: str, mentions: Sequence[NameSpan]) -> list[list[NameSpan]]:
    """The mentions of each real thing, in order of first mention."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    links = link(text, ordered)
    groups: dict[int, list[NameSpan]] = {}
    for index, mention in enumerate(ordered):
        groups.setdefault(links.find(index), []).append(mention)
    return list(groups.values())
