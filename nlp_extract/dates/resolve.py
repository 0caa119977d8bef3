"""Turn recognised date parts into calendar intervals against a reference date.

Conventions (documented in the README):
- seasons: winter Y = 1 Dec Y-1 .. end of Feb Y; spring Mar–May; summer Jun–Aug; autumn Sep–Nov;
- начало / середина / конец года = Q1 / May–Aug / Q4; of a month = days 1–10 / 11–20 / 21–end;
- weeks are ISO weeks (Monday to Sunday);
- a weekday with no other clue is the one in the reference date's week; past or future
  tense moves it to the week before or after when that week's day lies on the wrong side;
- a day or month without a year takes the nearest year around the reference date
  that agrees with the tense of the verb in its clause ("подписан 5 сентября" in
  February 2026 is 2025-09-05), or simply the nearest when no verb tells.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..calendar import month_end, month_span

SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
PART_OF_YEAR = {"start": (1, 3), "middle": (5, 8), "end": (10, 12)}
PART_OF_MONTH = {"start": (1, 10), "middle": (11, 20), "end": (21, 31)}
ISO_UNITS = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "quarter": "M",
    "half": "M",
    "decade": "Y",
}
UNIT_FACTOR = {"quarter": 3, "half": 6, "decade": 10}

Interval = tuple[date, date]


@dataclass
class Resolved:
    start_date: date | None
    end_date: date | None
    granularity: str
    relative: bool = False
    value: str | None = None


def shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, month_end(year, month + 1).day))


def unit_interval(unit: str, day: date) -> Interval:
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
    steps = int(amount)
    if unit == "day":
        return reference + timedelta(days=steps)
    if unit == "week":
        return reference + timedelta(weeks=steps)
    months = steps * {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}[unit]
    return shift_months(reference, months)


def nearest(make: Any, reference: date, tense: int) -> Interval | None:
    """The interval for the year nearest the reference, tense breaking the choice."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(make(year))
        except ValueError:  # 29 February in a common year
            continue
    if not candidates:
        return None

    def distance(interval: Interval) -> int:
        start, end = interval
        if start <= reference <= end:
            return 0
        return min(abs((start - reference).days), abs((end - reference).days))

    fitting = [
        c
        for c in candidates
        if (tense < 0 and c[0] <= reference) or (tense > 0 and c[1] >= reference)
    ]
    return min([c for c in fitting if distance(c) <= 366] or candidates, key=distance)


def year_part(parts: dict[str, Any], year: int) -> Interval:
    if parts.get("quarter"):
        first = (parts["quarter"] - 1) * 3 + 1
        last = (parts.get("quarter2") or parts["quarter"]) * 3
        return month_span(year, first, last)
    if parts.get("half"):
        first = 1 if parts["half"] == 1 else 7
        return month_span(year, first, first + 5)
    if parts.get("season"):
        if parts["season"] == "winter":
            return date(year - 1, 12, 1), month_end(year, 2)
        return month_span(year, *SEASON_MONTHS[parts["season"]])
    if parts.get("part") and not parts.get("month"):
        return month_span(year, *PART_OF_YEAR[parts["part"]])
    if parts.get("month"):
        month = parts["month"]
        if parts.get("part"):
            low, high = PART_OF_MONTH[parts["part"]]
            return date(year, month, low), date(year, month, min(high, month_end(year, month).day))
        if parts.get("day"):
            first = date(year, month, parts["day"])
            if parts.get("day2"):
                last_month = parts.get("month2") or month
                return first, date(year, last_month, parts["day2"])
            return first, first
        if parts.get("month2"):
            return month_span(year, month, parts["month2"])
        return month_span(year, month)
    return date(year, 1, 1), date(year, 12, 31)


def granularity(parts: dict[str, Any]) -> str:
    if (
        parts.get("bound")
        or parts.get("day2")
        or parts.get("month2")
        or parts.get("year2")
        or parts.get("quarter2")
    ):
        return "range"
    for field, name in (
        ("day", "day"),
        ("quarter", "quarter"),
        ("half", "half"),
        ("season", "season"),
    ):
        if parts.get(field):
            return name
    if parts.get("part"):
        return "range"
    if parts.get("month"):
        return "month"
    return "year"


def resolve(parts: dict[str, Any], reference: date | None, tense: int = 0) -> Resolved:
    """Calendar interval of one expression; dates are None where they cannot be known."""
    if parts.get("month2") and not parts.get("month") and parts.get("day"):
        parts = {**parts, "month": parts["month2"]}  # "с 12 по 14 мая"
    if parts.get("anaphor"):
        return Resolved(None, None, "day", relative=True)
    if parts.get("every"):
        return Resolved(None, None, "set", value=parts["every"])
    unit: str | None = parts.get("unit")
    if parts.get("duration"):
        if not parts.get("amount"):
            return Resolved(None, None, "duration")
        unit = unit or "year"
        amount = parts["amount"] * UNIT_FACTOR.get(unit, 1)
        amount_text = f"{amount:g}"
        return Resolved(None, None, "duration", value=f"P{amount_text}{ISO_UNITS.get(unit, 'Y')}")
    if parts.get("decade") is not None:
        decade = parts["decade"]
        if decade < 100:  # "90-х": the latest such decade not after the reference
            pivot = reference.year % 100 if reference else 30
            decade += 2000 if decade <= pivot else 1900
        decade = decade // 10 * 10
        return Resolved(date(decade, 1, 1), date(decade + 9, 12, 31), "decade")
    if parts.get("rel") is not None:
        if reference is None:
            return Resolved(None, None, "day", relative=True)
        day = reference + timedelta(days=parts["rel"])
        return Resolved(day, day, "day", relative=True)
    if parts.get("weekday") is not None:
        if reference is None:
            return Resolved(None, None, "day", relative=True)
        monday = reference - timedelta(days=reference.weekday())
        day = monday + timedelta(days=parts["weekday"] + 7 * (parts.get("shift") or 0))
        if parts.get("shift") is None:
            if tense < 0 and day > reference:
                day -= timedelta(days=7)
            elif tense > 0 and day < reference:
                day += timedelta(days=7)
        return Resolved(day, day, "day", relative=True)
    if parts.get("ago") or parts.get("later") or (unit and parts.get("shift") is not None):
        grain = unit or "year"
        if reference is None:
            return Resolved(None, None, grain, relative=True)
        if parts.get("ago") or parts.get("later"):
            if parts.get("amount") == 0:  # "несколько дней назад"
                return Resolved(None, None, grain, relative=True)
            amount = parts.get("amount", 1) * (-1 if parts.get("ago") else 1)
        else:
            amount = parts["shift"]
        start, end = unit_interval(grain, shifted(grain, reference, amount))
        return Resolved(start, end, grain, relative=True)
    try:
        return resolve_calendar(parts, reference, tense)
    except ValueError:  # "29 февраля 2025 года", "31 июня": no such day
        return Resolved(None, None, granularity(parts))


def resolve_calendar(parts: dict[str, Any], reference: date | None, tense: int) -> Resolved:
    """Days, months, years and their parts and ranges."""
    grain = granularity(parts)
    if parts.get("year2"):
        interval: Interval | None = (date(parts["year"], 1, 1), date(parts["year2"], 12, 31))
        relative = False
    elif parts.get("year"):
        interval, relative = year_part(parts, parts["year"]), False
    elif parts.get("shift") is not None and reference is not None:
        # "в апреле этого года", "осенью прошлого года"
        interval, relative = year_part(parts, reference.year + parts["shift"]), True
    elif reference is None:
        return Resolved(None, None, grain, relative=True)
    elif (
        parts.get("quarter") or parts.get("half") or (parts.get("part") and not parts.get("month"))
    ):
        # "в первом полугодии", "в конце года": the reference year
        interval, relative = year_part(parts, reference.year), True
    else:
        interval = nearest(lambda year: year_part(parts, year), reference, tense)
        relative = True
    if interval is None:
        return Resolved(None, None, grain, relative=relative)
    start, end = interval
    if start > end:  # "с 31 по 1 мая"
        return Resolved(None, None, grain, relative=relative)
    if parts.get("bound"):
        return Resolved(None, end, "range", relative=relative)
    return Resolved(start, end, grain, relative=relative)
