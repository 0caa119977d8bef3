"""A person's canonical name: the words the text writes in the nominative put back."""

import pytest

from nlp_extract.entities.canonical import declines_to, with_written_nominatives


@pytest.mark.parametrize(
    "nominative, other, expected",
    [
        ("Тамука", "Тамуке", True),  # a man's name in -а declines as a woman's
        ("Тамука", "Тамукой", True),
        ("Холл", "Холла", True),
        ("Холл", "Холлом", True),
        ("Нгвенья", "Нгвеньи", True),
        ("Андрей", "Андрея", True),
        ("Игорь", "Игорем", True),
        ("Холл", "Холлы", False),
        ("Тамуке", "Тамука", False),  # no nominative ends in -е here
        ("Ли", "Лия", False),
    ],
)
def test_declines_to(nominative, other, expected):
    assert declines_to(nominative, other) is expected


def test_a_word_the_text_writes_in_the_nominative_elsewhere_replaces_its_declined_form():
    written = {"Рональд", "Пирс", "Холла", "Холл"}
    assert with_written_nominatives("Рональд Пирс Холла", written, None) == "Рональд Пирс Холл"
    # of three forms the one the others decline from
    written = {"Тамуке", "Тамуки", "Тамука", "Нгвенья"}
    assert with_written_nominatives("Тамуке Нгвенья", written, None) == "Тамука Нгвенья"


def test_a_form_no_other_written_form_declines_from_stays():
    assert with_written_nominatives("Тамуке Нгвенья", {"Тамуке", "Нгвенья"}, None) == (
        "Тамуке Нгвенья"
    )


def test_a_womans_surname_is_no_mans_declined_unless_the_text_tells_a_man():
    written = {"Анна", "Иванова", "Иванов"}
    assert with_written_nominatives("Анна Иванова", written, None) == "Анна Иванова"
    assert with_written_nominatives("Анна Иванова", written, True) == "Анна Иванова"
    assert with_written_nominatives("Пётр Иванова", written, False) == "Пётр Иванов"
