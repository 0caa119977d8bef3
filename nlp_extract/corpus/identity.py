"""Which document entities are one real thing across a corpus.

Each document entity gets a key as it is read: a country by its ISO code, a known
organisation by its line of the bundled table ("ЕС", "Евросоюз" → "Европейский союз"),
anything else by its type and its canonical name without quotes. When the corpus is
read, keys join:
- a person's shorter name joins the one fuller name of the corpus that contains it
  ("Трамп" → "Дональд Трамп" when no other Трамп has a full name);
- an organisation's abbreviation joins the one organisation that goes by it (as an
  alias in some document, or as the initials of its name);
- an organisation's compound abbreviation the gazetteer does not know joins the one
  organisation whose name it abbreviates ("Мосгоризбирком" → "Московская городская
  избирательная комиссия").
Namesakes stay apart: a surname two full names share joins neither, and
"Байден-младший" is not "Байден".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..constants import DOUBLE_QUOTES, LOC, ORG, PER, fold_key
from ..entities.compounds import abbreviates, content_words, may_be_compound
from ..entities.gazetteer import Gazetteer
from ..entities.likeness import (
    initials,
    is_abbreviation,
    is_initial,
    person_words,
    same_person,
)

Key = tuple[str, str]  # (type, what identifies it)
QUOTES_AND_SPACES = re.compile(rf"[{DOUBLE_QUOTES}']+|\s+")


def entity_key(
    kind: str, name: str, aliases: Iterable[str], code: str | None, gazetteer: Gazetteer
) -> Key:
    """The key a document entity is known by before the corpus is read whole."""
    if code:
        return (LOC if kind == LOC else kind, "#" + code)
    for each in (name, *aliases):
        known = gazetteer.identity(kind, each)
        if known:
            return (kind, "=" + fold_key(known))
    return (kind, QUOTES_AND_SPACES.sub(" ", fold_key(name)).strip())


class KeyLinks:
    """Union-find over keys; the root of a set is its smallest key, whatever the order
    the keys came in, so a corpus read in parts gives the same sets."""

    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, key: Key) -> Key:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while key != root:
            key, self.parent[key] = self.parent[key], root
        return root

    def join(self, a: Key, b: Key) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def link_keys(names: dict[Key, str], aliases: dict[Key, set[str]]) -> KeyLinks:
    """Join the keys of one thing; `names` is each key's name, `aliases` its other names."""
    links = KeyLinks()
    join_person_parts(links, {key: name for key, name in names.items() if key[0] == PER})
    join_abbreviations(links, names, aliases)
    join_compounds(links, names)
    return links


def join_person_parts(links: KeyLinks, people: dict[Key, str]) -> None:
    split = {key: person_words(name) for key, name in people.items()}
    containing: dict[str, set[Key]] = {}
    for key, name_words in split.items():
        if len(name_words) > 1:
            for word in name_words:
                containing.setdefault(word, set()).add(key)
    for key in sorted(split, key=lambda k: (-len(split[k]), k)):
        part = split[key]
        whole_words = [word for word in part if not is_initial(word)]
        if not whole_words:
            continue
        candidates = set.intersection(*(containing.get(word, set()) for word in whole_words))
        owners = {
            links.find(other)
            for other in candidates
            if other != key and same_person(part, split[other])
        }
        if len(owners) == 1:
            links.join(owners.pop(), key)


def join_abbreviations(
    links: KeyLinks, names: dict[Key, str], aliases: dict[Key, set[str]]
) -> None:
    going_by: dict[str, set[Key]] = {}
    for key, name in names.items():
        if key[0] != ORG:
            continue
        for letters in initials(name) | {a for a in aliases.get(key, ()) if is_abbreviation(a)}:
            going_by.setdefault(letters, set()).add(key)
    for key, name in sorted(names.items()):
        if key[0] == ORG and is_abbreviation(name):
            owners = {links.find(other) for other in going_by.get(name, ()) if other != key}
            if len(owners) == 1:
                links.join(owners.pop(), key)


def join_compounds(links: KeyLinks, names: dict[Key, str]) -> None:
    """An unknown compound abbreviation joins the one organisation it abbreviates."""
    full: dict[str, list[tuple[tuple[str, ...], Key]]] = {}
    for key, name in names.items():
        words = content_words(name) if key[0] == ORG else ()
        if len(words) >= 2:
            full.setdefault(words[0][:1], []).append((words, key))
    for key, name in sorted(names.items()):
        compound = fold_key(name)
        if key[0] != ORG or key[1].startswith("=") or not may_be_compound(compound):
            continue
        owners = {
            links.find(other)
            for words, other in full.get(compound[:1], ())
            if other != key and abbreviates(compound, words)
        }
        if len(owners) == 1:
            links.join(owners.pop(), key)
