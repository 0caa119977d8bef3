"""NameSpans into entities: one entity per real-world thing within a document.

Mentions of one type join when
- their nominative names are the same, or spelt alike but for the letters
  transliteration varies in ("Дэвид Петрэус" / "Дэвид Петреус");
- they name one known thing: a country by its ISO code ("США", "Америка",
  "Соединенные Штаты"), an organisation by its line of the bundled table ("ЕС",
  "Евросоюз");
- an abbreviation follows its expansion in brackets ("Международное агентство по
  атомной энергии (МАГАТЭ)"), a person's original spelling follows the name
  ("Скотт Хоровитц (Scott Horowitz)"), or stands anywhere and is the initials of exactly one
  organisation's name ("РПЦ" / "Русская православная церковь");
- people's names are forms of one name ("Эммануэля Макрона" / "Эммануэль Макрон"), an
  initial stands for a first name ("Т. Мэй" / "Тереза Мэй"), or an everyday form does
  ("Билл" / "Уильям Клинтон"), or full names are transliterations an "э" apart ("Джанет
  Рено" / "Джэнет Рино");
- a shorter name of a person is part of exactly one fuller name of the document: the
  surname, the first name, or first and last name of a name with a middle name.
A name written surname first ("Сурков Владислав Юрьевич") is read first name first.
Namesakes and relatives stay apart ("Буш-младший" is not "Буш"); a short name two full
names share is handed out among them mention by mention (namesakes.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..constants import LOC, ORG, PER, fold_key
from .bodies import compound_pairs, national_pairs, organisation_key
from .brackets import bracketed_names
from .full_names import (
    forms_of_one_name,
    same_consonants,
    same_person,
    spelt_out,
    vowel_variant,
    with_full_first_name,
)
from .gazetteer import Gazetteer
from .heads import head_pairs
from .likeness import (
    initials,
    is_abbreviation,
    lead,
    person_words,
    same_word,
    spelling,
    words,
)
from .namesakes import share_namesakes
from .sex import PastSex, past_sex_by_ending
from .spans import NameSpan

# a sentence ends between two mentions
SENTENCE_END = re.compile(r"[.!?…][»\"”)]?\s")


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


def link(
    text: str,
    mentions: Sequence[NameSpan],
    gazetteer: Gazetteer,
    patronymic: Callable[[str], bool] | None = None,
) -> Links:
    links = Links(len(mentions))
    join_same_keys(
        links,
        mentions,
        lambda m: organisation_key(m.name) if m.type == ORG else fold_key(m.name),
    )
    join_same_keys(links, mentions, lambda m: gazetteer.identity(m.type, m.name))
    join_same_keys(
        links, mentions, lambda m: None if gazetteer.identity(m.type, m.name) else spelling(m.name)
    )
    for first, second in bracketed_names(text, mentions, gazetteer):
        links.join(first, second)
    join_abbreviations(links, mentions, gazetteer)
    for a, b in (*national_pairs(text, mentions, gazetteer), *compound_pairs(mentions, gazetteer)):
        links.join(a, b)
    join_forms(text, links, mentions)
    for a, b in head_pairs(mentions, links.find, lambda word: gazetteer.type_of(word) == LOC):
        links.join(a, b)
    join_person_names(links, mentions)
    if patronymic:
        join_first_and_patronymic(text, links, mentions, patronymic)
    return links


def join_same_keys(
    links: Links, mentions: Sequence[NameSpan], key: Callable[[NameSpan], str | None]
) -> None:
    first: dict[tuple[str, str], int] = {}
    for index, mention in enumerate(mentions):
        value = key(mention)
        if value:
            links.join(first.setdefault((mention.type, value), index), index)


def join_abbreviations(links: Links, mentions: Sequence[NameSpan], gazetteer: Gazetteer) -> None:
    """An organisation's abbreviation joins the one name in the document it abbreviates,
    countries aside ("ЦБ" / "Центральный банк РФ")."""
    expansions: dict[str, set[int]] = {}
    bare = {index: without_country(mention, gazetteer) for index, mention in enumerate(mentions)}
    for index, mention in enumerate(mentions):
        if mention.type == ORG:
            for letters in initials(mention.name) | initials(bare[index]):
                expansions.setdefault(letters, set()).add(links.find(index))
    for index, mention in enumerate(mentions):
        if mention.type == ORG and is_abbreviation(mention.name):
            owners = {links.find(i) for i in expansions.get(mention.name, ())}
            if len(owners) == 1:
                links.join(owners.pop(), index)


def without_country(mention: NameSpan, gazetteer: Gazetteer) -> str:
    """An organisation's name less the country after it, as written ("Центральный банк
    РФ" -> "Центральный банк")."""
    national = gazetteer.national(mention.name) if mention.type == ORG else None
    if not national:
        return mention.name
    written, size = mention.name.split(), len(national[0].split())
    if fold_key(written[0]) == national[0].split()[0]:
        return " ".join(written[:size])
    return " ".join(written[-size:])  # "Российский МИД" -> "МИД"


def join_forms(text: str, links: Links, mentions: Sequence[NameSpan]) -> None:
    """Names of one type that are forms of one name ("Эммануэля Макрона" / "Эммануэль
    Макрон", "Гессена" / "Гессен"), or differ by an initial ("Т. Мэй" / "Тереза Мэй").
    Only names whose words begin with the same sounds are compared."""
    written_at: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for index, mention in enumerate(mentions):
        written_at.setdefault((mention.type, name_words(mention)), []).append(index)
    first_of = {key: indexes[0] for key, indexes in written_at.items()}
    for indexes in written_at.values():
        for index in indexes[1:]:
            links.join(indexes[0], index)
    alike: dict[tuple[str, tuple[str, ...]], list[tuple[str, ...]]] = {}
    for kind, name in first_of:
        alike.setdefault((kind, tuple(map(lead, name))), []).append(name)
    people = {name for kind, name in first_of if kind == PER}
    for kind, name in first_of:
        full = with_full_first_name(name, people) if kind == PER else None
        if full:
            links.join(first_of[kind, name], first_of[kind, full])
    initialled: dict[tuple[str, tuple[str, ...]], list[tuple[str, ...]]] = {}
    for (kind, _), names in alike.items():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if forms_of_one_name(a, b) and (fuller := spelt_out(a, b)):
                    short = b if fuller is a else a
                    initialled.setdefault((kind, short), []).append(fuller)
                elif forms_of_one_name(a, b) or (kind == PER and vowel_variant(a, b)):
                    links.join(first_of[kind, a], first_of[kind, b])
    for (kind, short), fuller_names in initialled.items():
        join_initialled(
            text,
            links,
            mentions,
            [written_at[kind, name] for name in fuller_names],
            fuller_names,
            first_of[kind, short],
        )


def join_initialled(
    text: str,
    links: Links,
    mentions: Sequence[NameSpan],
    written_at: list[list[int]],
    names: list[tuple[str, ...]],
    short: int,
) -> None:
    """A name with an initial (first written at `short`) joins the one fuller name it may
    stand for (`names`, written at `written_at`); of several people's ("Пол Сорос",
    "Питер Сорос"), the one written last before it, and none if neither is, or both are
    in that sentence ("П. Сорос"); spellings of one name by its consonants are one
    person ("Мухаммед" / "Мохаммед Мурси")."""
    for i, a in enumerate(names):
        for j in range(i + 1, len(names)):
            if same_consonants(a, names[j]):
                links.join(written_at[i][0], written_at[j][0])
    owners = {links.find(at[0]) for at in written_at}
    before = [index for at in written_at for index in at if index < short]
    if len(owners) > 1 and before:
        last = max(before)
        others = [index for index in before if links.find(index) != links.find(last)]
        apart = not others or SENTENCE_END.search(
            text, mentions[max(others)].end, mentions[last].start
        )
        owners = {links.find(last)} if apart else set()
    if len(owners) == 1:
        links.join(owners.pop(), short)


def join_person_names(links: Links, mentions: Sequence[NameSpan]) -> None:
    """Each shorter name of a person joins the one fuller name it is part of, fullest
    names first, so that "Эрдоган" finds "Реджеп Эрдоган" already one with "Реджеп
    Тайип Эрдоган". A part is compared only with the names that have words beginning
    with the sounds its words begin with."""
    first_of: dict[tuple[str, ...], int] = {}
    for index, mention in enumerate(mentions):
        if mention.type == PER:
            first_of.setdefault(person_words(mention.name), index)
    names = sorted(first_of, key=len, reverse=True)
    having: dict[str, set[int]] = {}
    for number, name in enumerate(names):
        for word in name:
            having.setdefault(lead(word), set()).add(number)
    for part in names:
        candidates = set.intersection(*(having.get(lead(word), set()) for word in part))
        owners = {
            links.find(first_of[names[number]])
            for number in candidates
            if same_person(part, names[number])
        }
        if len(owners) == 1:
            links.join(owners.pop(), first_of[part])


def join_first_and_patronymic(
    text: str, links: Links, mentions: Sequence[NameSpan], patronymic: Callable[[str], bool]
) -> None:
    """ "Владимир Владимирович", a first name and patronymic (as Russians address one
    another), is the one person of the text whose full name has that first name, and that
    patronymic where it gives one, named in a sentence before. A word the text also
    writes alone as a person is a surname, not a patronymic ("Роман Абрамович" …
    "Абрамович"), and so is one beside that full name ("Михаил Хасая и Михаил
    Агранович": many surnames read as patronymics)."""
    alone = {words(m.name)[0] for m in mentions if m.type == PER and len(words(m.name)) == 1}
    full = [
        (index, person_words(m.name))
        for index, m in enumerate(mentions)
        if m.type == PER and len(person_words(m.name)) >= 2
    ]
    for index, mention in enumerate(mentions):
        pair = words(mention.name) if mention.type == PER else ()
        if len(pair) != 2 or pair[1] in alone or not patronymic(pair[1]):
            continue
        owners = {
            links.find(other)
            for other, name in full
            if same_word(pair[0], name[0])
            and (same_word(pair[1], name[1]) if len(name) == 3 else not patronymic(name[1]))
        }
        if len(owners) != 1:
            continue
        owner = owners.pop()
        first = mentions[owner]  # a group's root is its first mention
        if first.end <= mention.start and SENTENCE_END.search(text, first.end, mention.start):
            links.join(owner, index)


def name_words(mention: NameSpan) -> tuple[str, ...]:
    """The words a mention's name is compared by: a person's in the order first, middle,
    last."""
    return person_words(mention.name) if mention.type == PER else words(mention.name)


def cluster(
    text: str,
    mentions: Sequence[NameSpan],
    gazetteer: Gazetteer,
    patronymic: Callable[[str], bool] | None = None,
    past_sex: PastSex = past_sex_by_ending,
) -> list[list[NameSpan]]:
    """The mentions of each real thing, in order of first mention; `patronymic` tells a
    patronymic from a surname (the dictionary's), where the caller has one."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    links = link(text, ordered, gazetteer, patronymic)
    groups: dict[int, list[int]] = {}
    for index in range(len(ordered)):
        groups.setdefault(links.find(index), []).append(index)
    shared = share_namesakes(text, ordered, list(groups.values()), past_sex)
    return [[ordered[i] for i in group] for group in sorted(shared)]
