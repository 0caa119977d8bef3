"""Calendar arithmetic: month ends, the unit that holds a day, days moved by units."""

from datetime import date

import pytest

from nlp_extract.dates.months import month_end, month_span, shift_months, shifted, unit_interval

THURSDAY = date(2026, 2, 19)


def test_month_ends_and_spans_know_leap_years():
    assert month_end(2024, 2) == date(2024, 2, 29) and month_end(2026, 2) == date(2026, 2, 28)
    assert month_span(2026, 4, 6) == (date(2026, 4, 1), date(2026, 6, 30))


@pytest.mark.parametrize(
    "day, months, moved",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # February has no 31st
        (date(2026, 2, 19), -2, date(2025, 12, 19)),  # across a year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_shift_months_keeps_the_day_where_the_month_has_it(day, months, moved):
    assert shift_months(day, months) == moved


@pytest.mark.parametrize(
    "unit, start, end",
    [
        ("day", date(2026, 2, 19), date(2026, 2, 19)),
        ("week", date(2026, 2, 16), date(2026, 2, 22)),  # ISO: Monday to Sunday
        ("month", date(2026, 2, 1), date(2026, 2, 28)),
        ("quarter", date(2026, 1, 1), date(2026, 3, 31)),
        ("half", date(2026, 1, 1), date(2026, 6, 30)),
        ("year", date(2026, 1, 1), date(2026, 12, 31)),
        ("decade", date(2020, 1, 1), date(2029, 12, 31)),
    ],
)
def test_unit_interval_is_the_unit_that_holds_the_day(unit, start, end):
    assert unit_interval(unit, THURSDAY) == (start, end)


@pytest.mark.parametrize(
    "unit, amount, moved",
    [
        ("day", -2, date(2026, 2, 17)),
        ("week", 1, date(2026, 2, 26)),
        ("quarter", -1, date(2025, 11, 19)),
        ("year", -3, date(2023, 2, 19)),
        ("year", 1.5, date(2027, 2, 19)),  # whole units only
    ],
)
def test_shifted_moves_the_reference_by_whole_units(unit, amount, moved):
    assert shifted(unit, THURSDAY, amount) == moved
