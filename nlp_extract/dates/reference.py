"""The reference date: what "вчера" and "5 мая" are read against, decided here alone.

In order: the page's own date (its metadata or timestamp line), the full date of an
opening dateline ("МОСКВА, 3 марта 2025 — ТАСС."), the latest full date the story
writes out ("11 ноября 2018 года … с 30 ноября по 1 декабря"), the date the caller gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

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


# `--date name`: each file's reference date is the date its name holds
FROM_NAME = "name"
NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def name_date(path: str) -> str | None:
    """The date a file's name holds ("2018-11-11_summit.txt", "news_20181111.html"), as
    YYYY-MM-DD; None when it holds none (or an impossible day)."""
    for found in NAME_DATE.finditer(Path(path).name):
        try:
            return date(*map(int, found.groups())).isoformat()
        except ValueError:
            continue
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


class Reference(NamedTuple):
    """The reference date and where it came from: metadata, timestamp, dateline, story
    or option (the caller's)."""

    date: date | None
    source: str | None


def reference_date(
    text: str,
    page: Page,
    find_dates: FindDates,
    given: str | date | None,
    story: date | None = None,
) -> Reference:
    """The date relative expressions of this text resolve against (`story`: the latest
    full date the text writes out)."""
    fallback = as_date(given)
    if page.date and (own := parse_iso(page.date)):
        return Reference(own, page.date_source)
    if line := dateline_date(text, page.regions, find_dates, fallback):
        return Reference(line, "dateline")
    if story:
        return Reference(story, "story")
    return Reference(fallback, "option" if fallback else None)
