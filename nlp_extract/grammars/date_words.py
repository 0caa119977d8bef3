"""The words of Russian date expressions and their values: months, numbers, seasons,
parts, shifts, units, weekdays. The grammar (`grammars.date`) is built from them;
agreements use MONTH_FORM to stop a title before a date."""

from __future__ import annotations

import re

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
    ("се", 0),  # "сей" in every form: сего, сему, сем году
    ("си", 0),  # сию, сие, сии
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

# Inflected month names only: a lemma match would read "майя" (the people) as May.
MONTH_FORM = re.compile(
    r"^(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем|ём)"
    r"|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))$"
)


def is_month_form(word: str) -> bool:
    """An inflected month name ("марта", "маем"), any case: the grammar's month word."""
    return bool(MONTH_FORM.match(word.lower()))


def month_number(word: str) -> int:
    word = word.lower()
    for lemma, number in MONTHS.items():  # март is tried before май
        if word.startswith(lemma[:3] if lemma != "май" else "ма"):
            return number
    raise ValueError(word)
