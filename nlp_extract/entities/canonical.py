"""The one name an entity goes by, chosen from the names its mentions give it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from ..constants import LOC, PER, fold_key
from .gazetteer import Gazetteer
from .likeness import is_initial, is_latin, is_russian, words
from .sex import FEMALE_SURNAME, PastSex, past_sex_by_ending, told_sex
from .spans import NameSpan

# a woman's surname in the nominative, last in a name ("Мирослава Немцова")
FEMALE_NOMINATIVE = re.compile(r"\w{2,}(?:" + "|".join(FEMALE_SURNAME) + ")$")


def canonical(
    text: str,
    members: Sequence[NameSpan],
    gazetteer: Gazetteer,
    past_sex: PastSex = past_sex_by_ending,
) -> str:
    """A person: the name in Russian letters with the most whole words (initials aside:
    "Владимир Путин", not "В. В. Путин"), one the text writes in the nominative before
    one made by inflection. A country: the name it is usually called by. Otherwise the
    most frequent name, spelt out rather than abbreviated, descriptors left out
    ("Газпром", not "ПАО «Газпром»": the descriptor forms are aliases); of an
    organisation the gazetteer knows, its canonical name when the text writes it
    ("Банк России" of "ЦБ", "Центробанк", "Банк России"), else its fullest name."""
    counts = Counter(m.name for m in members)
    kind = members[0].type
    if kind == PER:
        return person_name(text, members, counts, past_sex)
    if kind == LOC and any(gazetteer.identity(LOC, m.name) for m in members):
        return min(counts, key=lambda n: (gazetteer.rank(n), -counts[n]))
    known = {found for name in counts if (found := gazetteer.identity(kind, name))}
    if len(known) == 1:
        thing = known.pop()
        spelt = {fold_key(name): name for name in counts}.get(fold_key(thing))
        if spelt:
            return spelt
        # else its fullest name spelt out ("Комиссия по ценным бумагам", not the bare
        # noun "Комиссия" the text mostly calls it once the name is given)
        spelt_out = [name for name in counts if not name.isupper()]
        if spelt_out:
            return max(spelt_out, key=lambda name: (len(words(name)), counts[name]))
    counts = with_country_counted(counts, gazetteer)
    expansions = [name for name in counts if not name.isupper()]
    return max(expansions or counts, key=lambda name: (counts[name], len(name)))


def with_country_counted(counts: Counter[str], gazetteer: Gazetteer) -> Counter[str]:
    """The counts with a name qualified by its country ("Конституционный совет Туниса",
    "МИД РФ") counting the mentions of the body named bare ("Конституционный совет",
    "МИД"): the text names the country once and then the body alone, and the fuller
    name is its name. A party's too: "Партия труда Кореи" is its name, and "Партия
    регионов Украины" says no more than is true."""
    bare = {fold_key(name): name for name in counts}
    out = Counter(counts)
    for name in counts:
        national = gazetteer.national(name)
        alone = bare.get(national[0]) if national else None
        if alone and alone != name:
            out[name] += counts[alone]
    return out


def person_name(
    text: str, members: Sequence[NameSpan], counts: Counter[str], past_sex: PastSex
) -> str:
    """A person's name of those its mentions give (`counts`): see `canonical`; of a
    woman's and a man's form of one name, the one of the sex the text tells."""
    written = {m.name for m in members if text[m.start : m.end] == m.name}
    written_words = Counter(word for m in members for word in words(m.name))
    # the sex decides only between a woman's and a man's forms of one name
    forms = any(
        FEMALE_NOMINATIVE.search(name) for m in members for name in (m.name, text[m.start : m.end])
    )
    sex = told_sex(text, ((m.start, m.end) for m in members), past_sex) if forms else None
    if sex:  # a woman's nominative as written, which a man's genitive may be read as
        written |= {
            surface for m in members if FEMALE_NOMINATIVE.search(surface := text[m.start : m.end])
        }
    chosen = max(
        [*counts, *sorted(written - counts.keys())],
        key=lambda n: (
            not is_latin(n),
            is_russian(n),
            sum(not is_initial(word) for word in words(n)),
            len(words(n)),
            not any(map(is_initial, words(n))),
            sex is None or (FEMALE_NOMINATIVE.search(n) is None) != sex,
            n in written,
            -len(n),  # of the forms left, the nominative is the shortest ("Локхарт")
            # of two spellings, the one the mentions write most ("Кэмерон" five
            # times, "Камерон" three: "Дэвид Кэмерон")
            sum(written_words[word] for word in words(n)),
            counts.get(n, 0),
        ),
    )
    spans = [(m.start, m.end) for m in members]
    told = cache(lambda: sex if forms else told_sex(text, spans, past_sex))
    return with_written_nominatives(chosen, {w for n in written for w in n.split()}, told)


# the endings a name's word takes in the oblique cases of the singular, by how its
# nominative ends: "-а" ("Мамука": "Мамуки", "Мамуке"), "-я", "-й", "-ь", a consonant
OBLIQUE_BY_END = {
    "а": ("ы", "и", "е", "у", "ой", "ою"),
    "я": ("и", "е", "ю", "ей", "ею"),
    "й": ("я", "ю", "ем", "е"),
    "ь": ("я", "ю", "ем", "е", "и"),
    "": ("а", "у", "ом", "ем", "е"),
}


def declines_to(nominative: str, other: str) -> bool:
    """Whether `other` is an oblique form of the singular of `nominative` by its ending
    alone ("Фолл" -> "Фолла", "Мамука" -> "Мамуке")."""
    last = nominative[-1:].lower()
    if last in OBLIQUE_BY_END:
        end = last
    elif last.isalpha() and last not in "еёиоуыэю":
        end = ""  # a consonant
    else:
        return False
    if len(nominative) < 3:
        return False
    stem = nominative[: len(nominative) - len(end)]
    return any(other == stem + ending for ending in OBLIQUE_BY_END[end])


def with_written_nominatives(
    name: str, written: set[str], sex: Callable[[], bool | None] = lambda: None
) -> str:
    """The name with each word the text writes elsewhere for the person in a form it
    declines from put back in that form: "Грегори Ваент Фолла" of a text that writes
    "Грегори Фолл" is "Грегори Ваент Фолл"; "Мамуке" is "Мамука". A written word that
    is itself a declined form of another is no nominative. A word in -а or -я may be a
    woman's nominative beside a man's name ("Валерия" of "Валерий", "Иванова" of
    "Иванов"): it stays when the text tells a woman (`sex`: True), and one written as
    a nominative or of a woman's surname's ending stays unless it tells a man."""
    nominatives = {
        word for word in written if not any(declines_to(other, word) for other in written)
    }

    def nominative_of(word: str) -> str:
        found = sorted(v for v in nominatives if v != word and declines_to(v, word))
        if not found:
            return word
        if word.lower().endswith(("а", "я")) and not found[0].lower().endswith(("а", "я")):
            told = sex()
            if told or (
                told is None and (word in written or word.lower().endswith(FEMALE_SURNAME))
            ):
                return word
        return found[0]

    return " ".join(nominative_of(word) for word in name.split(" "))


def aliases(members: Sequence[NameSpan], name: str) -> list[str]:
    """The entity's other names, descriptor forms among them."""
    names = {m.name for m in members} | {m.full_name for m in members if m.full_name}
    return sorted(names - {name})
