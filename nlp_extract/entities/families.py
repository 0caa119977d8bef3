"""Pronouns and families are not persons: NER tags "Вы" and "клан Шаймиевых" as PER.

A person is one human being. A one-word PER mention is dropped when it is
- a pronoun in every reading ("Вы", "Они");
- a family: plural in every reading and a surname in one ("Ямадаевых", "Клинтоны";
  not "Клинтонов", which may be a singular "Клинтонов"), or a plural governed by a
  family word or a collective numeral ("семьи Рокфеллеров", "братья Кеннеди",
  "супругов Скрипалей"; not "семьей Манделы", "супруге Анастасии").
A word the document also writes inside a longer person's name ("Федор Мирзоянов")
is that person's surname, however pymorphy reads it alone. A surface dropped as a
family is dropped wherever it stands alone, so propagation cannot bring it back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..constants import PER
from ..lexicon.people import COLLECTIVE, KIN, SINGULAR_TOO
from ..morphology import Morphology
from .spans import NameSpan

WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \xa0]+$")


def without_families(
    text: str, mentions: Sequence[NameSpan], morphology: Morphology
) -> list[NameSpan]:
    """The mentions less the PER ones that name no single person: pronouns, families."""
    in_names: set[str] = set()
    lone: list[NameSpan] = []
    for mention in mentions:
        words = text[mention.start : mention.end].split()
        if mention.type == PER:
            if len(words) == 1:
                lone.append(mention)
            else:
                in_names.update(words)
    families = {
        text[m.start : m.end]
        for m in lone
        if text[m.start : m.end] not in in_names and is_family(text, m, morphology)
    }
    dropped = {
        (m.start, m.end)
        for m in lone
        if text[m.start : m.end] in families or morphology.is_pronoun(text[m.start : m.end])
    }
    return [m for m in mentions if (m.start, m.end) not in dropped or m.type != PER]


def is_family(text: str, mention: NameSpan, morphology: Morphology) -> bool:
    """The one-word mention is plural in every reading and a surname, or a plural
    governed by a family word or collective numeral."""
    word = text[mention.start : mention.end]
    if "." in word:  # an initial: "О.Умалы" is one person
        return False
    if morphology.is_plural_surname(word) and not word.lower().endswith(SINGULAR_TOO):
        return True
    cases = morphology.plural_cases(word)
    before = WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start) if cases else None
    if before is None:  # no plural reading, or nothing before it: the word before is not read
        return False
    governor = before.group(1)
    lemmas = morphology.lemmas(governor)
    if lemmas & COLLECTIVE:
        return "Gen" in cases
    if lemmas & KIN:  # "брат Кеннеди" is Kennedy's brother: the kin noun is plural
        plural = morphology.plural_cases(governor)
        return bool(plural and cases & (plural | {"Gen"}))
    return False
