"""The date words and their values, without the grammar."""

import pytest

from nlp_extract.grammars.date_words import (
    SHIFT_STEMS,
    WEEKDAY_STEMS,
    by_stem,
    is_month_form,
    month_number,
)


@pytest.mark.parametrize(
    "word, number",
    [("января", 1), ("Марта", 3), ("мае", 5), ("маем", 5), ("августом", 8), ("декабрь", 12)],
)
def test_an_inflected_month_name_is_a_month_with_its_number(word, number):
    assert is_month_form(word)
    assert month_number(word) == number


@pytest.mark.parametrize("word", ["майя", "Майами", "марши", "январский", "мая2"])
def test_words_that_only_begin_like_a_month_are_no_month(word):
    assert not is_month_form(word)


@pytest.mark.parametrize(
    "stems, word, value",
    [
        (SHIFT_STEMS, "позапрошлом", -2),  # tried before "прошл"
        (SHIFT_STEMS, "прошлого", -1),
        (SHIFT_STEMS, "этого", 0),  # pymorphy's lemma would be "это"
        (SHIFT_STEMS, "Следующей", 1),
        (WEEKDAY_STEMS, "среду", 2),
        (WEEKDAY_STEMS, "воскресенье", 6),
    ],
)
def test_shifts_and_weekdays_are_read_by_their_stems(stems, word, value):
    assert by_stem(stems)(word) == value
