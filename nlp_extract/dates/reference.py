"""The reference date: what "вчера" and "5 мая" are read against, decided here alone.

In order: the page's own date (its metadata or timestamp line), the full date of an
opening dateline ("МОСКВА, 3 марта 2025 — ТАСС."), the date the caller gives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ..errors import UsageError
from ..reading.page import DATELINE, Page
from ..schema import DateMention

Region = tuple[int, int]
FindDates = Callable[[str, Sequence[Region], date | None], list[DateMention]]
# a dateline opens the text: only its first few regions are looked at
DATELINE_REGIONS = 3


def parse_iso(value: str | None) -> date | None:
    """A YYYY-MM-DD string as a date; None for None or anything else."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def as_date(value: str | date | None) -> date | None:
    """The caller's date (`--date`, `date=`); a malformed one is a usage error."""
    if value is None or isinstance(value, date):
        return value
    parsed = parse_iso(value)
    if parsed is None:
        raise UsageError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return parsed


def dateline_date(
    text: str, regions: Sequence[Region], find_dates: FindDates, fallback: date | None
) -> date | None:
    """The full day date of an opening dateline, if there is one."""
    for start, end in regions[:DATELINE_REGIONS]:
        line = DATELINE.match(text, start, end)
        if line:
            for found in find_dates(text, [(line.start(), line.end())], fallback):
                if found.granularity == "day" and found.start_date and not found.relative:
                    return parse_iso(found.start_date)
    return None


def reference_date(
    text: str, page: Page, find_dates: FindDates, given: str | date | None
) -> date | None:
    """The date relative expressions of this text resolve against."""
    fallback = as_date(given)
    return (
        parse_iso(page.date) or dateline_date(text, page.regions, find_dates, fallback) or fallback
    )
