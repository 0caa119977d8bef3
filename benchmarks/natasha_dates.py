"""natasha's DatesExtractor adapted to calendar intervals: the baseline for benchmarks/dates.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from nlp_extract.dates.months import month_span


def natasha_dates(extractor: Any, text: str, reference: date | None) -> list[dict[str, Any]]:
    """natasha's matches as {start, end, start_date, end_date}; a missing year comes from the reference."""
    found = []
    for match in extractor(text):
        fact = match.fact
        year = fact.year or (reference.year if reference else None)
        start = end = None
        if year and fact.month and fact.day:
            try:
                start = end = date(year, fact.month, fact.day)
            except ValueError:
                pass
        elif year and fact.month:
            start, end = month_span(year, fact.month)
        elif year:
            start, end = date(year, 1, 1), date(year, 12, 31)
        found.append(
            {
                "start": match.start,
                "end": match.stop,
                "start_date": start.isoformat() if start else None,
                "end_date": end.isoformat() if end else None,
            }
        )
    return found
