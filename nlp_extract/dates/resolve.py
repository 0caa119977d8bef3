"""Turn recognised date parts into calendar intervals against a reference date.

Conventions (documented in the README):
- seasons: winter Y = 1 Dec Y-1 .. end of Feb Y; spring Mar–May; summer Jun–Aug; autumn Sep–Nov;
- начало / середина / конец года = Q1 / May–Aug / Q4; of a month = days 1–10 / 11–20 / 21–end;
  of a decade = its years 0–2 / 3–6 / 7–9;
- "до X" is open at the start, "с X" (with no "по") open at the end;
- weeks are ISO weeks (Monday to Sunday);
- a weekday with no other clue is the one in the reference date's week; past or future
  tense moves it to the week before or after when that week's day lies on the wrong side;
- a day or month without a year takes the nearest year around the reference date
  that agrees with the tense of the verb in its clause ("подписан 5 сентября" in
  February 2026 is 2025-09-05), or simply the nearest when no verb tells.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .months import month_end, month_span, shifted, unit_interval
from .parts import DateParts

SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
PART_OF_YEAR = {"start": (1, 3), "middle": (5, 8), "end": (10, 12)}
PART_OF_MONTH = {"start": (1, 10), "middle": (11, 20), "end": (21, 31)}
PART_OF_DECADE = {"start": (0, 2), "middle": (3, 6), "end": (7, 9)}  # years into it
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


@dataclass(frozen=True)
class Resolved:
    start_date: date | None
    end_date: date | None
    granularity: str
    relative: bool = False
    value: str | None = None


def nearest(make: Callable[[int], Interval], reference: date, tense: int) -> Interval | None:
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


def year_part(parts: DateParts, year: int) -> Interval:
    if parts.quarter:
        first = (parts.quarter - 1) * 3 + 1
        last = (parts.quarter2 or parts.quarter) * 3
        return month_span(year, first, last)
    if parts.half:
        first = 1 if parts.half == 1 else 7
        return month_span(year, first, first + 5)
    if parts.season:
        if parts.season == "winter":
            return date(year - 1, 12, 1), month_end(year, 2)
        return month_span(year, *SEASON_MONTHS[parts.season])
    if parts.part and not parts.month:
        return month_span(year, *PART_OF_YEAR[parts.part])
    if parts.month:
        month = parts.month
        if parts.part:
            low, high = PART_OF_MONTH[parts.part]
            return date(year, month, low), date(year, month, min(high, month_end(year, month).day))
        if parts.day:
            day = date(year, month, parts.day)
            if parts.day2:
                return day, date(year, parts.month2 or month, parts.day2)
            return day, day
        if parts.month2:
            return month_span(year, month, parts.month2)
        return month_span(year, month)
    return date(year, 1, 1), date(year, 12, 31)


def granularity(parts: DateParts) -> str:
    if parts.bound or parts.day2 or parts.month2 or parts.year2 or parts.quarter2:
        return "range"
    if parts.day:
        return "day"
    if parts.quarter:
        return "quarter"
    if parts.half:
        return "half"
    if parts.season:
        return "season"
    if parts.part:
        return "range"
    if parts.month:
        return "month"
    return "year"


def resolve(parts: DateParts, reference: date | None) -> Resolved:
    """Calendar interval of one expression; dates are None where they cannot be known.

    The kinds of expression are tried in turn; the first whose parts are present decides.
    """
    if parts.month2 and not parts.month and parts.day:
        parts = replace(parts, month=parts.month2)  # "с 12 по 14 мая"
    for applies, resolver in KINDS:
        if applies(parts):
            return resolver(parts, reference)
    try:
        return resolve_calendar(parts, reference)
    except ValueError:  # "29 февраля 2025 года", "31 июня": no such day
        return Resolved(None, None, granularity(parts))


def story_relative(parts: DateParts, reference: date | None) -> Resolved:
    """ "в тот же день": relative to the story, which we do not follow."""
    return Resolved(None, None, "day", relative=True)


def every(parts: DateParts, reference: date | None) -> Resolved:
    """ "ежегодно": a set, whose value is its period."""
    return Resolved(None, None, "set", value=parts.every)


def duration(parts: DateParts, reference: date | None) -> Resolved:
    """ "в течение трех лет": an ISO 8601 duration, no interval."""
    if not parts.amount:
        return Resolved(None, None, "duration")
    unit = parts.unit or "year"
    amount = parts.amount * UNIT_FACTOR.get(unit, 1)
    return Resolved(None, None, "duration", value=f"P{amount:g}{ISO_UNITS.get(unit, 'Y')}")


def decade(parts: DateParts, reference: date | None) -> Resolved:
    """ "2030-х годах"; "90-х": the latest such decade not after the reference; its
    start, middle or end ("в начале 90-х": 1990–1992); open with "с" / "до"."""
    assert parts.decade is not None
    start = parts.decade
    if start < 100:
        pivot = reference.year % 100 if reference else 30
        start += 2000 if start <= pivot else 1900
    start = start // 10 * 10
    low, high = PART_OF_DECADE.get(parts.part or "", (0, 9))
    first, last = date(start + low, 1, 1), date(start + high, 12, 31)
    grain = "range" if parts.part else "decade"
    return bounded(Resolved(first, last, grain), parts.bound)


def bounded(resolved: Resolved, bound: str | None) -> Resolved:
    """ "до …" keeps only the end, "с …" only the start: an open range."""
    if bound is None:
        return resolved
    if bound == "с":
        return replace(resolved, end_date=None, granularity="range")
    return replace(resolved, start_date=None, granularity="range")


def relative_day(parts: DateParts, reference: date | None) -> Resolved:
    """ "вчера", "сегодня", "послезавтра"."""
    if reference is None or parts.rel is None:
        return Resolved(None, None, "day", relative=True)
    day = reference + timedelta(days=parts.rel)
    return Resolved(day, day, "day", relative=True)


def weekday(parts: DateParts, reference: date | None) -> Resolved:
    """ "в пятницу", "в следующий вторник": in the reference week, moved by tense or shift."""
    if reference is None or parts.weekday is None:
        return Resolved(None, None, "day", relative=True)
    monday = reference - timedelta(days=reference.weekday())
    day = monday + timedelta(days=parts.weekday + 7 * (parts.shift or 0))
    if parts.shift is None:
        if parts.tense < 0 and day > reference:
            day -= timedelta(days=7)
        elif parts.tense > 0 and day < reference:
            day += timedelta(days=7)
    return Resolved(day, day, "day", relative=True)


def weekday_day(parts: DateParts, reference: date | None) -> Resolved:
    """ "в пятницу, 21 января": of the years around the reference on the side its tense
    allows, the nearest in which that day is that weekday; the day alone when none is."""
    assert parts.weekday is not None and parts.month is not None and parts.day is not None
    if reference is None:
        return Resolved(None, None, "day", relative=True)
    fitting = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            day = date(year, parts.month, parts.day)
        except ValueError:
            continue
        told = parts.tense == 0 or (day <= reference if parts.tense < 0 else day >= reference)
        if day.weekday() == parts.weekday and told:
            fitting.append(day)
    if not fitting:
        return resolve_calendar(replace(parts, weekday=None), reference)
    day = min(fitting, key=lambda candidate: abs((candidate - reference).days))
    return Resolved(day, day, "day", relative=True)


def shifted_unit(parts: DateParts, reference: date | None) -> Resolved:
    """ "три года назад", "через месяц", "на прошлой неделе": a unit away from the reference."""
    grain = parts.unit or "year"
    if reference is None:
        return Resolved(None, None, grain, relative=True)
    if parts.ago or parts.later:
        if parts.amount == 0:  # "несколько дней назад"
            return Resolved(None, None, grain, relative=True)
        amount = (1 if parts.amount is None else parts.amount) * (-1 if parts.ago else 1)
    else:
        assert parts.shift is not None
        amount = parts.shift
    start, end = unit_interval(grain, shifted(grain, reference, amount))
    return Resolved(start, end, grain, relative=True)


KINDS: list[tuple[Callable[[DateParts], object], Callable[[DateParts, date | None], Resolved]]] = [
    (lambda p: p.anaphor, story_relative),
    (lambda p: p.every, every),
    (lambda p: p.duration, duration),
    (lambda p: p.decade is not None, decade),
    (lambda p: p.rel is not None, relative_day),
    (lambda p: p.weekday is not None and p.day and p.month and not p.year, weekday_day),
    (lambda p: p.weekday is not None, weekday),
    (lambda p: p.ago or p.later or (p.unit and p.shift is not None), shifted_unit),
]


def resolve_calendar(parts: DateParts, reference: date | None) -> Resolved:
    """Days, months, years and their parts and ranges."""
    grain = granularity(parts)
    if parts.year2 and parts.year:
        interval: Interval | None = (date(parts.year, 1, 1), date(parts.year2, 12, 31))
        relative = False
    elif parts.year:
        interval, relative = year_part(parts, parts.year), False
    elif parts.shift is not None and reference is not None:
        # "в апреле этого года", "осенью прошлого года"
        interval, relative = year_part(parts, reference.year + parts.shift), True
    elif reference is None:
        return Resolved(None, None, grain, relative=True)
    elif parts.quarter or parts.half or (parts.part and not parts.month):
        # "в первом полугодии", "в конце года": the reference year
        interval, relative = year_part(parts, reference.year), True
    else:
        interval = nearest(lambda year: year_part(parts, year), reference, parts.tense)
        relative = True
    if interval is None:
        return Resolved(None, None, grain, relative=relative)
    start, end = interval
    if start > end:  # "с 31 по 1 мая"
        return Resolved(None, None, grain, relative=relative)
    return bounded(Resolved(start, end, grain, relative=relative), parts.bound)
