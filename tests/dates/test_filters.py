"""Matches the text around them shows are no dates."""

import re

import pytest

from nlp_extract.dates.filters import counts_from_an_event, is_bare_year
from nlp_extract.dates.parts import DateParts


def bare_year(marked: str) -> bool:
    """`|` marks the end of the match; the year is its last number."""
    stop = marked.index("|")
    text = marked.replace("|", "")
    year = int(re.findall(r"\d+", text[:stop])[-1])
    return is_bare_year(text, stop, DateParts(year=year))


@pytest.mark.parametrize(
    "marked, no_year",
    [
        ("Он заплатил в 2000| рублей.", True),
        ("Индекс упал до 1950|,3 пункта.", True),
        ("Звоните: тел. 2010|.", True),
        ("Дом № 1917| снесли.", True),
        ("Это случилось в 1997|, когда рухнул рынок.", False),
        ("В 2010 году| открыли завод.", False),
        ("В 1919г| произошла революция.", False),
    ],
)
def test_a_number_with_no_year_word_is_no_year_when_the_text_says_so(marked, no_year):
    assert bare_year(marked) is no_year


def test_a_match_with_a_year_word_or_a_month_is_never_a_bare_year():
    text = "в марте 2000 рублей"
    assert not is_bare_year(text, len("в марте 2000"), DateParts(month=3, year=2000))


@pytest.mark.parametrize(
    "text, counts",
    [
        ("через 65 лет после войны", True),
        ("через 65 лет с момента основания", True),
        ("через 65 лет город изменился", False),
    ],
)
def test_a_count_of_years_followed_by_an_event_counts_from_the_event(text, counts):
    stop = len("через 65 лет")
    assert counts_from_an_event(text, stop, DateParts(later=True, amount=65)) is counts
