"""Whether two names of people, split into words (`likeness.person_words`), name one
person: forms of one name, a part of a fuller name, initials, a short form of a first
name, another transliteration."""

from __future__ import annotations

from collections.abc import Container, Sequence

from ..lexicon.people import first_name_forms
from .likeness import is_initial, same_word


def forms_of_one_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Word by word the same name, with at least one whole word alike."""
    return (
        len(a) == len(b)
        and all(same_word(x, y) for x, y in zip(a, b))
        and any(not is_initial(x) and not is_initial(y) for x, y in zip(a, b))
    )


def with_full_first_name(
    words: Sequence[str], names: Container[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The one full name of `names` a name with an everyday or short first name stands
    for, by the bundled table ("юля липницкая" -> "юлия липницкая", "джо арпайо" ->
    "джозеф арпайо"); none when the form may stand for two of them ("Слава Ким" beside
    "Вячеслав Ким" and "Владислав Ким")."""
    if len(words) < 2:
        return None
    found = [
        full_name
        for full in sorted(first_name_forms().get(words[0], ()))
        if (full_name := (full, *words[1:])) in names
    ]
    return found[0] if len(found) == 1 else None


# vowels a transliteration of one sound may give ("Кэмерон" / "Камерон")
CYRILLIC_VOWELS = frozenset("аеёиоуыэюя")


def vowel_variant(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two full names of a person the same but for a vowel inside a word, as
    transliterations differ ("Дэвид Кэмерон" / "Дэвид Камерон", "Габриэль" /
    "Гэбриэль Гиффордс"): words of one length, at most one vowel apart each, never in
    the first or last letter ("Александр" / "Александра", "Анна" / "Инна" stay apart),
    the surname of four letters at least, and one of the vowels an "э", the letter of
    transliteration ("Алина" / "Алена", "Путин" / "Петин" are other people)."""
    if len(a) != len(b) or len(a) < 2 or any(map(is_initial, (*a, *b))) or len(a[-1]) < 4:
        return False
    pairs: list[set[str]] = []
    for x, y in zip(a, b):
        if len(x) != len(y):
            return False
        apart = [i for i, (p, q) in enumerate(zip(x, y)) if p != q]
        if len(apart) > 1 or any(
            i in (0, len(x) - 1) or not {x[i], y[i]} <= CYRILLIC_VOWELS for i in apart
        ):
            return False
        pairs += [{x[i], y[i]} for i in apart]
    return any("э" in pair for pair in pairs)


# letters a transliteration of one name may spell either way: its vowels and signs
VOWELS_AND_SIGNS = frozenset("аеёиоуыэюяйьъ")


def same_consonants(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two names whose words are long and of one length, with the same consonants in the
    same places ("Мухаммед Мурси" / "Мохаммед Мурси"; not "Пол" / "Питер", "Олег" /
    "Ольга Ли", "Ирина" / "Ирена Ли": short names a vowel apart are other names)."""
    return len(a) == len(b) and all(
        x == y
        or (
            len(x) == len(y) >= LONG_NAME
            and all(
                p == q or (p in VOWELS_AND_SIGNS and q in VOWELS_AND_SIGNS) for p, q in zip(x, y)
            )
        )
        for x, y in zip(a, b)
    )


# the fewest letters of a name that transliteration spells two ways
LONG_NAME = 6


# the words before a father's name in an Arabic name ("Тамим бен Хамад"): a name alone
# ("Хамад") is not the one after them
FATHERS = frozenset({"бен", "бинт", "ben", "bint"})  # "бин", "ибн" read as "бен"


def part_of_name(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Every word of the shorter name stands, in order, in the fuller one ("Меркель",
    "Ангела" in "Ангела Меркель"; "Реджеп Эрдоган" in "Реджеп Тайип Эрдоган"); an
    initial of the fuller one stands for no word ("Владимир" is not in "А. В. Путин"),
    nor a father's name for a name alone ("Хамад" is not in "Тамим бен Хамад Аль Тани";
    "бен Ладен" is in "Усама бен Ладен")."""
    if not part or len(part) >= len(whole) or all(is_initial(word) for word in part):
        return False
    position = 0
    for word in part:
        while position < len(whole) and not (
            same_word(word, whole[position])
            and not is_initial(whole[position])
            and not (len(part) == 1 and fathers_name(whole, position))
        ):
            position += 1
        if position == len(whole):
            return False
        position += 1
    return True


def fathers_name(whole: Sequence[str], position: int) -> bool:
    """Whether a name's word is its father's name: after "бен", "ибн" inside the name
    ("Тамим бен Хамад"), not a given name that begins it ("Бен Карнс")."""
    return position >= 2 and whole[position - 1] in FATHERS


def initialled_form(short: Sequence[str], full: Sequence[str]) -> bool:
    """A name written with initials ("В. В. Путин", "Д. Медведев") and a full name it
    stands for ("Владимир Путин", "Дмитрий Анатольевич Медведев"): the same surname, and
    each initial the first letter of the given name in its place (a patronymic's initial
    may stand for a middle name the full name leaves out, and the other way round)."""
    if len(short) == len(full) or len(short) < 2 or len(full) < 2:
        return False  # names of one length are compared word by word (forms_of_one_name)
    *letters, surname = short
    *given, last = full
    return (
        len(letters) <= 2
        and len(given) <= 2
        and all(is_initial(letter) for letter in letters)
        and not any(is_initial(word) for word in (surname, *full))
        and same_word(surname, last)
        and all(same_word(letter, word) for letter, word in zip(letters, given))
    )


def same_person(part: Sequence[str], whole: Sequence[str]) -> bool:
    """A shorter or otherwise written name of a person and a fuller name: part of it,
    or its initials ("В. В. Путин", and word for word "Д. Медведев" of "Дмитрий
    Медведев"; never the other way round)."""
    return (
        part_of_name(part, whole) or initialled_form(part, whole) or initialled_alike(part, whole)
    )


def initialled_alike(part: Sequence[str], whole: Sequence[str]) -> bool:
    """ "Д. Медведев" and "Дмитрий Медведев": word for word, an initial of the first
    where the second has a whole word, and the surname whole in both."""
    return (
        len(part) == len(whole) >= 2
        and any(map(is_initial, part[:-1]))
        and not any(map(is_initial, (part[-1], *whole)))
        and forms_of_one_name(part, whole)
    )


def spelt_out(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """Of two names word for word alike, the one that spells out a word the other gives
    as an initial ("Тереза Мэй" of "Т. Мэй"); none if neither or both do."""
    a_fuller = any(is_initial(y) and not is_initial(x) for x, y in zip(a, b))
    b_fuller = any(is_initial(x) and not is_initial(y) for x, y in zip(a, b))
    if a_fuller == b_fuller:
        return None
    return a if a_fuller else b
