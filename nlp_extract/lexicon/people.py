"""The words around a name that say it names no single person: families and kin."""

from __future__ import annotations

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
