"""Dates a story gives itself: "в тот же день" after the date before it, "в настоящее
время" as the reference day, and a story date that a later past year overrules."""

from datetime import date

import pytest

from nlp_extract.dates import DateExtractor


@pytest.fixture(scope="module")
def dates(extractor) -> DateExtractor:
    return extractor.dates


def read(dates, text, reference=None):
    """The text's dates as (text, start_date, end_date, unresolved), read as the pipeline
    reads a text with no date line: from its story date, else from `reference`."""
    found = dates.find(text, [(0, len(text))])
    told_from = dates.story_date(found) or reference
    return [
        (d.text, d.start_date, d.end_date, d.unresolved)
        for d in dates.resolve(text, found, told_from)
    ]


@pytest.mark.parametrize(
    "text, expression, start, end",
    [
        # class: same or next day of the previous day date ("вечер", "утро" are its days)
        (
            "Саммит открылся 11 ноября 2018 года. В тот же вечер лидеры ужинали.",
            "В тот же вечер",
            "2018-11-11",
            "2018-11-11",
        ),
        (
            "Саммит открылся 30 ноября 2018 года, а на следующее утро лидеры разъехались.",
            "на следующее утро",
            "2018-12-01",
            "2018-12-01",
        ),
        (
            "Вчера министр прибыл в Минск. На следующий день он уехал.",
            "На следующий день",
            "2026-02-19",
            "2026-02-19",
        ),
        # class: the year, month or week that holds the previous date
        (
            "В мае 2010 года завод закрыли, в том же году его продали.",
            "в том же году",
            "2010-01-01",
            "2010-12-31",
        ),
        (
            "Договор подписан 5 мая 2010 года, в том же месяце его расторгли.",
            "в том же месяце",
            "2010-05-01",
            "2010-05-31",
        ),
        (
            "Договор подписан 5 мая 2010 года, а на той же неделе его расторгли.",
            "на той же неделе",
            "2010-05-03",
            "2010-05-09",
        ),
        # trap: an explicit other year nearer than the story date is what "в тот же день" follows
        (
            "Форум прошел 11 ноября 2018 года. Договор был подписан 5 мая 2010 года. "
            "В тот же день его ратифицировали.",
            "В тот же день",
            "2010-05-05",
            "2010-05-05",
        ),
        # class: "в настоящее время" is now, the reference day
        (
            "В настоящее время министр находится в Минске.",
            "В настоящее время",
            "2026-02-19",
            "2026-02-19",
        ),
    ],
)
def test_a_story_date_follows_the_date_before_it(dates, text, expression, start, end):
    found = {item[0]: item[1:] for item in read(dates, text, date(2026, 2, 19))}
    assert found[expression] == (start, end, None)


@pytest.mark.parametrize(
    "text, expression, reason",
    [
        # traps: no date before it, or one that is not a single day
        ("На следующий день гости уехали.", "На следующий день", "from_the_story"),
        (
            "В мае 2010 года завод закрыли. На следующий день рабочие вышли на улицы.",
            "На следующий день",
            "from_the_story",
        ),
        (
            "В 2010–2012 годах завод строили, в том же году открыли.",
            "в том же году",
            "from_the_story",
        ),
        # trap: it names the event it counts from
        (
            "Выборы прошли 4 марта 2012 года, а на следующий день после оглашения итогов "
            "начались протесты.",
            "на следующий день",
            "from_the_story",
        ),
        (
            "Договор подписан 5 мая 2010 года. В тот же день, когда его ратифицировали, "
            "ушел министр.",
            "В тот же день",
            "from_the_story",
        ),
        # trap: the date before it lies paragraphs back
        (
            "Суд вынес приговор 19 июля 2013 года. "
            + "Пострадавшие рассказали журналистам о своих ранениях и лечении. " * 9
            + "Трое его друзей в тот день потеряли ноги.",
            "в тот день",
            "from_the_story",
        ),
        # "на днях" counts from no date the story gives
        ("Договор подписан 5 мая 2010 года. На днях его продлят.", "На днях", "from_the_story"),
        # with no reference date, now is unknown
        ("В настоящее время министр находится в Минске.", "В настоящее время", "no_reference_date"),
    ],
)
def test_what_the_story_does_not_date_stays_unresolved(dates, text, expression, reason):
    found = {item[0]: item[1:] for item in read(dates, text)}
    assert found[expression] == (None, None, reason)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a later year told in the past: the full date is a life's, not the story's now
        ("Он родился 7 февраля 1929 года. В 1990 году он переехал в Москву. Вчера он умер.", None),
        ("Фильм вышел 3 марта 1975 года, а в 2005 году его отреставрировали.", None),
        # a later year that lies ahead, or bounds a plan, leaves the story date as it is
        (
            "Саммит прошел 11 ноября 2018 года. В 2019 году пройдет следующий.",
            date(2018, 11, 11),
        ),
        ("Программу приняли 5 мая 2015 года, она продлится до 2030 года.", date(2015, 5, 5)),
        # class: a date told in the future lies after the story's now: the latest of
        # the others, or the earliest ahead when all are
        (
            "Протесты начались 17 февраля 2013 года. Выборы пройдут 12 мая 2013 года.",
            date(2013, 2, 17),
        ),
        (
            "Церемония пройдет 10 декабря 2010 года, а банкет состоится 11 декабря 2010 года.",
            date(2010, 12, 10),
        ),
        # a writer's aside ("напомним") is no future
        ("Напомним, 6 декабря 2010 года на остановке погиб болельщик.", date(2010, 12, 6)),
        # an earlier year told in the past is the story's past
        ("Его назначили 5 мая 2015 года. В 2009 году он возглавлял банк.", date(2015, 5, 5)),
    ],
)
def test_a_later_year_told_in_the_past_overrules_the_story_date(dates, text, expected):
    assert dates.story_date(dates.find(text, [(0, len(text))])) == expected


def test_no_wrong_story_year_for_the_dates_after_a_life(dates):
    text = "Он родился 7 февраля 1929 года. В 1990 году он переехал в Москву. Вчера он умер."
    found = {item[0]: item[1:] for item in read(dates, text)}
    assert found["Вчера"] == (None, None, "no_reference_date")


@pytest.mark.parametrize(
    "text, expression, start",
    [
        # class: a day within a month after the story date, told in the past, is of
        # that year: the story's now is at or after its latest written date
        (
            "Законопроект был принят Госдумой 14 июня 2017 года, а 28 июня его одобрил "
            "Совет Федерации.",
            "28 июня",
            "2017-06-28",
        ),
        (
            "Форум завершился 29 декабря 2016 года. 5 января участники разъехались.",
            "5 января",
            "2017-01-05",
        ),
        # traps: further than a month, the past tense still sends it back a year
        (
            "Договор подписан 14 июня 2017 года. 28 сентября его расторгли.",
            "28 сентября",
            "2016-09-28",
        ),
        # a written year is kept
        (
            "Договор подписан 14 июня 2017 года, а 28 июня 2015 года расторгнут.",
            "28 июня 2015 года",
            "2015-06-28",
        ),
        # a dateline is the now itself: the past lies before it
        (
            "МОСКВА, 14 июня 2017 — ТАСС. 28 июня законопроект одобрил Совет Федерации.",
            "28 июня",
            "2016-06-28",
        ),
    ],
)
def test_a_day_just_after_the_story_date_is_of_its_year(extractor, text, expression, start):
    found = {d.text: d.start_date for d in extractor.extract(text).dates}
    assert found[expression] == start


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a weekday with its day and month fixes the year among those the text names
        (
            "В среду, 21 декабря, Дума собралась на первое заседание. Выборы в нее прошли "
            "в 2011 году.",
            date(2011, 12, 21),
        ),
        # traps: no year named; two named years fit; the named year does not fit
        ("В среду, 21 декабря, Дума собралась на первое заседание.", None),
        (
            "В среду, 21 декабря, Дума собралась. Выборы прошли в 2011 году, следующие "
            "пройдут в 2016 году.",
            None,
        ),
        ("В среду, 21 декабря, Дума собралась. Выборы прошли в 2010 году.", None),
    ],
)
def test_a_weekday_and_its_day_give_the_story_date(dates, text, expected):
    assert dates.story_date(dates.find(text, [(0, len(text))])) == expected


@pytest.mark.parametrize(
    "text, reference, expression, start",
    [
        # class: a weekday and its day are the nearest day that falls on that weekday
        (
            "Встреча пройдет в понедельник, 28 июня.",
            date(2021, 6, 20),
            "в понедельник, 28 июня",
            "2021-06-28",
        ),
        (
            "В пятницу, 14 января, госпиталь закрыли.",
            date(2011, 1, 15),
            "В пятницу, 14 января",
            "2011-01-14",
        ),
        # a written year is kept whatever the weekday
        (
            "В пятницу, 14 января 2010 года, госпиталь закрыли.",
            date(2011, 1, 15),
            "В пятницу, 14 января 2010 года",
            "2010-01-14",
        ),
    ],
)
def test_a_weekday_and_its_day(dates, text, reference, expression, start):
    found = {d.text: d.start_date for d in dates(text, [(0, len(text))], reference)}
    assert found[expression] == start
