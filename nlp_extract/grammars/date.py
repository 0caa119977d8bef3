"""A yargy grammar for Russian date expressions.

The grammar only recognises and labels the parts of an expression (day, month,
quarter, shift of a relative unit …); `dates.resolve` turns those parts into a
calendar interval against the document's reference date.
"""

from __future__ import annotations

import re

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

DateParts = fact(
    "DateParts",
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

MONTHS = {
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
}
MONTH_ABBREVIATIONS = {
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}
ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "четвёртый": 4}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
NUMBER_WORDS = {
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "пятнадцать": 15,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "сто": 100,
    "полтора": 1.5,
    "пара": 2,
    "несколько": 0,  # 0: a count we cannot know
}
# Inflected forms, not lemmas: "лет" (years) must not read as "лето" (summer).
SEASONS = {
    **dict.fromkeys(["зима", "зимой", "зимы", "зиму", "зиме"], "winter"),
    **dict.fromkeys(["весна", "весной", "весны", "весну", "весне"], "spring"),
    **dict.fromkeys(["лето", "летом", "лета", "лете"], "summer"),
    **dict.fromkeys(["осень", "осенью", "осени"], "autumn"),
}
PARTS = {"начало": "start", "середина": "middle", "конец": "end", "окончание": "end"}
RELATIVE_DAYS = {
    "сегодня": 0,
    "вчера": -1,
    "завтра": 1,
    "позавчера": -2,
    "послезавтра": 2,
}
# Matched on word stems: pymorphy normalises "этого" to the pronoun "это".
SHIFT_STEMS = [
    ("позапрошл", -2),
    ("прошл", -1),
    ("прошедш", -1),
    ("минувш", -1),
    ("предыдущ", -1),
    ("эт", 0),
    ("текущ", 0),
    ("нынешн", 0),
    ("сего", 0),
    ("наступивш", 0),
    ("следующ", 1),
    ("будущ", 1),
    ("наступающ", 1),
    ("грядущ", 1),
]
WEEKDAY_STEMS = [
    ("понедельник", 0),
    ("вторник", 1),
    ("сред", 2),
    ("четверг", 3),
    ("пятниц", 4),
    ("суббот", 5),
    ("воскресень", 6),
]


def by_stem(stems: list[tuple[str, int]]):  # type: ignore[no-untyped-def]
    def value(word: str) -> int:
        word = word.lower()
        for stem, number in stems:
            if word.startswith(stem):
                return number
        raise ValueError(word)

    return value


SHIFTS = {
    "прошлый": -1,
    "прошедший": -1,
    "минувший": -1,
    "предыдущий": -1,
    "позапрошлый": -2,
    "этот": 0,
    "текущий": 0,
    "нынешний": 0,
    "сей": 0,
    "следующий": 1,
    "будущий": 1,
    "наступающий": 1,
    "грядущий": 1,
    "наступивший": 0,
}
UNITS = {
    "год": "year",
    "месяц": "month",
    "неделя": "week",
    "день": "day",
    "сутки": "day",
    "квартал": "quarter",
    "полугодие": "half",
    "десятилетие": "decade",
}
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "четверг": 3,
    "пятница": 4,
    "суббота": 5,
    "воскресенье": 6,
}
EVERY = {
    "ежегодно": "P1Y",
    "ежемесячно": "P1M",
    "еженедельно": "P1W",
    "ежедневно": "P1D",
    "ежеквартально": "P3M",
}

DASH = in_caseless({"-", "–", "—"})
DOT = eq(".")


def number(low: int, high: int):  # type: ignore[no-untyped-def]
    return and_(type("INT"), gte(low), lte(high))


def int_in(low: int, high: int, attribute):  # type: ignore[no-untyped-def]
    return number(low, high).interpretation(attribute.custom(int))


# Inflected month names only: a lemma match would read "майя" (the people) as May.
MONTH_FORM = re.compile(
    r"^(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем|ём)"
    r"|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))$"
)


def month_number(word: str) -> int:
    word = word.lower()
    for lemma, number in MONTHS.items():  # март is tried before май
        if word.startswith(lemma[:3] if lemma != "май" else "ма"):
            return number
    raise ValueError(word)


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
YEAR = int_in(1000, 2100, DateParts.year)
# "2026 года" or "этого/прошлого года": the year of a day, month, season or quarter
YEAR_SPEC = or_(
    rule(YEAR, YEAR_WORD.optional()),
    rule(
        dictionary(set(SHIFTS)).interpretation(DateParts.shift.custom(by_stem(SHIFT_STEMS))),
        normalized("год"),
    ),
)
YEAR2 = int_in(1000, 2100, DateParts.year2)
DAY = int_in(1, 31, DateParts.day)
DAY2 = int_in(1, 31, DateParts.day2)
MONTH = month_name(DateParts.month)
MONTH2 = month_name(DateParts.month2)
MONTH_NUMBER = and_(number(1, 12), length_eq(2)).interpretation(DateParts.month.custom(int))
TIME = rule(number(0, 23), eq(":"), and_(number(0, 59), length_eq(2))).interpretation(
    DateParts.time
)

# 19.02.2026, 2026-02-19, 2026-02-19T13:41+0500
NUMERIC_DAY = or_(
    rule(DAY, DOT, MONTH_NUMBER, DOT, YEAR, YEAR_WORD.optional()),
    rule(
        YEAR,
        eq("-"),
        MONTH_NUMBER,
        eq("-"),
        and_(number(1, 31), length_eq(2)).interpretation(DateParts.day.custom(int)),
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
    dictionary(set(ORDINALS)).interpretation(DateParts.quarter.normalized().custom(ORDINALS.get)),
    in_caseless(set(ROMAN)).interpretation(DateParts.quarter.custom(lambda v: ROMAN[v.lower()])),
    number(1, 4).interpretation(DateParts.quarter.custom(int)),
)
QUARTER_NUMBER2 = or_(
    dictionary(set(ORDINALS)).interpretation(DateParts.quarter2.normalized().custom(ORDINALS.get)),
    in_caseless(set(ROMAN)).interpretation(DateParts.quarter2.custom(lambda v: ROMAN[v.lower()])),
    number(1, 4).interpretation(DateParts.quarter2.custom(int)),
)
OF_YEAR = or_(YEAR_SPEC, rule(normalized("год").interpretation(DateParts.shift.const(0))))
QUARTER = rule(
    QUARTER_NUMBER,
    rule(or_(DASH, caseless("и")), QUARTER_NUMBER2).optional(),
    QUARTER_WORD,
    OF_YEAR.optional(),
)
HALF = rule(
    dictionary({"первый", "второй"}).interpretation(
        DateParts.half.normalized().custom(ORDINALS.get)
    ),
    normalized("полугодие"),
    OF_YEAR.optional(),
)
SEASON_WORD = in_caseless(set(SEASONS)).interpretation(
    DateParts.season.custom(lambda w: SEASONS[w.lower()])
)
# "весной" alone is a date; "весна" alone is as often a name or a metaphor
SEASON = or_(
    rule(
        in_caseless({"весной", "летом", "осенью", "зимой"}).interpretation(
            DateParts.season.custom(lambda w: SEASONS[w.lower()])
        ),
        YEAR_SPEC.optional(),
    ),
    rule(SEASON_WORD, YEAR_SPEC),
    rule(in_caseless({"в", "во", "с", "после", "до", "к"}), SEASON_WORD, YEAR_SPEC.optional()),
)
PART = rule(
    dictionary(set(PARTS)).interpretation(DateParts.part.normalized().custom(PARTS.get)),
    or_(rule(MONTH, YEAR_SPEC.optional()), OF_YEAR),
)
# 2030-х годах, 2020-е годы; "90-х" only with a year word or a preposition before it
DECADE_SUFFIX = rule(DASH.optional(), in_caseless({"х", "е", "ые", "ых", "ми", "м"}))
DECADE = or_(
    rule(
        and_(number(1000, 2100), custom(lambda value: value.endswith("0"))).interpretation(
            DateParts.decade.custom(int)
        ),
        DECADE_SUFFIX,
        normalized("год").optional(),
    ),
    rule(
        in_caseless(
            {"в", "во", "с", "до", "к", "начале", "конце", "середине", "начала", "конца"}
        ).optional(),
        and_(
            number(10, 90), length_eq(2), custom(lambda value: value.endswith("0"))
        ).interpretation(DateParts.decade.custom(int)),
        DECADE_SUFFIX,
        normalized("год"),
    ),
    rule(
        in_caseless({"в", "во", "с", "до", "к", "начале", "конце", "середине", "начала", "конца"}),
        and_(
            number(10, 90), length_eq(2), custom(lambda value: value.endswith("0"))
        ).interpretation(DateParts.decade.custom(int)),
        DECADE_SUFFIX,
    ),
)

# Relative expressions
RELATIVE_DAY = dictionary(set(RELATIVE_DAYS)).interpretation(
    DateParts.rel.normalized().custom(RELATIVE_DAYS.get)
)
# singular only: "за эти годы" is a stretch of time, not a calendar year
# no "следующий день": that counts from the story, not from the reference date
SHIFTED = rule(
    dictionary(set(SHIFTS)).interpretation(DateParts.shift.custom(by_stem(SHIFT_STEMS))),
    and_(dictionary(set(UNITS) - {"день", "сутки"}), gram("sing")).interpretation(
        DateParts.unit.normalized().custom(UNITS.get)
    ),
)
AMOUNT = or_(
    number(1, 1000).interpretation(DateParts.amount.custom(int)),
    dictionary(set(NUMBER_WORDS)).interpretation(
        DateParts.amount.normalized().custom(NUMBER_WORDS.get)
    ),
)
UNIT_WORD = dictionary(set(UNITS) | {"лето"})  # "лет" normalises to "лето"


def unit_of(word: str) -> str:
    return UNITS.get(word, "year")


UNIT = UNIT_WORD.interpretation(DateParts.unit.normalized().custom(unit_of))
# "год назад", "через неделю": one unit, in the accusative
SINGLE_UNIT = in_caseless({"год", "месяц", "неделю", "день", "сутки", "квартал"}).interpretation(
    DateParts.unit.normalized().custom(unit_of)
)
# "год назад" counts one; "лет назад" with no number ("много лет назад") is no date
COUNTED = or_(rule(AMOUNT, UNIT), rule(SINGLE_UNIT))
ABOUT = in_caseless({"около", "почти", "примерно", "более", "менее", "ровно", "уже", "еще", "ещё"})
AGO = rule(
    ABOUT.optional(),
    COUNTED,
    in_caseless({"назад", "тому"}).interpretation(DateParts.ago.const(True)),
)
LATER = rule(caseless("через").interpretation(DateParts.later.const(True)), COUNTED)
# "среда" is also "environment": a weekday needs its preposition
WEEKDAY = rule(
    in_caseless({"в", "во", "на", "с", "по", "к"}),
    rule(
        dictionary({"прошлый", "следующий", "этот", "будущий", "минувший"}).interpretation(
            DateParts.shift.custom(by_stem(SHIFT_STEMS))
        )
    ).optional(),
    dictionary(set(WEEKDAYS)).interpretation(DateParts.weekday.custom(by_stem(WEEKDAY_STEMS))),
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
).interpretation(DateParts.duration.const(True))
DURATION = or_(
    rule(DURATION_LEAD, AMOUNT, UNIT, rule(AMOUNT, UNIT).optional()),
    rule(
        WITHIN.interpretation(DateParts.duration.const(True)),
        in_caseless({"года", "месяца", "недели", "дня", "суток", "квартала"}).interpretation(
            DateParts.unit.normalized().custom(unit_of)
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
).interpretation(DateParts.anaphor.const(True))
TODAY_PHRASE = rule(
    in_caseless({"на", "с", "до"}), in_caseless({"сегодняшний", "сегодняшнего"}), normalized("день")
).interpretation(DateParts.rel.const(0))
EVERY_RULE = in_caseless(set(EVERY)).interpretation(
    DateParts.every.custom(lambda w: EVERY[w.lower()])
)

POINT = or_(DAY_DATE, MONTH_DATE, YEAR_DATE, QUARTER, HALF, SEASON, PART, DECADE)
# "до 31.12.2030", "к 2030 году": an open start
BOUNDED = rule(
    in_caseless({"до", "к"}).interpretation(DateParts.bound.normalized()),
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
).interpretation(DateParts)
