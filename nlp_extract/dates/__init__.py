"""Dates: our yargy grammar finds expressions, `resolve` makes them calendar intervals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..schema import DateMention
from .resolve import resolve
from .tense import tense_near

# What every date expression contains at least one of, at a word start.
# Part words ("начале", "конце") and "назад"/"через" always stand near one of these.
TRIGGER = re.compile(
    # numbers only in the shapes a date takes: a year, 19.02.2026, 2026-02-19, 13:41,
    # "90-х"; any other number ("25 млрд") is a date only beside a month or unit word
    r"\b(?:1\d{3}|20\d{2}|21\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}:\d{2}|\d0-?[хе]"
    r"|январ|феврал|март|апрел|(?:ма[йяюе]|маем)\b|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|янв|фев|мар|апр|авг|сен|окт|ноя|дек"
    r"|квартал|полугод|весн|лет|осен|зим|сегодня|вчера|завтра|позавчера|послезавтра"
    r"|недел|месяц|год|дн[яией]|день|суток|сутки|понедельник|вторник|сред[уы]|четверг|пятниц"
    r"|суббот|воскресень|ежегодн|ежемесячн|еженедельн|ежедневн|ежекварт|настоящ|сегодняшн"
    r"|десятилет|[IV]+\b)",
    re.IGNORECASE,
)

TOKEN = re.compile(r"\w+|[^\w\s]")
# Every word any rule of the grammar can match (a superset: more only makes runs longer).
DATEISH = re.compile(
    r"\d+(?:[тtг]\d*)?|[ivx]+|[.\-–—:+]"
    r"|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяюе]|маем|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*|янв|фев|февр|мар|апр|авг|сен|сент|окт|ноя|нояб|дек"
    r"|гг?|год\w*|лет\w*|месяц\w*|недел\w*|дн\w*|день|сут\w*|квартал\w*|полугоди\w*|десятилети\w*"
    r"|зим\w*|весн\w*|осен\w*|начал\w*|середин\w*|конц\w*|конец|окончани\w*"
    r"|перв\w*|втор\w*|трет\w*|четв[её]рт\w*"
    r"|сегодня|вчера|завтра|позавчера|послезавтра|сегодняшн\w*|настоящ\w*|время|момент"
    r"|прошл\w*|прошедш\w*|минувш\w*|предыдущ\w*|позапрошл\w*|эт\w*|текущ\w*|нынешн\w*|сего"
    r"|наступивш\w*|следующ\w*|будущ\w*|наступающ\w*|грядущ\w*|т[оа][тгмйу]?\w*|те|тех|тем"
    r"|понедельник\w*|вторник\w*|сред\w*|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*"
    r"|срок\w*|течени\w*|протяжени\w*|последн\w*|назад|тому|через|спустя"
    r"|в|во|с|со|до|к|ко|по|после|от|на|за|не|и|или|же|более|менее|около|почти|примерно|свыше|ровно|уже|ещ[её]"
    r"|од(?:ин|на|но|ного|ну|ной)|дв[аеу]\w*|тр[иеё]\w*|четыр\w*|пят\w*|шест\w*|сем\w*|восем\w*|восьм\w*"
    r"|девят\w*|десят\w*|одиннадцат\w*|двенадцат\w*|пятнадцат\w*|двадцат\w*|тридцат\w*|сорок\w*"
    r"|пятьдесят\w*|сто|ста|полтор\w*|полутор\w*|пар\w*|нескольк\w*"
    r"|ежегодн\w*|ежемесячн\w*|еженедельн\w*|ежедневн\w*|ежекварт\w*|х|е|ые|ых|ми|м",
    re.IGNORECASE,
)


class DateExtractor:
    """Finds and resolves the date expressions of a text; build once, reuse."""

    def __init__(self, vocab: Any) -> None:
        from ..grammars.date import DATE
        from ..grammars.lookahead import morph_parser

        self.vocab = vocab
        self.parser = morph_parser(DATE, vocab)

    def __call__(
        self, text: str, regions: Sequence[tuple[int, int]], reference: date | None
    ) -> list[DateMention]:
        found: list[tuple[DateMention, dict[str, Any]]] = []
        for offset, end in regions:
            chunk = text[offset:end]
            for low, high in windows(chunk):
                found.extend(self.parse(text, chunk, offset, low, high, reference))
        found = listed(text, longest_first(found), reference)
        return merge_weekdays(text, share_years(text, found, reference))

    def parse(
        self, text: str, chunk: str, offset: int, low: int, high: int, reference: date | None
    ) -> list[tuple[DateMention, dict[str, Any]]]:
        """Resolved matches in chunk[low:high], with the parts they were resolved from."""
        found = []
        for match in self.parser.findall(chunk[low:high]):
            start, stop = low + match.span.start, low + match.span.stop
            parts = {k: v for k, v in match.fact.as_json.items() if v is not None}
            if (
                is_bare_year(chunk, stop, parts)
                or counts_from_an_event(chunk, stop, parts)
                or DECIMAL_FRACTION.search(chunk, max(0, start - 2), start)
            ):
                continue
            parts["tense"] = tense_near(self.vocab, chunk, start, stop)
            resolved = resolve(parts, reference, parts["tense"])
            mention = DateMention(
                start=offset + start,
                end=offset + stop,
                text=chunk[start:stop],
                start_date=iso(resolved.start_date),
                end_date=iso(resolved.end_date),
                granularity=resolved.granularity,  # type: ignore[arg-type]
                time=parts.get("time"),
                relative=resolved.relative,
                value=resolved.value,
            )
            found.append((mention, parts))
        return found


# What stands before a date's first digit when that digit is a decimal's fraction:
# "2,5 года назад" is not five years ago.
DECIMAL_FRACTION = re.compile(r"\d[.,]$")


def longest_first(
    found: list[tuple[DateMention, dict[str, Any]]],
) -> list[tuple[DateMention, dict[str, Any]]]:
    """Overlapping matches (from overlapping windows) merged into the longest expression."""
    kept: list[tuple[DateMention, dict[str, Any]]] = []
    for item in sorted(found, key=lambda pair: (pair[0].start, -pair[0].end)):
        if kept and item[0].start < kept[-1][0].end:
            continue
        kept.append(item)
    return kept


def windows(chunk: str) -> list[tuple[int, int]]:
    """Runs of words that can be part of a date ("с 12 по 14 мая 2026 года"), holding a
    trigger: every rule of the grammar is made of such words only, so no match is lost,
    and yargy's chart parser, whose cost grows with every token it sees, sees few."""
    spans: list[tuple[int, int]] = []
    start = end = -1
    for token in TOKEN.finditer(chunk):
        if DATEISH.fullmatch(token.group()):
            if start < 0:
                start = token.start()
            end = token.end()
            continue
        if start >= 0 and TRIGGER.search(chunk, start, end):
            spans.append((start, end))
        start = -1
    if start >= 0 and TRIGGER.search(chunk, start, end):
        spans.append((start, end))
    return spans


# A number ending a list that a date closes: "20 и 21 марта", "в 2009, 2010 и 2013
# годах", "3-го и 5 мая". The number must not continue another one or be a number
# of something ("2:1", "№ 5", "2,5": a list's comma is followed by a space).
LISTED = re.compile(
    r"(?<![\w.,:/№#+\-–])(?<!№ )(?<!№\xa0)(?P<number>(?P<digits>\d{1,4})(?:-?(?:го|е|ое))?)"
    r"(?:,\s+(?:(?:и|или)\s+)?|\s+(?:и|или)\s+)$"
)


def listed(
    text: str, found: list[tuple[DateMention, dict[str, Any]]], reference: date | None
) -> list[tuple[DateMention, dict[str, Any]]]:
    """Days or years listed before a date take its month and year or its unit:
    "20 и 21 марта" is two days, "в 2009 и 2010 годах" two years."""
    out: list[tuple[DateMention, dict[str, Any]]] = []
    for item, parts in found:
        keys = set(parts) - {"tense"}
        if keys in ({"day", "month"}, {"day", "month", "year"}):
            unit, low, high = "day", 1, 31
        elif keys == {"year"} and YEAR_WORD.search(item.text):
            unit, low, high = "year", 1000, 2100
        else:
            out.append((item, parts))
            continue
        edge = max(out[-1][0].end if out else 0, item.start - 200)
        before: list[tuple[DateMention, dict[str, Any]]] = []
        start = item.start
        while (number := LISTED.search(text, edge, start)) and low <= int(number["digits"]) <= high:
            value = {**parts, unit: int(number["digits"])}
            resolved = resolve(value, reference, parts["tense"])
            if resolved.start_date is None and (unit == "year" or item.start_date):
                break  # no such day in that month
            before.append(
                (
                    replace(
                        item,
                        start=number.start("number"),
                        end=number.end("number"),
                        text=number["number"],
                        start_date=iso(resolved.start_date),
                        end_date=iso(resolved.end_date),
                        relative=resolved.relative,
                    ),
                    value,
                )
            )
            start = number.start()
        out.extend(reversed(before))
        out.append((item, parts))
    return out


def share_years(
    text: str, found: list[tuple[DateMention, dict[str, Any]]], reference: date | None
) -> list[DateMention]:
    """ "весной и осенью 2010 года": the year written once belongs to both."""
    out = []
    for index, (item, parts) in enumerate(found):
        if index + 1 < len(found) and "year" not in parts and "shift" not in parts:
            following, next_parts = found[index + 1]
            joined = re.fullmatch(r"\s*(?:,|и|или|—|–|-)\s*", text[item.end : following.start])
            same_kind = bool(
                parts.keys() & next_parts.keys() & {"season", "month", "quarter", "half"}
            )
            if joined and same_kind and "year" in next_parts:
                resolved = resolve({**parts, "year": next_parts["year"]}, reference, parts["tense"])
                item = replace(
                    item,
                    start_date=iso(resolved.start_date),
                    end_date=iso(resolved.end_date),
                    relative=False,
                )
        out.append(item)
    return out


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
            and re.fullmatch(
                r"[\s,]*(?:(?:рано\s+)?(?:утром|днем|днём|вечером|ночью)[\s,]*)?",
                text[last.end : item.start],
            )
        ):
            merged[-1] = replace(item, start=last.start, text=text[last.start : item.end])
            continue
        merged.append(item)
    return merged


WEEKDAY_WORD = re.compile(
    r"понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень", re.IGNORECASE
)


YEAR_WORD = re.compile(r"(?<![а-яё])(?:год|гг?(?![а-яё]))", re.IGNORECASE)
YEAR_WORD_END = re.compile(r"(?<![а-яё])(?:год\w*|гг?)\.?$", re.IGNORECASE)


def is_bare_year(chunk: str, stop: int, parts: dict[str, Any]) -> bool:
    """A number with no year word that the next characters show is no year:
    "в 2000 рублей", "до 1950,3 пункта", "в 30-х Королёвских чтениях"."""
    if set(parts) - {"tense"} not in ({"year"}, {"decade"}, {"year", "year2"}):
        return False
    if YEAR_WORD_END.search(chunk, max(0, stop - 20), stop):  # "2010 году", "1919 г.", "1919г"
        return False
    following = chunk[stop:]
    if re.match(r"[.,]\d", following):
        return True
    following = following.lstrip()
    if "decade" in parts:
        return parts["decade"] < 100 and following[:1].isalpha()
    before = chunk[: stop - len(str(parts.get("year2") or parts["year"]))].rstrip()
    return (
        following[:1].islower()
        or following[:1].isdigit()
        or before[-1:] in ("№", "#", "-", "+")
        or re.search(r"(?:^|\s)(?:доб|тел|факс|стр|ст|п|ч|рис|табл|код|т)\.?$", before.lower())
        is not None
        or before[-1:].isdigit()
        or not 1900 <= parts["year"] <= 2100
    )


def counts_from_an_event(chunk: str, stop: int, parts: dict[str, Any]) -> bool:
    """ "через 65 лет после войны" counts from the war, not from the reference date."""
    following = chunk[stop:].lstrip().lower()
    return bool(parts.get("ago") or parts.get("later")) and following.startswith(
        ("после", "до ", "с момента")
    )


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
