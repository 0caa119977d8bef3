"""The dates a story gives itself: its latest full date, which a text with no other is
told from, and the previous date that "в тот же день", "на следующий день" follow."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..schema import DateMention
from .lists import DateMatch, iso
from .months import unit_interval
from .parts import DateParts
from .resolve import resolve

# How long after its latest written date a story's now may lie: a month. A past tense
# tells of before the now, not before that date.
STORY_NOW_WITHIN = timedelta(days=31)
# how far back the date "в тот же день" follows may stand: a few sentences (further
# back, "в тот день" is as often the day of an event told of without a date)
ANAPHOR_REACH = 500
# "на следующий день после выборов", "в тот же день, когда …": counts from the event named
NAMED_EVENT = re.compile(r"[\s,]*(?:после|с\s+момента|когда|что)(?![а-яё])", re.IGNORECASE)
# the tense of the sentence of the expression with this index (-1 past, 1 future, 0
# unknown), and whether the expression is the time of its verb (it opens with "в", "с")
TenseOf = Callable[[int], int]
Adverbial = Callable[[int], bool]


def story_date(parts: Sequence[DateParts], tense_of: TenseOf, adverbial: Adverbial) -> date | None:
    """The latest full day date a text writes out ("11 ноября 2018 года", or a weekday's
    day in a year the text names): what a story with no other date is told from.

    A date told in the future ("церемония пройдет 10 декабря 2010 года") lies after the
    story's now: the latest of the others is taken, or, when all lie ahead, the
    earliest. Not a date before a year the text tells of in the past ("родился 7
    февраля 1929 года … в 1990 году переехал"): that date is a life's or a history's,
    not the story's now; then the earliest date ahead, or none: no date is better than
    a wrong year."""
    named = {year for item in parts for year in (item.year, item.year2) if year}
    full = [(day, index) for index, item in enumerate(parts) if (day := full_day(item, named))]
    if not full:
        return None
    told = [day for day, index in full if tense_of(index) <= 0]
    ahead = [day for day, index in full if day not in told]
    for candidate in ([max(told)] if told else []) + ([min(ahead)] if ahead else []):
        if not overruled(candidate, parts, tense_of, adverbial):
            return candidate
    return None


def overruled(
    candidate: date, parts: Sequence[DateParts], tense_of: TenseOf, adverbial: Adverbial
) -> bool:
    """The text tells in the past, as the time of a verb, of a year after the candidate."""
    for index, item in enumerate(parts):
        year = item.year2 or item.year
        if year and year > candidate.year and not item.bound and adverbial(index):
            if tense_of(index) < 0:
                return True
    return False


def full_day(parts: DateParts, named: set[int]) -> date | None:
    """The day of a full date ("5 мая 2010 года"), or of a weekday's day in a named year."""
    if parts.year is None:
        return weekday_date(parts, named)
    day = resolve(parts, None)
    return day.start_date if day.granularity == "day" and not day.relative else None


def weekday_date(parts: DateParts, years: set[int]) -> date | None:
    """ "в среду, 21 декабря" in a text that names 2011: the day, in the one year the text
    names in which it falls on that weekday (none when no year or several fit)."""
    if parts.weekday is None or parts.day is None or parts.month is None or parts.year:
        return None
    fitting = []
    for year in years:
        try:
            day = date(year, parts.month, parts.day)
        except ValueError:
            continue
        if day.weekday() == parts.weekday:
            fitting.append(day)
    return fitting[0] if len(fitting) == 1 else None


def follow_story(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """ "в тот же день", "на следующий день", "в том же году" placed after the date
    before them, when that date is a single day (or lies in one year, month or week for
    "в том же году", "месяце", "неделе"); otherwise they stay unresolved, as they do
    when they name the event they count from ("на следующий день после выборов") or
    the date lies more than a few sentences back."""
    out: list[DateMatch] = []
    previous: DateMention | None = None
    for match in matches:
        mention, parts = match.mention, match.parts
        names_its_event = NAMED_EVENT.match(text, mention.end)
        near = previous is not None and mention.start - previous.end <= ANAPHOR_REACH
        if parts.anaphor and parts.unit and previous is not None and near and not names_its_event:
            interval = after(previous, parts)
            if interval is not None:
                start, end = interval
                mention = replace(
                    mention,
                    start_date=iso(start),
                    end_date=iso(end),
                    granularity="day" if parts.unit == "day" else parts.unit,  # type: ignore[arg-type]
                    unresolved=None,
                )
                match = DateMatch(mention, parts)
        out.append(match)
        if mention.start_date and mention.end_date:
            previous = mention
    return out


def after(previous: DateMention, parts: DateParts) -> tuple[date, date] | None:
    """The interval of an anaphor's unit that holds the previous date, moved by its shift."""
    assert previous.start_date and previous.end_date and parts.unit
    first, last = date.fromisoformat(previous.start_date), date.fromisoformat(previous.end_date)
    if parts.unit == "day":
        if first != last:
            return None
        day = first + timedelta(days=parts.shift or 0)
        return day, day
    span = unit_interval(parts.unit, first)
    return span if span[0] <= last <= span[1] else None


def just_after(parts: DateParts, story: date) -> bool:
    """A day with no year that falls within a month after the story date: told in the
    past it is still that close ("принят 14 июня 2017 года и спустя две недели, 28 июня
    одобрен" is 2017-06-28, not a year before)."""
    if parts.day is None or parts.month is None or parts.year is not None:
        return False
    if parts.weekday is not None or parts.shift is not None:
        return False
    for year in (story.year, story.year + 1):
        try:
            day = date(year, parts.month, parts.day)
        except ValueError:  # 29 February
            continue
        if story < day <= story + STORY_NOW_WITHIN:
            return True
    return False
