"""Passes over the grammar's matches that look at their neighbours: listed days and
years, a year shared by two seasons, a weekday before its date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..lexicon.dates import WEEKDAY_WORD
from ..schema import DateMention
from .parts import DateParts
from .resolve import resolve

YEAR_WORD = re.compile(r"(?<![а-яё])(?:год|гг?(?![а-яё]))", re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    """A found expression and the parts it was resolved from."""

    mention: DateMention
    parts: DateParts


# A number ending a list that a date closes: "20 и 21 марта", "в 2009, 2010 и 2013
# годах", "3-го и 5 мая". The number must not continue another one or be a number
# of something ("2:1", "№ 5", "2,5": a list's comma is followed by a space).
LISTED = re.compile(
    r"(?<![\w.,:/№#+\-–])(?<!№ )(?<!№\xa0)(?P<number>(?P<digits>\d{1,4})(?:-?(?:го|е|ое))?)"
    r"(?:,\s+(?:(?:и|или)\s+)?|\s+(?:и|или)\s+)$"
)


def listed(text: str, found: list[DateMatch], reference: date | None) -> list[DateMatch]:
    """Days or years listed before a date take its month and year or its unit:
    "20 и 21 марта" is two days, "в 2009 и 2010 годах" two years."""
    out: list[DateMatch] = []
    for match in found:
        item, parts = match.mention, match.parts
        keys = parts.keys()
        if keys in ({"day", "month"}, {"day", "month", "year"}):
            unit, low, high = "day", 1, 31
        elif keys == {"year"} and YEAR_WORD.search(item.text):
            unit, low, high = "year", 1000, 2100
        else:
            out.append(match)
            continue
        edge = max(out[-1].mention.end if out else 0, item.start - 200)
        before: list[DateMatch] = []
        start = item.start
        while (number := LISTED.search(text, edge, start)) and low <= int(number["digits"]) <= high:
            listed_number = int(number["digits"])
            value = (
                replace(parts, day=listed_number)
                if unit == "day"
                else replace(parts, year=listed_number)
            )
            resolved = resolve(value, reference)
            if resolved.start_date is None and (unit == "year" or item.start_date):
                break  # no such day in that month
            mention = replace(
                item,
                start=number.start("number"),
                end=number.end("number"),
                text=number["number"],
                start_date=iso(resolved.start_date),
                end_date=iso(resolved.end_date),
                relative=resolved.relative,
            )
            before.append(DateMatch(mention, value))
            start = number.start()
        out.extend(reversed(before))
        out.append(match)
    return out


def share_years(text: str, found: list[DateMatch], reference: date | None) -> list[DateMention]:
    """ "весной и осенью 2010 года": the year written once belongs to both."""
    out = []
    for index, match in enumerate(found):
        item, parts = match.mention, match.parts
        if index + 1 < len(found) and parts.year is None and parts.shift is None:
            following, next_parts = found[index + 1].mention, found[index + 1].parts
            joined = re.fullmatch(r"\s*(?:,|и|или|—|–|-)\s*", text[item.end : following.start])
            same_kind = bool(
                parts.keys() & next_parts.keys() & {"season", "month", "quarter", "half"}
            )
            if joined and same_kind and next_parts.year is not None:
                resolved = resolve(replace(parts, year=next_parts.year), reference)
                item = replace(
                    item,
                    start_date=iso(resolved.start_date),
                    end_date=iso(resolved.end_date),
                    relative=False,
                )
        out.append(item)
    return out


# what stands between a weekday and its day: "в понедельник, 28 июня", "в среду вечером 5 мая"
WEEKDAY_GAP = re.compile(r"[\s,]*(?:(?:рано\s+)?(?:утром|днем|днём|вечером|ночью)[\s,]*)?")


def merge_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "в понедельник, 28 июня": a weekday right before a day date is part of it."""
    merged: list[DateMention] = []
    for item in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.granularity == "day"
            and last.relative
            and WEEKDAY_WORD.search(last.text)
            and item.granularity == "day"
            and WEEKDAY_GAP.fullmatch(text, last.end, item.start)
        ):
            merged[-1] = replace(item, start=last.start, text=text[last.start : item.end])
            continue
        merged.append(item)
    return merged


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
