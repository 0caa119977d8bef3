"""The record a date match fills, and the number and punctuation tokens every date rule
is built of."""

from __future__ import annotations

from yargy import and_
from yargy.interpretation import fact
from yargy.predicates import (
    eq,
    gte,
    in_caseless,
    lte,
    type,
)

DateFact = fact(
    "DateFact",
    [
        "day",
        "month",
        "year",
        "day2",
        "month2",
        "year2",
        "quarter",
        "quarter2",
        "half",
        "season",
        "part",
        "decade",
        "weekday",
        "rel",
        "shift",
        "unit",
        "amount",
        "ago",
        "later",
        "time",
        "bound",
        "every",
        "duration",
        "anaphor",
    ],
)

DASH = in_caseless({"-", "–", "—"})
DOT = eq(".")


def number(low: int, high: int):  # type: ignore[no-untyped-def]
    return and_(type("INT"), gte(low), lte(high))


def int_in(low: int, high: int, attribute):  # type: ignore[no-untyped-def]
    return number(low, high).interpretation(attribute.custom(int))
