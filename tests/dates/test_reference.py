"""The reference date: the page's own date, else its dateline's, else the story's latest
full date, else the caller's; each with where it came from."""

from datetime import date

import pytest

from nlp_extract.dates.reference import Reference, as_date, parse_iso, reference_date
from nlp_extract.errors import UsageError
from nlp_extract.reading.page import parse_page


def reference(extractor, text, given="2020-01-01"):
    page = parse_page(text)
    story = extractor.dates.story_date(extractor.dates.find(text, page.regions))
    return reference_date(text, page, extractor.dates, given, story)


def test_the_page_date_wins(extractor):
    text = "date 2026-02-19 https://example.org/a\nЗаголовок\nМОСКВА, 3 марта 2025 — ТАСС. Текст."
    assert reference(extractor, text) == Reference(date(2026, 2, 19), "metadata")


def test_a_timestamp_line_is_the_pages_date(extractor):
    text = "13:41 19.02.2026 (обновлено: 14:53 19.02.2026)\nМинистр прибыл 3 марта 2025 года."
    assert reference(extractor, text) == Reference(date(2026, 2, 19), "timestamp")


def test_a_dated_dateline_comes_next(extractor):
    text = "МОСКВА, 3 марта 2025 — ТАСС. Министр прибыл вчера, 1 марта 2024 года."
    assert reference(extractor, text) == Reference(date(2025, 3, 3), "dateline")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the full date written earlier tells the story's time: "30 ноября" is of 2018
        (
            "Саммит открылся 11 ноября 2018 года в Париже. Следующая встреча пройдет "
            "с 30 ноября по 1 декабря.",
            date(2018, 11, 11),
        ),
        # the latest of several full dates
        ("Договор подписан 5 мая 2010 года и продлен 7 июня 2015 года.", date(2015, 6, 7)),
    ],
)
def test_the_storys_latest_full_date_comes_before_the_callers(extractor, text, expected):
    assert reference(extractor, text) == Reference(expected, "story")


@pytest.mark.parametrize(
    "text",
    [
        "Министр прибыл вчера.",
        "Министр прибыл 5 мая.",  # a day with no year tells no year
        "В 2015 году министр прибыл в Минск.",  # a year tells no day
    ],
)
def test_the_callers_date_is_the_last_resort(extractor, text):
    assert reference(extractor, text) == Reference(date(2020, 1, 1), "option")
    assert reference(extractor, text, None) == Reference(None, None)


def test_a_story_with_a_full_date_resolves_its_relative_dates(extractor):
    text = "Форум открылся 11 ноября 2018 года. С 30 ноября по 1 декабря пройдет саммит."
    doc = extractor.extract(text)
    assert (doc.meta.reference_date, doc.meta.reference_date_source) == ("2018-11-11", "story")
    (summit,) = [d for d in doc.dates if d.text.startswith("С 30 ноября")]
    assert (summit.start_date, summit.end_date) == ("2018-11-30", "2018-12-01")


def test_dates_given_and_parsed():
    assert as_date(date(2026, 1, 2)) == date(2026, 1, 2)
    assert parse_iso("2026-13-01") is None
    with pytest.raises(UsageError):
        as_date("19.02.2026")


@pytest.mark.parametrize(
    "path, expected",
    [
        ("news/2018-11-11_summit.txt", "2018-11-11"),
        ("news/summit_20181111.html", "2018-11-11"),
        ("2018_11_11.txt", "2018-11-11"),
        ("folder_2018-11-11/story.txt", None),  # the file's own name only
        ("report_2018-13-40.txt", None),  # no such day
        ("id_120181111999.txt", None),  # digits of a longer number
        ("story.txt", None),
    ],
)
def test_the_date_a_file_name_holds(path, expected):
    from nlp_extract.dates.reference import name_date

    assert name_date(path) == expected
