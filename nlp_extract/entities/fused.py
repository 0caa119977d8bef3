"""Two names NER read as one person: each rule cuts a PER mention where the text itself
shows that its words belong to different things.

- two first-name-and-surname pairs side by side ("Рафаэль Корреа Эдвард Сноуден");
- two people written once side by side, each also alone ("Акихито Нарухито");
- a word of another thing before a person's surname, where a missing comma or a
  governed noun lets NER read on: a place ("После Уэйко Рено оказалась …" beside
  "Джанет Рено"), another person's surname ("об убийстве Фолла Макафи предложил …"
  beside "Грегори Фолл" and "Джон Макафи").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from ..constants import LOC, ORG, PER, fold_key
from ..morphology import Morphology
from .likeness import PATRONYMIC, same_word
from .spans import NameSpan


def two_people_apart(
    text: str, mentions: Iterable[NameSpan], is_first_name: Callable[[str], bool]
) -> list[NameSpan]:
    """A caption's "Рафаэль Корреа Эдвард Сноуден" is two people NER read as one: a PER
    mention of two first-name-and-surname pairs, each surname written elsewhere in the
    text, is two mentions. A first name the dictionary does not know counts when the text
    writes its pair apart ("Эво Моралес Эдвард Сноуден" beside "президент Боливии Эво
    Моралес")."""
    out = []
    for mention in mentions:
        words = list(re.finditer(r"\S+", text[mention.start : mention.end]))
        if mention.type == PER and len(words) == 4:
            first, surname, second, last = (w.group() for w in words)
            outside = text[: mention.start] + " " + text[mention.end :]
            # the pairs apart, not inside the whole name written again ("Аун Сан Су Чжи")
            apart = outside.replace(text[mention.start : mention.end], " ")
            if (
                (is_first_name(first) or written_apart(apart, first, surname, after=second))
                and (is_first_name(second) or written_apart(apart, second, last, before=surname))
                and all(re.search(rf"\b{re.escape(w[:4])}", outside) for w in (surname, last))
            ):
                cut = mention.start + words[1].end()
                out.append(NameSpan(mention.start, cut, PER))
                out.append(NameSpan(mention.start + words[2].start(), mention.end, PER))
                continue
        out.append(mention)
    return out


def written_apart(outside: str, first: str, last: str, before: str = "", after: str = "") -> bool:
    """The text elsewhere writes the two words side by side, in any case ("Эдварду
    Сноудену" for "Эдвард Сноуден"), not inside the whole name written in another case
    (`before`, `after`: the words of the name around the pair, as "Родригесом" after
    "Хосе Луисом")."""
    pattern = rf"\b{re.escape(first[:3])}\w*\s+{re.escape(last[:4])}\w*"
    for found in re.finditer(pattern, outside):
        previous = outside[: found.start()].split()[-1:]
        following = outside[found.end() :].split()[:1]
        if after and following and following[0][:4].lower() == after[:4].lower():
            continue
        if before and previous and previous[0][:4].lower() == before[:4].lower():
            continue
        return True
    return False


def two_names_apart(
    text: str, mentions: Sequence[NameSpan], morphology: Morphology
) -> list[NameSpan]:
    """ "Акихито Нарухито" is two people NER read as one: a PER mention of two words,
    written so once, each of which the text also writes alone, as it is, as a person,
    neither a name the dictionary knows ("Владимир Путин" with "Владимир" and "Путин"
    stays one, and so does "Мехрибан Алиева" beside "Алиева"). Two people side by side
    is a slip of one line; a name the text repeats whole is one person's ("Синдзо Абэ"
    four times, "Абэ" and "Синдзо" alone between)."""
    alone = {
        fold_key(text[m.start : m.end])
        for m in mentions
        if m.type == PER and len(text[m.start : m.end].split()) == 1
    }
    whole = Counter(
        fold_key(text[m.start : m.end])
        for m in mentions
        if m.type == PER and len(text[m.start : m.end].split()) == 2
    )
    out: list[NameSpan] = []
    for mention in mentions:
        words = list(re.finditer(r"\S+", text[mention.start : mention.end]))
        if (
            mention.type == PER
            and len(words) == 2
            and whole[fold_key(text[mention.start : mention.end])] == 1
            and all(fold_key(w.group()) in alone for w in words)
            and not any(morphology.is_person_name(w.group()) for w in words)
        ):
            out.append(NameSpan(mention.start, mention.start + words[0].end(), PER))
            start = mention.start + words[1].start()
            out.append(NameSpan(start, mention.end, PER))
            continue
        out.append(mention)
    return out


def stranger_before_surname(text: str, mentions: Sequence[NameSpan]) -> list[NameSpan]:
    """A PER mention "X Y" written once, Y the surname of a full name the text gives with
    another first word, X a thing the text names elsewhere (a place or organisation
    alone, or another person's surname): the person is Y alone, and X, when it is
    another person's surname, is that person. "Роберт Рено" beside "Джанет Рено" stays:
    nothing else in the text is "Роберт"."""
    names = [
        (mention, text[mention.start : mention.end].split())
        for mention in mentions
        if mention.type == PER
    ]
    written = Counter(fold_key(" ".join(words)) for _, words in names)
    full = [[fold_key(w) for w in words] for _, words in names if len(words) >= 2]
    things = {
        fold_key(text[m.start : m.end])
        for m in mentions
        if m.type in (LOC, ORG) and " " not in text[m.start : m.end]
    }
    out: list[NameSpan] = []
    for mention in mentions:
        words = list(re.finditer(r"\S+", text[mention.start : mention.end]))
        if mention.type != PER or len(words) not in (2, 3) or "." in words[0].group():
            out.append(mention)
            continue
        *before, last = [fold_key(w.group()) for w in words]
        if written[fold_key(text[mention.start : mention.end])] != 1:
            out.append(mention)
            continue
        if len(before) == 2:  # "В роли Тони Сопрано Гандольфини" beside "Тони Сопрано"
            # not a first name and patronymic: "Владимир Владимирович Путин" is one
            place = False
            person = written[" ".join(before)] > 0 and not PATRONYMIC.search(before[1])
        else:
            place = any(same_word(before[0], thing) for thing in things)
            person = any(
                same_word(before[0], other[-1]) for other in full if other != [*before, last]
            )
        # the dearest test last: the surname is another full name's
        if not (place or person) or not any(
            same_word(last, other[-1]) and not same_word(before[0], other[0]) for other in full
        ):
            out.append(mention)
            continue
        if person and not place:
            out.append(NameSpan(mention.start, mention.start + words[-2].end(), PER))
        out.append(NameSpan(mention.start + words[-1].start(), mention.end, PER))
    return out
