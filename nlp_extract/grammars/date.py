"""A yargy grammar for Russian date expressions.

The grammar only recognises and labels the parts of an expression (day, month,
quarter, shift of a relative unit …); `dates.resolve` turns those parts into a
calendar interval against the document's reference date.
"""

from __future__ import annotations

from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    eq,
    gram,
    gte,
    in_caseless,
    length_eq,
    lte,
    normalized,
    type,
)

from .date_words import (
    EVERY,
    MONTH_ABBREVIATIONS,
    MONTH_FORM,
    NUMBER_WORDS,
    ORDINALS,
    PARTS,
    RELATIVE_DAYS,
    ROMAN,
    SEASONS,
    SHIFT_STEMS,
    SHIFTS,
    UNITS,
    WEEKDAY_STEMS,
    WEEKDAYS,
    by_stem,
    month_number,
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


def month_name(attribute):  # type: ignore[no-untyped-def]
    full = custom(lambda word: bool(MONTH_FORM.match(word.lower()))).interpretation(
        attribute.custom(month_number)
    )
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
# "2026 года" or "этого/прошлого года": the year of a day, month, season or quarter
YEAR_SPEC = or_(
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
YEAR_DATE = rule(YEAR, YEAR_WORD)

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
        normalized("год").optional(),
    ),
    rule(DECADE_LEAD.optional(), TWO_DIGIT_DECADE, DECADE_SUFFIX, normalized("год")),
    rule(DECADE_LEAD, TWO_DIGIT_DECADE, DECADE_SUFFIX),
)

# Relative expressions
RELATIVE_DAY = dictionary(set(RELATIVE_DAYS)).interpretation(
    DateFact.rel.normalized().custom(RELATIVE_DAYS.get)
)
# singular only: "за эти годы" is a stretch of time, not a calendar year
# no "следующий день": that counts from the story, not from the reference date
SHIFTED = rule(
    dictionary(set(SHIFTS)).interpretation(DateFact.shift.custom(by_stem(SHIFT_STEMS))),
    and_(dictionary(set(UNITS) - {"день", "сутки"}), gram("sing")).interpretation(
        DateFact.unit.normalized().custom(UNITS.get)
    ),
)
AMOUNT = or_(
    number(1, 1000).interpretation(DateFact.amount.custom(int)),
    dictionary(set(NUMBER_WORDS)).interpretation(
        DateFact.amount.normalized().custom(NUMBER_WORDS.get)
    ),
)
UNIT_WORD = dictionary(set(UNITS) | {"лето"})  # "лет" normalises to "лето"


def unit_of(word: str) -> str:
    return UNITS.get(word, "year")


UNIT = UNIT_WORD.interpretation(DateFact.unit.normalized().custom(unit_of))
# "год назад", "через неделю": one unit, in the accusative
SINGLE_UNIT = in_caseless({"год", "месяц", "неделю", "день", "сутки", "квартал"}).interpretation(
    DateFact.unit.normalized().custom(unit_of)
)
# "год назад" counts one; "лет назад" with no number ("много лет назад") is no date
COUNTED = or_(rule(AMOUNT, UNIT), rule(SINGLE_UNIT))
ABOUT = in_caseless({"около", "почти", "примерно", "более", "менее", "ровно", "уже", "еще", "ещё"})
AGO = rule(
    ABOUT.optional(),
    COUNTED,
    in_caseless({"назад", "тому"}).interpretation(DateFact.ago.const(True)),
)
LATER = rule(caseless("через").interpretation(DateFact.later.const(True)), COUNTED)
# "среда" is also "environment": a weekday needs its preposition
WEEKDAY = rule(
    in_caseless({"в", "во", "на", "с", "по", "к"}),
    rule(
        dictionary({"прошлый", "следующий", "этот", "будущий", "минувший"}).interpretation(
            DateFact.shift.custom(by_stem(SHIFT_STEMS))
        )
    ).optional(),
    dictionary(set(WEEKDAYS)).interpretation(DateFact.weekday.custom(by_stem(WEEKDAY_STEMS))),
)
# "сроком на пять лет", "в течение трех лет", "за последние 200 лет"; a bare "52 года"
# is as often an age as a stretch of time, so a duration needs its lead word
WITHIN = rule(caseless("в"), in_caseless({"течение", "течении"}))
DURATION_LEAD = or_(
    rule(normalized("срок"), caseless("на")),
    WITHIN,
    rule(caseless("на"), normalized("протяжение")),
    rule(caseless("за"), dictionary({"последний", "прошедший", "минувший"}).optional()),
    rule(
        in_caseless({"на", "около", "почти", "более", "свыше", "примерно", "спустя", "последние"})
    ),
    rule(caseless("не"), in_caseless({"более", "менее"})),
).interpretation(DateFact.duration.const(True))
DURATION = or_(
    rule(DURATION_LEAD, AMOUNT, UNIT, rule(AMOUNT, UNIT).optional()),
    rule(
        WITHIN.interpretation(DateFact.duration.const(True)),
        in_caseless({"года", "месяца", "недели", "дня", "суток", "квартала"}).interpretation(
            DateFact.unit.normalized().custom(unit_of)
        ),
    ),
)

# Counted from the story, not from the reference date: found, left unresolved.
STORY_UNIT = in_caseless({"день", "году", "месяце", "неделе", "вечер", "утро"})
ANAPHOR = or_(
    rule(caseless("на"), normalized("следующий"), in_caseless({"день", "утро"})),
    rule(in_caseless({"в", "во"}), normalized("тот"), caseless("же").optional(), STORY_UNIT),
    rule(in_caseless({"в", "во"}), normalized("этот"), caseless("же"), STORY_UNIT),
    rule(in_caseless({"на"}), caseless("днях")),
    rule(
        in_caseless({"в"}),
        in_caseless({"настоящее", "настоящий"}),
        in_caseless({"время", "момент"}),
    ),
).interpretation(DateFact.anaphor.const(True))
TODAY_PHRASE = rule(
    in_caseless({"на", "с", "до"}), in_caseless({"сегодняшний", "сегодняшнего"}), normalized("день")
).interpretation(DateFact.rel.const(0))
EVERY_RULE = in_caseless(set(EVERY)).interpretation(
    DateFact.every.custom(lambda w: EVERY[w.lower()])
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
    TODAY_PHRASE,
).interpretation(DateFact)
