"""Finding date expressions: trigger windows, the grammar, and the passes over its matches."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..morphology import Morphology
from ..overlap import leftmost_longest
from ..schema import DateMention
from .filters import DECIMAL_FRACTION, counts_from_an_event, is_bare_year
from .lists import WEEKDAY_GAP, DateMatch, iso, listed, merge_weekdays, share_years
from .parts import DateParts, adapt_fact
from .resolve import Resolved, resolve
from .story import follow_story, just_after, story_date
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
    r"|недел|месяц|год|дн[яией]|день|вечер\b|утро\b|суток|сутки|понедельник|вторник|сред[уы]|четверг|пятниц"
    r"|суббот|воскресень|ежегодн|ежемесячн|еженедельн|ежедневн|ежекварт|настоящ|сегодняшн"
    r"|десятилет|[IV]+\b)",
    re.IGNORECASE,
)

# a date that is the time of its clause's verb opens with a preposition, its own or
# the one before it ("в | конце августа 2016 года")
ADVERBIAL = re.compile(r"(?:в|во|с|со)\s", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"(?<![а-яё])(?:в|во)\s+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…]\s+(?=[А-ЯЁA-Z«\"])")

# digits and letters are apart: "5мая", "1990-1991гг.", "2026-02-19T13:41" are read
# as the words they are glued from
TOKEN = re.compile(r"\d+|[^\W\d]+|[^\w\s]")
# windows of words whose matches an extractor remembers
MEMO_SIZE = 20_000
# Every word any rule of the grammar can match (a superset: more only makes runs longer),
# but for the few that tests/dates/test_extract.py lists as KNOWN_GAPS: that test reads
# the grammar's terminals, their lemmas' paradigms and the month forms, and checks them here.
DATEISH = re.compile(
    r"\d+|[тt]|[ivx]+|[.\-–—:+]"
    r"|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяюе]|маем|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*|янв|фев|февр|мар|апр|авг|сен|сент|окт|ноя|нояб|дек"
    r"|гг?|год\w*|лет\w*|месяц\w*|недел\w*|дн\w*|день|сут\w*|квартал\w*|полугоди\w*|десятилети\w*"
    r"|зим\w*|весн\w*|осен\w*|начал\w*|середин\w*|конц\w*|конец|окончани\w*"
    r"|перв\w*|втор\w*|трет\w*|четв[её]рт\w*"
    r"|сегодня|вчера|завтра|позавчера|послезавтра|сегодняшн\w*|настоящ\w*|время|момент|вечер|утро"
    r"|прошл\w*|прошедш\w*|минувш\w*|предыдущ\w*|позапрошл\w*|эт\w*|текущ\w*|нынешн\w*|сего"
    r"|наступивш\w*|следующ\w*|будущ\w*|наступающ\w*|грядущ\w*|т[оа][тгмйу]?\w*|те|тех|тем"
    r"|понедельник\w*|вторник\w*|сред\w*|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*"
    r"|срок\w*|течени\w*|протяжени\w*|последн\w*|назад|тому|через|спустя"
    r"|в|во|с|со|до|к|ко|по|после|от|на|за|не|и|или|же|более|менее|около|почти|примерно|свыше|ровно|уже|ещ[её]"
    r"|од(?:ин|на|но|ного|ну|ной)|дв[аеу]\w*|тр[иеё]\w*|четыр\w*|пят\w*|шест\w*|сем\w*|восем\w*|восьм\w*"
    r"|девят\w*|десят\w*|одиннадцат\w*|двенадцат\w*|пятнадцат\w*|двадцат\w*|тридцат\w*|сорок\w*"
    r"|пятьдесят\w*|сто|ста|полтор\w*|полутор\w*|пар\w*|нескольк\w*"
    r"|ежегодн\w*|ежемесячн\w*|еженедельн\w*|ежедневн\w*|ежекварт\w*|х|е|ые|ых|ми|м|го|й|ом|ого",
    re.IGNORECASE,
)


class DateExtractor:
    """Finds and resolves the date expressions of a text; build once, reuse."""

    def __init__(self, morphology: Morphology) -> None:
        from ..grammars.date import DATE
        from ..grammars.lookahead import morph_parser

        self.morphology = morphology
        self.parser = morph_parser(DATE, morphology.dictionary)
        self.known: dict[str, list[tuple[int, int, DateParts]]] = {}

    def __call__(
        self, text: str, regions: Sequence[tuple[int, int]], reference: date | None
    ) -> list[DateMention]:
        """The date expressions of the regions, resolved against `reference`."""
        return self.resolve(text, self.find(text, regions), reference)

    def find(self, text: str, regions: Sequence[tuple[int, int]]) -> list[Found]:
        """The expressions of the regions as the grammar reads them, before any reference
        date: found once, they can be resolved against the date they themselves give."""
        found: list[Found] = []
        for offset, end in regions:
            chunk = text[offset:end]
            for low, high in windows(chunk):
                found.extend(self.parse(text, chunk, offset, low, high))
        # overlapping windows may find one expression twice: the longest stays
        return leftmost_longest(found, lambda item: (item.at, item.until))

    def matches(self, window: str) -> list[tuple[int, int, DateParts]]:
        """The grammar's matches in a window of words, remembered: "в этом году",
        "сегодня", "в понедельник" recur across a batch, and the chart parser is slow."""
        known = self.known.get(window)
        if known is None:
            if len(self.known) >= MEMO_SIZE:
                self.known.clear()
            known = [
                (match.span.start, match.span.stop, adapt_fact(match.fact))
                for match in self.parser.findall(window)
            ]
            self.known[window] = known
        return known

    def parse(self, text: str, chunk: str, offset: int, low: int, high: int) -> list[Found]:
        """The matches in chunk[low:high] (chunk = text[offset:…]) with their parts. The
        filters read the whole text around a match: the words before it may lie in the
        region before ("доб. | 1999": a sentence cut at "доб.")."""
        found = []
        for first, last, parts in self.matches(chunk[low:high]):
            start, stop = low + first, low + last
            at, until = offset + start, offset + stop
            if (
                is_bare_year(text, until, parts)
                or counts_from_an_event(text, until, parts)
                or DECIMAL_FRACTION.search(text, max(0, at - 2), at)
            ):
                continue
            found.append(Found(at, until, chunk, start, stop, parts))
        return found

    def resolve(
        self, text: str, found: Sequence[Found], reference: date | None, story: bool = False
    ) -> list[DateMention]:
        """Each expression as calendar dates counted from `reference`, lists and shared
        years spread, a weekday joined to the day it names. `story`: the reference is the
        text's latest written date, which its now lies at or after."""
        parts = with_weekdays(found)
        resolved = [
            self.resolved(replace(item, parts=own), reference, story)
            for item, own in zip(found, parts, strict=True)
        ]
        matches = follow_story(text, listed(text, resolved, reference))
        return merge_weekdays(text, share_years(text, matches, reference))

    def story_date(self, found: Sequence[Found]) -> date | None:
        """The latest full date the text writes out and does not tell in the future,
        unless the text tells of a later year in the past: what a story with no other
        date is told from."""

        def tense_of(index: int) -> int:
            # read in the expression's own sentence only
            item = found[index]
            low, high = sentence_around(item.chunk, item.start, item.stop)
            chunk = item.chunk[low:high]
            return tense_near(self.morphology, chunk, item.start - low, item.stop - low)

        def adverbial(index: int) -> bool:
            # a time of the verb ("в 1990 году переехал"), not a name's year ("кампании
            # 2016 года", "сезона 2015—2016")
            item = found[index]
            before = PREPOSITION_BEFORE.search(item.chunk, max(0, item.start - 4), item.start)
            return bool(ADVERBIAL.match(item.chunk, item.start) or before)

        return story_date(with_weekdays(found), tense_of, adverbial)

    def resolved(self, item: Found, reference: date | None, story: bool = False) -> DateMatch:
        """One expression resolved, with the parts it was resolved from."""
        parts = item.parts
        if reference is not None and needs_tense(parts, reference):
            tense = tense_near(self.morphology, item.chunk, item.start, item.stop)
            if story and (
                (tense < 0 and just_after(parts, reference)) or weekday_fits(parts, reference)
            ):
                # the story's now is near its date, not at it: the nearest day (that
                # falls on its weekday) rather than the tense's side
                tense = 0
            parts = replace(parts, tense=tense)
        resolved = resolve(parts, reference)
        mention = DateMention(
            start=item.at,
            end=item.until,
            text=item.chunk[item.start : item.stop],
            start_date=iso(resolved.start_date),
            end_date=iso(resolved.end_date),
            granularity=resolved.granularity,  # type: ignore[arg-type]
            time=parts.time,
            relative=resolved.relative,
            value=resolved.value,
            unresolved=why_unresolved(resolved, parts, reference),
        )
        return DateMatch(mention, parts)


@dataclass(frozen=True)
class Found:
    """An expression the grammar read: where it stands, in its region's text, and its parts."""

    at: int  # offsets into the whole text
    until: int
    chunk: str  # the region's text, which the tense of its verb is read from
    start: int  # offsets into the chunk
    stop: int
    parts: DateParts


def with_weekdays(found: Sequence[Found]) -> list[DateParts]:
    """The parts of each expression; a day and month written right after a weekday ("в
    среду, 21 декабря") carry that weekday."""
    parts = [item.parts for item in found]
    for index in range(1, len(found)):
        weekday, day = found[index - 1], found[index]
        if (
            weekday.parts.keys() == {"weekday"}
            and day.parts.keys() == {"day", "month"}
            and weekday.chunk is day.chunk
            and WEEKDAY_GAP.fullmatch(day.chunk, weekday.stop, day.start)
        ):
            parts[index] = replace(day.parts, weekday=weekday.parts.weekday)
    return parts


def weekday_fits(parts: DateParts, reference: date) -> bool:
    """ "в пятницу, 21 января": a year near the reference has that day on that weekday."""
    if parts.weekday is None or parts.day is None:
        return False
    nearest = resolve(replace(parts, tense=0), reference).start_date
    return nearest is not None and nearest.weekday() == parts.weekday


def needs_tense(parts: DateParts, reference: date | None) -> bool:
    """Only a weekday, or a day or month with no year, is placed by the tense of its
    verb, and only against a reference date: the dictionary is asked for no other."""
    return reference is not None and (parts.year is None or parts.weekday is not None)


def why_unresolved(resolved: Resolved, parts: DateParts, reference: date | None) -> str | None:
    """Why a relative date came out without days, so that a batch user can filter."""
    if not resolved.relative or resolved.start_date or resolved.end_date or resolved.value:
        return None
    if parts.anaphor:
        return "from_the_story"
    return "no_reference_date" if reference is None else None


def sentence_around(chunk: str, start: int, stop: int) -> tuple[int, int]:
    """The bounds of the sentence that holds chunk[start:stop] (a full stop inside a date,
    "1919 г. он", may cut it short: the tense is then read from fewer words)."""
    ends = [m.end() for m in SENTENCE_END.finditer(chunk, max(0, start - 300), stop + 300)]
    low = max([end for end in ends if end <= start], default=max(0, start - 300))
    high = min([end for end in ends if end > stop], default=min(len(chunk), stop + 300))
    return low, high


def windows(chunk: str) -> list[tuple[int, int]]:
    """Runs of words that can be part of a date ("с 12 по 14 мая 2026 года"), holding a
    trigger: every rule of the grammar is made of such words only, so no match is lost,
    and yargy's chart parser, whose cost grows with every token it sees, sees few."""
    spans: list[tuple[int, int]] = []
    if not TRIGGER.search(chunk):
        return spans  # every window holds a trigger: most sentences have none
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
