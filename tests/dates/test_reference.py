"""The reference date: the page's own date, else its dateline's, else the caller's."""

from datetime import date

import pytest

from nlp_extract.dates.reference import as_date, parse_iso, reference_date
from nlp_extract.errors import UsageError
from nlp_extract.reading.page import parse_page


def test_the_page_date_wins(extractor):
    text = "date 2026-02-19 https://example.org/a\nЗаголовок\nМОСКВА, 3 марта 2025 — ТАСС. Текст."
    page = parse_page(text)
    assert reference_date(text, page, extractor.dates, "2020-01-01") == date(2026, 2, 19)


def test_a_dated_dateline_comes_next(extractor):
    text = "МОСКВА, 3 марта 2025 — ТАСС. Министр прибыл вчера."
    page = parse_page(text)
    assert reference_date(text, page, extractor.dates, "2020-01-01") == date(2025, 3, 3)


def test_the_callers_date_is_the_last_resort(extractor):
    text = "Министр прибыл вчера."
    assert reference_date(text, parse_page(text), extractor.dates, "2020-01-01") == date(2020, 1, 1)
    assert reference_date(text, parse_page(text), extractor.dates, None) is None


def test_dates_given_and_parsed():
    assert as_date(date(2026, 1, 2)) == date(2026, 1, 2)
    assert parse_iso("2026-13-01") is None
    with pytest.raises(UsageError):
        as_date("19.02.2026")
