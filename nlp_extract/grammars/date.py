"""A yargy grammar for Russian date expressions.

The grammar only recognises and labels the parts of an expression (day, month,
quarter, shift of a relative unit …); `dates.resolve` turns those parts into a
calendar interval against the document's reference date.

The rules live by concern: `date_fact` (the record and the number tokens),
`date_calendar` (days, months, years, their ranges and parts), `date_relative`
(counted from the reference date or the story); here they are joined into DATE.
"""

from __future__ import annotations

from yargy import or_, rule
from yargy.predicates import in_caseless

from .date_calendar import (
    DAY_DATE,
    DAY_RANGE,
    DECADE,
    HALF,
    MONTH,
    MONTH_DATE,
    MONTH_RANGE,
    PART,
    QUARTER,
    SEASON,
    SEASON_WORD,
    YEAR,
    YEAR2,
    YEAR_DATE,
    YEAR_RANGE,
    YEAR_SPEC,
    YEAR_WORD,
)
from .date_fact import DASH, DateFact
from .date_relative import (
    AGO,
    ANAPHOR,
    DURATION,
    EVERY_RULE,
    LATER,
    PRESENT,
    RELATIVE_DAY,
    SHIFTED,
    TODAY_PHRASE,
    WEEKDAY,
)

POINT = or_(DAY_DATE, MONTH_DATE, YEAR_DATE, QUARTER, HALF, SEASON, PART, DECADE)
# "до 31.12.2030", "к 2030 году": an open start
BOUNDED = rule(
    in_caseless({"до", "к"}).interpretation(DateFact.bound.normalized()),
    or_(
        DAY_DATE,
        MONTH_DATE,
        YEAR_DATE,
        QUARTER,
        PART,
        rule(MONTH, YEAR_SPEC.optional()),
        rule(SEASON_WORD, YEAR_SPEC.optional()),
    ),
)
# "с 2002 года", "с 21 июня", "с начала 2011 года": an open end
SINCE = rule(
    in_caseless({"с", "со"}).interpretation(DateFact.bound.const("с")),
    or_(
        DAY_DATE,
        MONTH_DATE,
        YEAR_DATE,
        QUARTER,
        PART,
        rule(MONTH, YEAR_SPEC.optional()),
        rule(SEASON_WORD, YEAR_SPEC.optional()),
    ),
)
# "в 1997" with no year word; `dates` drops it when a noun follows ("в 2000 рублей")
BARE_YEAR = or_(
    rule(in_caseless({"в", "с", "до", "к", "после", "по"}).optional(), YEAR, YEAR_WORD.optional()),
    rule(YEAR, DASH, YEAR2),
)

# A month alone needs a preposition or a part word before it ("в феврале").
LONE_MONTH = rule(
    in_caseless({"в", "во", "с", "до", "к", "по", "после", "от"}), MONTH, YEAR_SPEC.optional()
)
# "в 2007-2008 годах": the preposition is taken so that the range is not cut after it
IN_RANGE = rule(in_caseless({"в", "во", "на"}), or_(DAY_RANGE, MONTH_RANGE, YEAR_RANGE))

DATE = or_(
    IN_RANGE,
    DAY_RANGE,
    MONTH_RANGE,
    YEAR_RANGE,
    BOUNDED,
    SINCE,
    POINT,
    LONE_MONTH,
    RELATIVE_DAY,
    SHIFTED,
    AGO,
    LATER,
    WEEKDAY,
    DURATION,
    EVERY_RULE,
    BARE_YEAR,
    ANAPHOR,
    PRESENT,
    TODAY_PHRASE,
).interpretation(DateFact)
