"""Dates: natasha's DatesExtractor for now, adapted to calendar intervals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from .calendar import month_span
from .schema import DateMention


def find_dates(
    extractor: Any, text: str, regions: Sequence[tuple[int, int]], reference: date | None
) -> list[DateMention]:
    found = []
    for offset, end in regions:
        for match in extractor(text[offset:end]):
            fact = match.fact
            year = fact.year or (reference.year if reference else None)
            start_date = end_date = None
            if fact.month and fact.day and year:
                start_date = end_date = date(year, fact.month, fact.day)
                granularity = "day"
            elif fact.month:
                granularity = "month"
                if year:
                    start_date, end_date = month_span(year, fact.month)
            else:
                granularity = "year"
                if year:
                    start_date, end_date = date(year, 1, 1), date(year, 12, 31)
            found.append(
                DateMention(
                    start=offset + match.start,
                    end=offset + match.stop,
                    text=text[offset + match.start : offset + match.stop],
                    start_date=start_date.isoformat() if start_date else None,
                    end_date=end_date.isoformat() if end_date else None,
                    granularity=granularity,  # type: ignore[arg-type]
                    relative=fact.year is None and year is not None,
                )
            )
    return found
