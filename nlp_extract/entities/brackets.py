"""Names in brackets right after a name, "A (B)": an abbreviation after its expansion
("Международное агентство по атомной энергии (МАГАТЭ)"), a name as the original spells
it ("Скотт Хоровитц (Scott Horowitz)", "Юрий Мушка (Юрій Мушка)")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..constants import LOC, ORG, PER
from .gazetteer import Gazetteer
from .likeness import is_abbreviation, is_russian, same_word, sound
from .spans import NameSpan

BRACKETED = re.compile(r"^\s*\($")
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\- ]*")


def bracketed_names(
    text: str, mentions: Sequence[NameSpan], gazetteer: Gazetteer
) -> Iterator[tuple[int, int]]:
    """The pairs of mentions (by index) that name one thing as "A (B)"."""
    yield from abbreviations(text, mentions, gazetteer)
    yield from spellings(text, mentions, gazetteer)


def bracketed_pairs(
    text: str, mentions: Sequence[NameSpan]
) -> Iterator[tuple[int, NameSpan, NameSpan]]:
    """Each mention followed by one in brackets right after it: "A (B)"."""
    for index in range(len(mentions) - 1):
        a, b = mentions[index], mentions[index + 1]
        if BRACKETED.match(text[a.end : b.start]) and text[b.end : b.end + 1] == ")":
            yield index, a, b


def abbreviations(
    text: str, mentions: Sequence[NameSpan], gazetteer: Gazetteer
) -> Iterator[tuple[int, int]]:
    """ "expansion (ABBR)": adjacent mentions of one type, the second an abbreviation in
    brackets that is not known as something else ("Дюссельдорфе (ФРГ)" is two places);
    after a place the gazetteer knows, one of that place's names or its initials
    ("Республики Татарстан (РТ)"; "Молдавии (КС)" is a court's, its name cut before
    the country)."""
    for index, a, b in bracketed_pairs(text, mentions):
        known = gazetteer.identity(a.type, a.name)
        allowed = (known,) if a.type == LOC and not initials_of(a.name, b.name) else (None, known)
        if (
            a.type == b.type != PER
            and is_abbreviation(b.name)
            and not is_abbreviation(a.name)
            and gazetteer.identity(b.type, b.name) in allowed
        ):
            yield index, index + 1


def initials_of(name: str, abbreviation: str) -> bool:
    """Whether an abbreviation is the first letters of a name's words ("Кабардино-
    Балкарская Республика": "КБР")."""
    words = re.split(r"[\s-]+", name)
    return "".join(word[:1] for word in words).upper() == abbreviation.upper()


def spellings(
    text: str, mentions: Sequence[NameSpan], gazetteer: Gazetteer
) -> Iterator[tuple[int, int]]:
    """ "Скотт Хоровитц (Scott Horowitz)": a person's name and, in brackets right after
    it, the same number of words in Latin or another alphabet ("Юрий Мушка (Юрій
    Мушка)") is the name as the original spells it; so is an
    organisation's Latin name of several words ("Промышленный и коммерческий банк Китая
    (Industrial and Commercial Bank of China)") that is not known as another's."""
    for index, a, b in bracketed_pairs(text, mentions):
        original, written = text[b.start : b.end], text[a.start : a.end]
        other = a.type == PER and another_alphabet(written, original)
        if not (LATIN_NAME.fullmatch(original) or other) or LATIN_NAME.fullmatch(written):
            continue
        words = len(original.split())
        if (a.type == b.type == PER and same_person_spelt(written, original)) or (
            a.type == b.type == ORG
            and words >= 2
            and gazetteer.identity(ORG, b.name) in (None, gazetteer.identity(ORG, a.name))
        ):
            yield index, index + 1


def same_person_spelt(written: str, original: str) -> bool:
    """A person's name and their original spelling: as many words, or the original's
    fuller by a middle or second name, its first name of the same sounds and the surname
    among its words by its sound ("Тор Халворссен (Thor Halvorssen
    Mendoza)", "Джо Байден (Joseph Robinette Biden)"; not "Иван Петров (Ivan Sergeevich
    Sidorov)")."""
    mine, theirs = written.split(), original.split()
    if len(mine) == len(theirs):
        return True
    return (
        len(mine) >= 2
        and len(mine) < len(theirs) <= len(mine) + 2
        and any(same_word(mine[-1].lower(), word.lower()) for word in theirs[1:])
        and sound(mine[0].lower()) == sound(theirs[0].lower())
    )


# Ukrainian and Belarusian letters and the Russian ones they spell ("Юрій": "Юрий")
CYRILLIC_OTHER = str.maketrans("іїєґўІЇЄҐЎ", "ииегуИИЕГУ")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def another_alphabet(written: str, original: str) -> bool:
    """Whether a name in brackets is a Russian name as another alphabet writes it: one
    of another script ("نیلوفر رحمانی"), or a Ukrainian spelling with the surname's
    first letters ("Юрий Мушка (Юрій Мушка)", not "Иван Петров (Петро Іваненко)")."""
    if not is_russian(written) or is_russian(original):
        return False
    if not CYRILLIC.search(original):
        return True
    surname, spelt = written.split()[-1].lower(), original.translate(CYRILLIC_OTHER).split()[-1]
    return surname[:3] == spelt.lower()[:3]
