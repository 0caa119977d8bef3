"""The typed record between the date grammar and the resolver."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class DateParts:
    """What the grammar recognised in one expression; None where it said nothing.

    A range's second end is `day2`/`month2`/`year2`/`quarter2`; `shift` is a relative
    unit's offset ("прошлого года" = -1), `rel` a relative day ("вчера" = -1).
    """

    day: int | None = None
    month: int | None = None
    year: int | None = None
    day2: int | None = None
    month2: int | None = None
    year2: int | None = None
    quarter: int | None = None
    quarter2: int | None = None
    half: int | None = None
    season: str | None = None  # winter, spring, summer, autumn
    part: str | None = None  # start, middle, end
    decade: int | None = None
    weekday: int | None = None  # 0 = Monday
    rel: int | None = None
    shift: int | None = None
    unit: str | None = None  # year, month, week, day, quarter, half, decade
    amount: float | None = None
    ago: bool | None = None
    later: bool | None = None
    time: str | None = None  # HH:MM[±hhmm]
    bound: str | None = None  # "до" / "к": an open start; "с": an open end
    every: str | None = None  # ISO 8601 period of a set ("ежегодно" = P1Y)
    duration: bool | None = None
    anaphor: bool | None = None  # "в тот же день": relative to the story, not the calendar
    tense: int = 0  # of the verb of its clause: -1 past, 1 future, 0 unknown

    def keys(self) -> frozenset[str]:
        """The names of the parts the grammar set (the tense is not a part)."""
        return frozenset(name for name in PART_NAMES if getattr(self, name) is not None)


PART_NAMES = tuple(item.name for item in fields(DateParts) if item.name != "tense")


def adapt_fact(fact: Any) -> DateParts:
    """yargy's interpretation of a match as our record."""
    return DateParts(**{name: value for name, value in fact.as_json.items() if value is not None})
