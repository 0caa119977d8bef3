"""The words around a name that say it names no single person (families and kin), the
forms of address before a name, and the everyday forms of first names."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

# Lemmas of the words that make the name after them a family. A collective noun or
# numeral takes it in the genitive plural ("клан Шаймиевых", "обоих Рокфеллеров";
# "семьей Манделы" is Mandela's family: "Манделы" has no genitive plural); a kin
# noun in the plural takes it in the genitive or its own plural case ("братья
# Царнаевы", "братьев Ямадаевых").
COLLECTIVE = frozenset(
    {"семья", "семейство", "клан", "династия", "чета", "род", "оба", "двое", "трое", "четверо"}
)
KIN = frozenset({"брат", "сестра", "супруг"})
# "Мирзоянов" is the genitive plural of Мирзоян and the nominative of a Мирзоянов:
# alone, these endings say nothing of the number
SINGULAR_TOO = ("ов", "ев", "ёв", "ин", "ын")
# A form of address before a name is no part of it ("сэр Алекс Фергюсон", "господина
# Лесина", "мадам Кюри"), as NEREL writes names; not "Леди Гага", "Пан Ги Мун", "Дон".
HONORIFIC = re.compile(
    r"(?:сэр|мистер|господин|герр|синьор|сеньор)(?:а|у|ом|е)?|госпож(?:а|и|е|у|ой)"
    r"|миссис|мсье|месье|мадам|мадемуазель|фрау|сеньорита",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def first_name_forms() -> dict[str, frozenset[str]]:
    """Each everyday form of a first name with the full names it stands for ("юля" ->
    {"юлия"}), from data/first_name_forms.tsv; lower case, е for ё."""
    text = files("nlp_extract.data").joinpath("first_name_forms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {form: frozenset(full) for form, *full in rows}
