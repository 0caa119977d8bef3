"""Pronouns and families are no persons: the rule on the fake morphology."""

import pytest

from nlp_extract.entities.families import without_families
from nlp_extract.entities.spans import NameSpan

from ..fakes import FakeForm, fake_morphology


def reading(word, normal, pos, *grams, case="Gen"):
    number = "Plur" if "plur" in grams else "Sing"
    return FakeForm(word, normal, pos, {"Case": case, "Number": number}, frozenset(grams))


morphology = fake_morphology(
    [
        reading("вы", "вы", "PRON", "NPRO", "plur", case="Nom"),
        reading("ямадаевых", "ямадаевы", "NOUN", "Surn", "Pltm", "plur"),
        reading("ямадаевых", "ямадаевый", "ADJ", "ADJF", "plur"),
        reading("шаймиевых", "шаймиевы", "NOUN", "Surn", "Pltm", "plur"),
        reading("петровых", "петровы", "NOUN", "Surn", "Pltm", "plur"),
        reading("мирзоянов", "мирзояны", "NOUN", "Surn", "Pltm", "plur"),
        reading("рокфеллеров", "рокфеллер", "NOUN", "plur"),
        reading("рокфеллеров", "рокфеллеров", "ADJ", "ADJS", "sing"),
        reading("обамы", "обама", "PROPN", "Surn", "Sgtm", "sing"),
        reading("кеннеди", "кеннеди", "PROPN", "Surn", "Fixd", "sing"),
        reading("кеннеди", "кеннеди", "PROPN", "Surn", "Fixd", "plur"),
        reading("кеннеди", "кеннеди", "PROPN", "Surn", "Fixd", "plur", case="Nom"),
        reading("манделы", "мандела", "PROPN", "Surn", "sing"),
        reading("манделы", "мандела", "PROPN", "Surn", "plur", case="Nom"),
        reading("царнаевы", "царнаев", "NOUN", "plur", case="Nom"),
        reading("царнаевы", "царнаевы", "ADJ", "ADJS", "sing", case="Nom"),
        reading("братьев", "брат", "NOUN", "plur"),
        reading("о.умалы", "о.умалы", "PROPN", "Surn", "plur"),
        reading("братья", "брат", "NOUN", "plur", case="Nom"),
        reading("брат", "брат", "NOUN", "sing", case="Nom"),
        reading("семьи", "семья", "NOUN", "sing"),
        reading("семьи", "семья", "NOUN", "plur", case="Nom"),
        reading("семья", "семья", "NOUN", "sing", case="Nom"),
        reading("семьей", "семья", "NOUN", "sing", case="Ins"),
        reading("клан", "клан", "NOUN", "sing", case="Nom"),
    ]
)


def kept(text, *people):
    """The PER mentions of `people` (substrings, the first occurrence each) that stay."""
    mentions = []
    for person in people:
        start = text.index(person)
        mentions.append(NameSpan(start, start + len(person), "PER"))
    return [text[m.start : m.end] for m in without_families(text, mentions, morphology)]


@pytest.mark.parametrize(
    "text, people, expected",
    [
        # a pronoun in every reading
        ("Вы знаете Сергея Иванова?", ["Вы", "Сергея Иванова"], ["Сергея Иванова"]),
        # plural in every reading and a surname: a family, whatever stands before it
        ("Он третий из братьев Ямадаевых.", ["Ямадаевых"], []),
        ("В Татарстане клан Шаймиевых расширяет бизнес.", ["Шаймиевых"], []),
        # "-ов" alone may be a singular surname: Мирзоянов, not the Мирзояны
        ("Мирзоянов заявил о давлении.", ["Мирзоянов"], ["Мирзоянов"]),
        # a family word governs a name with a plural reading
        ("Состояние семьи Рокфеллеров растёт.", ["Рокфеллеров"], []),
        ("Фонд Рокфеллеров помог.", ["Рокфеллеров"], ["Рокфеллеров"]),
        # Obama's family: the name has no plural reading
        ("Семья Обамы купила дом.", ["Обамы"], ["Обамы"]),
        # Mandela's family: a collective noun takes a family in the genitive plural
        ("Обама пообщался с семьей Манделы.", ["Манделы"], ["Манделы"]),
        # a plural kin noun takes it in its own case too; a singular one is one's kin
        ("Где жили братья Царнаевы?", ["Царнаевы"], []),
        ("Убийства братьев Кеннеди не забыты.", ["Кеннеди"], []),
        ("Семья Кеннеди купила дом.", ["Кеннеди"], []),
        ("Брат Кеннеди выступил.", ["Кеннеди"], ["Кеннеди"]),
        ("Кеннеди выступил в Далласе.", ["Кеннеди"], ["Кеннеди"]),
        # an initial makes one person of the word
        ("Брат О.Умалы задержан.", ["О.Умалы"], ["О.Умалы"]),
    ],
)
def test_pronouns_and_families_are_dropped(text, people, expected):
    assert kept(text, *people) == expected


def test_a_surname_the_document_writes_in_a_full_name_is_that_person():
    text = "Поэт Мария Петровых. Стихи Петровых читают."
    second = text.rindex("Петровых")
    mentions = [NameSpan(5, 19, "PER"), NameSpan(second, second + 8, "PER")]
    assert without_families(text, mentions, morphology) == mentions


def test_a_family_is_dropped_wherever_it_stands_alone():
    # propagation would bring the second "Рокфеллеров" back from the first
    text = "Состояние семьи Рокфеллеров растёт. Рокфеллеров знают все."
    second = text.rindex("Рокфеллеров")
    mentions = [
        NameSpan(text.index("Рокфеллеров"), text.index("Рокфеллеров") + 11, "PER"),
        NameSpan(second, second + 11, "PER"),
        NameSpan(0, 9, "ORG"),
    ]
    assert without_families(text, mentions, morphology) == [mentions[2]]
