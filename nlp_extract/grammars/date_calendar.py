"""Dates on the calendar: days, months and years, their ranges, and the parts of a year
or a decade (quarters, halves, seasons, "в начале года", "90-х")."""

from __future__ import annotations

from yargy import and_, or_, rule
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    eq,
    gram,
    in_caseless,
    length_eq,
    normalized,
    type,
)

from .date_fact import DASH, DOT, DateFact, int_in, number
from .date_words import (
    MONTH_ABBREVIATIONS,
    ORDINALS,
    PARTS,
    ROMAN,
    SEASONS,
    SHIFT_STEMS,
    SHIFTS,
    by_stem,
    is_month_form,
    month_number,
)


def month_name(attribute):  # type: ignore[no-untyped-def]
    full = custom(is_month_form).interpretation(attribute.custom(month_number))
    short = rule(
        in_caseless(set(MONTH_ABBREVIATIONS)).interpretation(
            attribute.custom(lambda word: MONTH_ABBREVIATIONS[word.lower()])
        ),
        DOT.optional(),
    )
    return or_(rule(full), short)


YEAR_WORD = or_(
    rule(caseless("г"), DOT.optional()),
    rule(caseless("гг"), DOT.optional()),
    rule(normalized("год")),
)
YEAR = int_in(1000, 2100, DateFact.year)
# "в 1990-м году", "с 1998-го года": a year by its ordinal, the year word singular (a
# decade is plural: "в 1990-х годах", "к 90-м годам")
ORDINAL_YEAR = rule(
    YEAR,
    DASH.optional(),
    in_caseless({"м", "го", "й", "ом", "ого"}),
    and_(normalized("год"), gram("sing")),
)
# "2026 года" or "этого/прошлого года": the year of a day, month, season or quarter
YEAR_SPEC = or_(
    ORDINAL_YEAR,
    rule(YEAR, YEAR_WORD.optional()),
    rule(
        dictionary(set(SHIFTS)).interpretation(DateFact.shift.custom(by_stem(SHIFT_STEMS))),
        normalized("год"),
    ),
)
YEAR2 = int_in(1000, 2100, DateFact.year2)
DAY = int_in(1, 31, DateFact.day)
DAY2 = int_in(1, 31, DateFact.day2)
MONTH = month_name(DateFact.month)
MONTH2 = month_name(DateFact.month2)
MONTH_NUMBER = and_(number(1, 12), length_eq(2)).interpretation(DateFact.month.custom(int))
TIME = rule(number(0, 23), eq(":"), and_(number(0, 59), length_eq(2))).interpretation(DateFact.time)

# 19.02.2026, 2026-02-19, 2026-02-19T13:41+0500
NUMERIC_DAY = or_(
    rule(DAY, DOT, MONTH_NUMBER, DOT, YEAR, YEAR_WORD.optional()),
    rule(
        YEAR,
        eq("-"),
        MONTH_NUMBER,
        eq("-"),
        and_(number(1, 31), length_eq(2)).interpretation(DateFact.day.custom(int)),
        rule(caseless("t"), TIME, rule(in_caseless({"+", "-"}), type("INT")).optional()).optional(),
    ),
)
WORD_DAY = rule(DAY, MONTH, YEAR_SPEC.optional())
DAY_DATE = or_(
    rule(TIME, NUMERIC_DAY),
    rule(NUMERIC_DAY, TIME.optional()),
    WORD_DAY,
)
MONTH_DATE = rule(MONTH, YEAR_SPEC)
YEAR_DATE = or_(rule(YEAR, YEAR_WORD), ORDINAL_YEAR)

# Ranges
DAY_RANGE = or_(
    rule(DAY, DASH, DAY2, MONTH, rule(YEAR, YEAR_WORD.optional()).optional()),
    rule(caseless("с"), DAY, caseless("по"), DAY2, MONTH2, YEAR_SPEC.optional()),
    rule(caseless("с"), DAY, MONTH, caseless("по"), DAY2, MONTH2, YEAR_SPEC.optional()),
    rule(DAY, MONTH, DASH, DAY2, MONTH2, rule(YEAR, YEAR_WORD.optional()).optional()),
)
MONTH_RANGE = or_(
    rule(caseless("с"), MONTH, caseless("по"), MONTH2, rule(YEAR, YEAR_WORD.optional()).optional()),
    rule(MONTH, DASH, MONTH2, rule(YEAR, YEAR_WORD.optional()).optional()),
)
YEAR_RANGE = or_(
    rule(YEAR, DASH, YEAR2, YEAR_WORD),
    rule(caseless("с"), YEAR, YEAR_WORD.optional(), caseless("по"), YEAR2, YEAR_WORD),
)

# Parts of a year
QUARTER_WORD = normalized("квартал")
QUARTER_NUMBER = or_(
    dictionary(set(ORDINALS)).interpretation(DateFact.quarter.normalized().custom(ORDINALS.get)),
    in_caseless(set(ROMAN)).interpretation(DateFact.quarter.custom(lambda v: ROMAN[v.lower()])),
    number(1, 4).interpretation(DateFact.quarter.custom(int)),
)
QUARTER_NUMBER2 = or_(
    dictionary(set(ORDINALS)).interpretation(DateFact.quarter2.normalized().custom(ORDINALS.get)),
    in_caseless(set(ROMAN)).interpretation(DateFact.quarter2.custom(lambda v: ROMAN[v.lower()])),
    number(1, 4).interpretation(DateFact.quarter2.custom(int)),
)
OF_YEAR = or_(YEAR_SPEC, rule(normalized("год").interpretation(DateFact.shift.const(0))))
QUARTER = rule(
    QUARTER_NUMBER,
    rule(or_(DASH, caseless("и")), QUARTER_NUMBER2).optional(),
    QUARTER_WORD,
    OF_YEAR.optional(),
)
HALF = rule(
    dictionary({"первый", "второй"}).interpretation(
        DateFact.half.normalized().custom(ORDINALS.get)
    ),
    normalized("полугодие"),
    OF_YEAR.optional(),
)
SEASON_WORD = in_caseless(set(SEASONS)).interpretation(
    DateFact.season.custom(lambda w: SEASONS[w.lower()])
)
# "весной" alone is a date; "весна" alone is as often a name or a metaphor
SEASON = or_(
    rule(
        in_caseless({"весной", "летом", "осенью", "зимой"}).interpretation(
            DateFact.season.custom(lambda w: SEASONS[w.lower()])
        ),
        YEAR_SPEC.optional(),
    ),
    rule(SEASON_WORD, YEAR_SPEC),
    rule(in_caseless({"в", "во", "с", "после", "до", "к"}), SEASON_WORD, YEAR_SPEC.optional()),
)
PART = rule(
    dictionary(set(PARTS)).interpretation(DateFact.part.normalized().custom(PARTS.get)),
    or_(rule(MONTH, YEAR_SPEC.optional()), OF_YEAR),
)
# 2030-х годах, 2020-е годы; "90-х" only with a year word or a preposition before it
DECADE_SUFFIX = rule(DASH.optional(), in_caseless({"х", "е", "ые", "ых", "ми", "м"}))
# "в начале 90-х", "с 2000-х годов": a part of the decade, or an open end or start
DECADE_PART = rule(
    dictionary(set(PARTS)).interpretation(DateFact.part.normalized().custom(PARTS.get))
)
DECADE_BOUND = or_(
    rule(in_caseless({"с", "со"}).interpretation(DateFact.bound.const("с"))),
    rule(in_caseless({"до", "к"}).interpretation(DateFact.bound.normalized())),
)
DECADE_LEAD = or_(DECADE_PART, DECADE_BOUND, rule(in_caseless({"в", "во"})))
TWO_DIGIT_DECADE = and_(
    number(10, 90), length_eq(2), custom(lambda value: value.endswith("0"))
).interpretation(DateFact.decade.custom(int))
DECADE = or_(
    rule(
        or_(DECADE_PART, DECADE_BOUND).optional(),
        and_(number(1000, 2100), custom(lambda value: value.endswith("0"))).interpretation(
            DateFact.decade.custom(int)
        ),
        DECADE_SUFFIX,
        and_(normalized("год"), gram("plur")).optional(),
    ),
    rule(DECADE_LEAD.optional(), TWO_DIGIT_DECADE, DECADE_SUFFIX, normalized("год")),
    rule(DECADE_LEAD, TWO_DIGIT_DECADE, DECADE_SUFFIX),
)
