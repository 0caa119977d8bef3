"""Which document entities are one real thing across a corpus.

Each document entity gets a key as it is read: a country by its ISO code, a known
organisation by its line of the bundled table ("ЕС", "Евросоюз" → "Европейский союз"),
anything else by its type and its canonical name without quotes. When the corpus is
read, keys join:
- a person's shorter name joins the one fuller name of the corpus that contains it
  ("Трамп" → "Дональд Трамп" when no other Трамп has a full name), or of namesakes the
  one the corpus names in three times more documents than all the others ("Обама" is
  Barack's, not Michelle's; "Кастро" neither Fidel's nor Raúl's); initials stand for
  given names ("В. В. Путин");
- an organisation's abbreviation joins the one organisation that goes by it (as an
  alias in some document, or as the initials of its name);
- an organisation's compound abbreviation the gazetteer does not know joins the one
  organisation whose name it abbreviates ("Мосгоризбирком" → "Московская городская
  избирательная комиссия").
- names spelt alike but for the letters transliteration varies in ("Дэвид Петрэус",
  "Лос-Анжелес") are one, and so are a person's full names that are forms of one name
  with one first name ("Ирина Ярова" / "Ирина Яровая") or an "э" apart inside a word
  ("Дэвид Кэмерон" / "Дэвид Камерон"), or with an everyday or short form of the first
  name the table gives one full name for ("Юля" / "Юлия Липницкая", "Джо" / "Джозеф
  Арпайо"); a name spelt so joins the gazetteer's ("РИА-новости").
Namesakes named about as often stay apart, and "Байден-младший" is not "Байден".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..constants import DOUBLE_QUOTES, LOC, ORG, PER, fold_key
from ..entities.bodies import organisation_key
from ..entities.compounds import abbreviates, content_words, may_be_compound
from ..entities.full_names import (
    forms_of_one_name,
    same_person,
    vowel_variant,
    with_full_first_name,
)
from ..entities.gazetteer import Gazetteer
from ..entities.likeness import (
    initials,
    is_abbreviation,
    is_initial,
    person_words,
    spelling,
)

Key = tuple[str, str]  # (type, what identifies it)
# how many times more documents than its namesakes together a person must be named in
# for a bare surname of the corpus to be theirs
DOMINANT = 3
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
    folded = organisation_key(name) if kind == ORG else fold_key(name)
    return (kind, QUOTES_AND_SPACES.sub(" ", folded).strip())


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


def link_keys(
    names: dict[Key, str],
    aliases: dict[Key, set[str]],
    documents: dict[Key, int] | None = None,
) -> KeyLinks:
    """Join the keys of one thing; `names` is each key's name, `aliases` its other names,
    `documents` how many documents name it."""
    links = KeyLinks()
    join_spellings(links, names)
    people = {key: name for key, name in names.items() if key[0] == PER}
    join_person_forms(links, people)
    join_person_parts(links, people, documents or {})
    join_abbreviations(links, names, aliases)
    join_compounds(links, names)
    return links


def join_spellings(links: KeyLinks, names: dict[Key, str]) -> None:
    """Names of one type spelt alike but for the letters transliteration varies in
    ("Дэвид Петреус" / "Дэвид Петрэус", "Лос-Анджелес" / "Лос-Анжелес", "РИА-новости" /
    the gazetteer's "РИА Новости") are one thing; abbreviations, countries and two
    things the gazetteer knows apart keep their own keys."""
    spelt: dict[tuple[str, str], Key] = {}
    # a known thing's key ("=…") comes before the names that spell it (letters sort after "=")
    for key, name in sorted(names.items()):
        spelt_so = spelling(name) if key[1][:1] != "#" else None
        if not spelt_so:
            continue
        first = spelt.setdefault((key[0], spelt_so), key)
        if first[1][:1] != "=" or key[1][:1] != "=":  # two known things stay two
            links.join(first, key)


def join_person_forms(links: KeyLinks, people: dict[Key, str]) -> None:
    """Full names that are forms of one name, word by word, with one first name ("Ирина
    Яровая" / "Ирина Ярова", "Сергей Скрипаль" / "Сергей Скрипаля": one document's text
    gave no nominative), or transliterations a vowel apart ("Дэвид Кэмерон" / "Дэвид
    Камерон") are one person; another first name is another person, however alike
    ("Александр Иванов" is not "Александра Иванова")."""
    alike: dict[tuple[str, ...], list[tuple[Key, tuple[str, ...]]]] = {}
    by_words = {person_words(name): key for key, name in sorted(people.items(), reverse=True)}
    for name_words, key in by_words.items():
        full = with_full_first_name(name_words, by_words)
        if full:
            links.join(key, by_words[full])
    for key, name in sorted(people.items()):
        name_words = person_words(name)
        if len(name_words) >= 2 and not is_initial(name_words[0]):
            alike.setdefault(tuple(w[:1] for w in name_words), []).append((key, name_words))
    for names in alike.values():
        for number, (key, name_words) in enumerate(names):
            for other, other_words in names[number + 1 :]:
                if (
                    name_words[0] == other_words[0] and forms_of_one_name(name_words, other_words)
                ) or vowel_variant(name_words, other_words):
                    links.join(key, other)


def join_person_parts(links: KeyLinks, people: dict[Key, str], documents: dict[Key, int]) -> None:
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
        holders = [o for o in candidates if o != key and same_person(part, split[o])]
        owner = the_one(links, holders, documents)
        if owner is not None:
            links.join(owner, key)


def the_one(links: KeyLinks, holders: list[Key], documents: dict[Key, int]) -> Key | None:
    """The one person the fuller names `holders` are of; of namesakes, the one the corpus
    names in far more documents than all the others ("Обама" is Barack, not Michelle),
    else none ("Кастро": Fidel and Raúl)."""
    weight: dict[Key, int] = {}
    for holder in holders:
        root = links.find(holder)
        weight[root] = weight.get(root, 0) + documents.get(holder, 0)
    if len(weight) == 1:
        return next(iter(weight))
    if not weight:
        return None
    top = max(weight, key=lambda root: (weight[root], root))
    others = sum(weight.values()) - weight[top]
    return top if weight[top] >= DOMINANT * max(others, 1) else None


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
