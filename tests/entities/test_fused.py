"""Two names NER read as one person, cut where the text shows they are two things."""

import re

import pytest

from nlp_extract.entities.fused import stranger_before_surname
from nlp_extract.entities.spans import NameSpan


def mentions(text, marked):
    """Spans over the [TYPE text] pieces of `marked`; `text` is it with the marks off."""
    out, shift = [], 0
    for found in re.finditer(r"\[(PER|LOC|ORG) ([^\]]+)\]", marked):
        start = found.start() - shift
        out.append(NameSpan(start, start + len(found.group(2)), found.group(1)))
        shift += len(found.group()) - len(found.group(2))
    return out


def cut(marked):
    text = re.sub(r"\[(?:PER|LOC|ORG) ([^\]]+)\]", r"\1", marked)
    return [
        (text[m.start : m.end], m.type)
        for m in stranger_before_surname(text, mentions(text, marked))
    ]


@pytest.mark.parametrize(
    "marked, expected",
    [
        # a place before a person's surname: the place is no part of the person
        (
            "[PER Джанет Рено] вела штурм в [LOC Уэйко]. После [PER Уэйко Рено] ушла.",
            [("Джанет Рено", "PER"), ("Уэйко", "LOC"), ("Рено", "PER")],
        ),
        # another person's surname, in another case, before the surname: two people
        (
            "[PER Грегори Фолл] убит. [PER Джон Макафи] бежал. Об убийстве [PER Фолла Макафи] "
            "сказал так.",
            [
                ("Грегори Фолл", "PER"),
                ("Джон Макафи", "PER"),
                ("Фолла", "PER"),
                ("Макафи", "PER"),
            ],
        ),
        # a role's name before the actor's surname, the role written alone elsewhere
        (
            "[PER Джеймс Гандольфини] умер. [PER Тони Сопрано] был гангстером. В роли "
            "[PER Тони Сопрано Гандольфини] прославился.",
            [
                ("Джеймс Гандольфини", "PER"),
                ("Тони Сопрано", "PER"),
                ("Тони Сопрано", "PER"),
                ("Гандольфини", "PER"),
            ],
        ),
    ],
)
def test_a_stranger_before_a_surname_is_cut_off(marked, expected):
    assert cut(marked) == expected


@pytest.mark.parametrize(
    "marked",
    [
        # a relative: his first name is nothing else in the text
        "[PER Джанет Рено] пришла. Её брат [PER Роберт Рено] писал для газеты.",
        # the pair is written twice: one person's name, whatever else the text holds
        "[PER Уэйко Рено] пришёл. [PER Джанет Рено] ушла. [LOC Уэйко] далеко. [PER Уэйко Рено].",
        # no full name with another first word: nothing shows the surname is another's
        "В [LOC Уэйко] тихо. После [PER Уэйко Рено] ушла.",
        # a first name and patronymic written alone are the same person's
        "[PER Владимир Владимирович Путин] прибыл. [PER Владимир Владимирович] осмотрел. "
        "[PER Людмила Путина] не приехала.",
        # three words of one person: its first two are no one else's name
        "[PER Анна Мария Петрова] пришла. [PER Ольга Петрова] ушла.",
        # an initial is a first name
        "[PER Джанет Рено] и [PER Д. Рено], жители [LOC Д.]",
    ],
)
def test_a_name_the_text_does_not_contradict_stays_whole(marked):
    text = re.sub(r"\[(?:PER|LOC|ORG) ([^\]]+)\]", r"\1", marked)
    assert stranger_before_surname(text, mentions(text, marked)) == mentions(text, marked)
