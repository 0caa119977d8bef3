"""What a person's name tells the speaker rules: a surname alone, the gender, the
post a role's title names."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..constants import PER, fold_yo
from ..entities.sex import FEMALE_SURNAME, MALE_SURNAME
from ..schema import Entity
from .referents import Spanned

# men's first names that end as women's do
MALE_FIRST_NAMES = frozenset({"илья", "никита", "кузьма", "фома", "лука", "савва", "данила"})


def post_words(title: str) -> frozenset[str]:
    """The words of a role's title and the first post of a compound one: "премьер" of
    "премьер-министр" (not "вице" of "вице-премьер")."""
    found = set(fold_yo(title.lower()).split())
    found |= {w.split("-")[0] for w in found if "-" in w and not w.startswith(("вице-", "экс-"))}
    return frozenset(found)


def gender(entity: Entity) -> bool | None:
    """Whether a person's name is a woman's (True), a man's (False) or does not tell:
    the surname's ending ("Набиуллина", "Михалков"), else a man's first name ("Никита",
    "Илья"); "Хиллари Клинтон", "Барак Обама" do not tell."""
    parts = fold_yo(entity.name.lower()).split()
    if not parts:
        return None
    if parts[-1].endswith(FEMALE_SURNAME):
        return True
    if parts[-1].endswith(MALE_SURNAME):
        return False
    if len(parts) > 1 and parts[0] in MALE_FIRST_NAMES:
        return False
    return None


def first_name_gender(entity: Entity) -> bool | None:
    """A woman's by a first name's ending ("Алла Бут"), which a foreign man's may share
    ("Небойша Влаич"): worth less than what the text tells."""
    parts = entity.name.lower().split()
    return True if len(parts) > 1 and parts[0].endswith(("а", "я")) else None


Sex = Callable[[Entity], bool | None]


def fits(person: Entity, female: bool, sex: Sex) -> int:
    """How well a person fits words of a woman (female) or a man: 0 well, 2 not at all.
    A man's name is often unmarked ("Виктор Бут"), a woman's rarely: of a man's words
    any name not a woman's fits. `sex` tells a person's sex (see `Context.sex`)."""
    found = sex(person)
    if female:
        return 0 if found else 1 if found is None else 2
    return 2 if found else 0


def last_name(entity: Entity) -> str:
    return fold_yo(entity.name.split()[-1].lower()) if entity.name.split() else ""


def short_name(name: str) -> bool:
    """A surname alone, or with initials: "Клинсман", "Н. Кан"."""
    return all(len(part.rstrip(".")) <= 1 for part in name.split()[:-1])


def spelt_alike(one: str, other: str) -> bool:
    """Two spellings of one surname: a typo or another transliteration ("Бенер" and
    "Бонер", "Герстенмайер" and "Гернстермайер"), not another case or gender ("Иванов",
    "Иванова") or another name ("Петров", "Петраков"): the same first letter and last
    two, lengths within one, one edit apart (two in a long name)."""
    if one == other or min(len(one), len(other)) < 5 or abs(len(one) - len(other)) > 1:
        return False
    if one[0] != other[0] or one[-2:] != other[-2:]:
        return False
    return edits(one, other) <= (2 if min(len(one), len(other)) >= 9 else 1)


def edits(one: str, other: str) -> int:
    """The Levenshtein distance of two words."""
    row = list(range(len(other) + 1))
    for i, letter in enumerate(one, 1):
        previous, row[0] = row[:], i
        for j, theirs in enumerate(other, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (letter != theirs))
    return row[-1]


def usual_name(entity: Entity, text: str) -> str:
    """The name a person goes by in the text: first name and surname when the text
    writes them so more often than with the middle name or patronymic it gives once
    ("Реджеп Эрдоган" of "Реджеп Тайип Эрдоган"); else the entity's name."""
    parts = entity.name.split()
    if entity.type != PER or len(parts) != 3:
        return entity.name
    short = f"{parts[0]} {parts[2]}"
    if fold_yo(short) not in {fold_yo(alias) for alias in entity.aliases}:
        return entity.name
    spans = [len(text[m.start : m.end].split()) for m in entity.mentions]
    return short if spans.count(2) > spans.count(3) else entity.name


def written_in_full(written: str, person: Entity) -> bool:
    """Whether a person's mention is their name as the entity gives it: "Мустафа
    Джемилев", not "президентом Обамой" or "Джона Керри"."""
    return fold_yo(written.lower()) == fold_yo(person.name.lower())


def nominative(written: str, person: Entity) -> bool:
    """Whether a person's mention ends with their surname as the name writes it: "Кан",
    not "Кана"; the first of two surnames too ("Каприлес" of "Энрике Каприлес
    Радонски"). Not a first name, which may not decline ("спросил Хиллари")."""
    words, name = written.split(), fold_yo(person.name.lower()).split()
    return bool(words and name) and fold_yo(words[-1].lower()) in name[1:] + name[-1:]


def in_full(
    person: Entity,
    before: Sequence[Entity],
    surnames: dict[str, list[Entity]],
    female: bool | None,
    sex: Sex,
) -> Entity:
    """A person named by a surname alone or with initials ("Бут", "Н. Кан") as the person
    of that surname named in full nearest before (`before`: the people named before, the
    nearest first; of the verb's gender), or of that surname spelt another way ("Бонер"
    of "Джон Бенер"); `surnames` are the people named in full, by surname."""
    if person.type != PER or not short_name(person.name):
        return person
    surname = last_name(person)
    full = surnames.get(surname, [])
    if not full:  # "Бонер" of "Джон Бенер" named before: one surname spelt two ways
        alike = [name for name in surnames if spelt_alike(name, surname)]
        return next((other for other in before if last_name(other) in alike), person)
    candidates = [
        other for other in before if last_name(other) == surname and not short_name(other.name)
    ] + full
    if female is not None:
        candidates.sort(key=lambda other: fits(other, female, sex))
    return candidates[0] if candidates else person


def bracketed(text: str, named: Spanned) -> bool:
    """Whether a mention is in brackets: "агентства по атомной энергии (Узатом)"."""
    return text[named.start - 1 : named.start] == "("
