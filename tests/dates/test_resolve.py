"""The resolver on its own: recognised parts in, a calendar interval out; no models."""

from datetime import date

import pytest

from nlp_extract.dates.parts import DateParts
from nlp_extract.dates.resolve import resolve

REF = date(2026, 2, 19)  # a Thursday


@pytest.mark.parametrize(
    "parts, start, end, granularity",
    [
        # "7 февраля 2026 года"
        (DateParts(day=7, month=2, year=2026), "2026-02-07", "2026-02-07", "day"),
        # "29 февраля 2025 года": no such day
        (DateParts(day=29, month=2, year=2025), None, None, "day"),
        # "с 12 по 14 мая 2026 года": the month is written once, after the second day
        (DateParts(day=12, day2=14, month2=5, year=2026), "2026-05-12", "2026-05-14", "range"),
        # "зимой 2026 года": December before to February
        (DateParts(season="winter", year=2026), "2025-12-01", "2026-02-28", "season"),
        # "в III–IV квартале 2026 года"
        (DateParts(quarter=3, quarter2=4, year=2026), "2026-07-01", "2026-12-31", "range"),
        # "до конца 2030 года": open at the start
        (DateParts(part="end", year=2030, bound="до"), None, "2030-12-31", "range"),
        # "с 2002 года": open at the end
        (DateParts(year=2002, bound="с"), "2002-01-01", None, "range"),
        # "в начале 90-х": the decade's first three years
        (DateParts(decade=90, part="start"), "1990-01-01", "1992-12-31", "range"),
        # "в 2030-х годах"
        (DateParts(decade=2030), "2030-01-01", "2039-12-31", "decade"),
        # "в первом полугодии": of the reference year
        (DateParts(half=1), "2026-01-01", "2026-06-30", "half"),
        # "осенью прошлого года"
        (DateParts(season="autumn", shift=-1), "2025-09-01", "2025-11-30", "season"),
    ],
)
def test_calendar_expressions(parts, start, end, granularity):
    resolved = resolve(parts, REF)
    assert (resolved.start_date, resolved.end_date, resolved.granularity) == (
        date.fromisoformat(start) if start else None,
        date.fromisoformat(end) if end else None,
        granularity,
    )


@pytest.mark.parametrize(
    "parts, start, end",
    [
        (DateParts(rel=-1), "2026-02-18", "2026-02-18"),  # "вчера"
        (DateParts(weekday=4), "2026-02-20", "2026-02-20"),  # "в пятницу"
        (DateParts(weekday=4, tense=-1), "2026-02-13", "2026-02-13"),  # "в пятницу прошла"
        (DateParts(weekday=1, shift=1), "2026-02-24", "2026-02-24"),  # "в следующий вторник"
        (DateParts(unit="year", amount=3, ago=True), "2023-01-01", "2023-12-31"),
        (DateParts(unit="month", later=True), "2026-03-01", "2026-03-31"),  # "через месяц"
        (DateParts(unit="week", shift=-1), "2026-02-09", "2026-02-15"),  # "на прошлой неделе"
        (DateParts(day=5, month=3), "2026-03-05", "2026-03-05"),  # the nearest 5 March
        (DateParts(day=5, month=3, tense=-1), "2025-03-05", "2025-03-05"),  # "прошла 5 марта"
    ],
)
def test_relative_expressions_count_from_the_reference_date(parts, start, end):
    resolved = resolve(parts, REF)
    assert resolved.relative
    assert (resolved.start_date, resolved.end_date) == (
        date.fromisoformat(start),
        date.fromisoformat(end),
    )


@pytest.mark.parametrize(
    "parts",
    [DateParts(rel=-1), DateParts(day=5, month=3), DateParts(unit="year", shift=-1)],
)
def test_without_a_reference_date_a_relative_date_has_no_days(parts):
    resolved = resolve(parts, None)
    assert resolved.relative and resolved.start_date is None and resolved.end_date is None


@pytest.mark.parametrize(
    "parts, granularity, value",
    [
        (
            DateParts(duration=True, amount=3, unit="year"),
            "duration",
            "P3Y",
        ),  # "в течение трех лет"
        (DateParts(duration=True, amount=2, unit="quarter"), "duration", "P6M"),
        (DateParts(duration=True, amount=1.5, unit="year"), "duration", "P1.5Y"),  # "полтора года"
        (DateParts(every="P1Y"), "set", "P1Y"),  # "ежегодно"
        (DateParts(anaphor=True), "day", None),  # "в тот же день": from the story
    ],
)
def test_durations_sets_and_story_dates_have_no_interval(parts, granularity, value):
    resolved = resolve(parts, REF)
    assert (resolved.start_date, resolved.end_date) == (None, None)
    assert (resolved.granularity, resolved.value) == (granularity, value)
