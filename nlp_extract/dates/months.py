"""Calendar arithmetic: month ends and spans, the unit (ISO week, quarter …) that holds a
day, a day moved by whole units."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, first: int, last: int | None = None) -> tuple[date, date]:
    """First day of month `first` to the last day of month `last` (default: the same)."""
    return date(year, first, 1), month_end(year, last or first)


def shift_months(day: date, months: int) -> date:
    """The same day so many months on, or the month's last day where it has none."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, month_end(year, month + 1).day))


def unit_interval(unit: str, day: date) -> tuple[date, date]:
    """The calendar unit (year, ISO week, quarter …) that contains a day."""
    if unit == "day":
        return day, day
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return month_span(day.year, day.month)
    if unit == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return month_span(day.year, first, first + 2)
    if unit == "half":
        first = 1 if day.month <= 6 else 7
        return month_span(day.year, first, first + 5)
    if unit == "decade":
        return date(day.year // 10 * 10, 1, 1), date(day.year // 10 * 10 + 9, 12, 31)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def shifted(unit: str, reference: date, amount: float) -> date:
    """The reference moved by whole units ("три года назад": -3 years)."""
    steps = int(amount)
    if unit == "day":
        return reference + timedelta(days=steps)
    if unit == "week":
        return reference + timedelta(weeks=steps)
    months = steps * {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}[unit]
    return shift_months(reference, months)
