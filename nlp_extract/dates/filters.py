"""Matches of the grammar that the text around them shows are no dates."""

from __future__ import annotations

import re

from .parts import DateParts

# What stands before a date's first digit when that digit is a decimal's fraction:
# "2,5 года назад" is not five years ago.
DECIMAL_FRACTION = re.compile(r"\d[.,]$")


YEAR_WORD_END = re.compile(r"(?<![а-яё])(?:год\w*|гг?)\.?$", re.IGNORECASE)


def is_bare_year(chunk: str, stop: int, parts: DateParts) -> bool:
    """A number with no year word that the next characters show is no year:
    "в 2000 рублей", "до 1950,3 пункта", "в 30-х Королёвских чтениях"."""
    if parts.keys() not in ({"year"}, {"decade"}, {"year", "year2"}):
        return False
    if YEAR_WORD_END.search(chunk, max(0, stop - 20), stop):  # "2010 году", "1919 г.", "1919г"
        return False
    following = chunk[stop : stop + 40]  # a bounded look: the chunk may be a whole text
    if re.match(r"[.,]\d", following):
        return True
    following = following.lstrip()
    if parts.decade is not None:
        return parts.decade < 100 and following[:1].isalpha()
    year = parts.year2 or parts.year or 0
    digits_start = stop - len(str(year))
    before = chunk[max(0, digits_start - 40) : digits_start].rstrip()
    return (
        following[:1].islower()
        or following[:1].isdigit()
        or before[-1:] in ("№", "#", "-", "+")
        or re.search(r"(?:^|\s)(?:доб|тел|факс|стр|ст|п|ч|рис|табл|код|т)\.?$", before.lower())
        is not None
        or before[-1:].isdigit()
        or not 1900 <= (parts.year or 0) <= 2100
    )


def counts_from_an_event(chunk: str, stop: int, parts: DateParts) -> bool:
    """ "через 65 лет после войны" counts from the war, not from the reference date."""
    following = chunk[stop : stop + 40].lstrip().lower()
    return bool(parts.ago or parts.later) and following.startswith(("после", "до ", "с момента"))
