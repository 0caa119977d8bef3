"""The report's tables write a date interval as a reader would."""

import pytest

from nlp_extract.corpus.tables import when


@pytest.mark.parametrize(
    "start, end, written",
    [
        ("2016-03-05", "2016-03-05", "2016-03-05"),
        ("2016-03-05", None, "2016-03-05"),
        ("2016-01-01", "2016-12-31", "2016"),  # a year, not its first day
        ("2016-02-01", "2016-02-29", "2016-02"),  # a whole month, leap year
        ("2015-02-01", "2015-02-28", "2015-02"),
        ("2015-02-01", "2015-02-27", "2015-02-01 – 2015-02-27"),
        ("2016-01-01", "2017-12-31", "2016-01-01 – 2017-12-31"),  # two years: both ends
        ("2016-03-01", "2016-05-31", "2016-03-01 – 2016-05-31"),  # a season
        (None, None, "?"),
    ],
)
def test_an_interval_is_written_as_a_day_a_month_or_a_year(start, end, written):
    assert when(start, end) == written
