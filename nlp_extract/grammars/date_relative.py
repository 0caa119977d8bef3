"""Dates counted from the reference date or from the story: "вчера", "в прошлом году",
"три года назад", "в пятницу", "в течение трех лет", "в тот же день", "ежегодно"."""

from __future__ import annotations

from yargy import and_, or_, rule
from yargy.predicates import (
    caseless,
    dictionary,
    gram,
    in_caseless,
    normalized,
)

from .date_fact import DateFact, number
from .date_words import (
    EVERY,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    SHIFT_STEMS,
    SHIFTS,
    UNITS,
    WEEKDAY_STEMS,
    WEEKDAYS,
    by_stem,
)

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

# Counted from the story's previous date, not from the reference date: its unit and
# offset ("на следующий день": day, +1; "в том же году": year, 0) let `dates.story`
# place it after the date it follows; alone it stays unresolved.
STORY_UNITS = {"день": "day", "вечер": "day", "утро": "day", "году": "year", "месяце": "month"}
STORY_UNIT = in_caseless(set(STORY_UNITS) | {"неделе"}).interpretation(
    DateFact.unit.custom(lambda word: STORY_UNITS.get(word.lower(), "week"))
)
STORY = DateFact.anaphor.const(True)  # on the lead word: the unit keeps its own reading
IN = in_caseless({"в", "во", "на"}).interpretation(STORY)
NEXT_DAY = rule(
    caseless("на").interpretation(STORY),
    normalized("следующий").interpretation(DateFact.shift.const(1)),
    in_caseless({"день", "утро"}).interpretation(DateFact.unit.const("day")),
)
ANAPHOR = or_(
    NEXT_DAY,
    rule(IN, normalized("тот"), caseless("же").optional(), STORY_UNIT),
    rule(IN, normalized("этот"), caseless("же"), STORY_UNIT),
    rule(caseless("на"), caseless("днях")).interpretation(STORY),
)
# "в настоящее время": now, the reference day, as "сегодня" is
PRESENT = rule(
    in_caseless({"в"}),
    in_caseless({"настоящее", "настоящий"}),
    in_caseless({"время", "момент"}),
).interpretation(DateFact.rel.const(0))
TODAY_PHRASE = rule(
    in_caseless({"на", "с", "до"}), in_caseless({"сегодняшний", "сегодняшнего"}), normalized("день")
).interpretation(DateFact.rel.const(0))
EVERY_RULE = in_caseless(set(EVERY)).interpretation(
    DateFact.every.custom(lambda w: EVERY[w.lower()])
)
