"""Calendar arithmetic: month ends and spans."""

from __future__ import annotations

import calendar
from datetime import date


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, first: int, last: int | None = None) -> tuple[date, date]:
    """First day of month `first` to the last day of month `last` (default: the same)."""
    return date(year, first, 1), month_end(year, last or first)
