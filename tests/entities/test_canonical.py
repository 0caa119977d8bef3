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
    # "Рональда Пирса Холла" read as "Рональд Пирс Холла"; "Рональд Холл" written
    written = {"Рональд", "Холл"}
    assert with_written_nominatives("Рональд Пирс Холла", written) == "Рональд Пирс Холл"
    # of three forms the one the others decline from
    written = {"Тамуке", "Тамуки", "Тамука", "Нгвенья"}
    assert with_written_nominatives("Тамуке Нгвенья", written) == "Тамука Нгвенья"


def test_a_form_no_other_written_form_declines_from_stays():
    assert with_written_nominatives("Тамуке Нгвенья", {"Тамуке", "Нгвенья"}) == "Тамуке Нгвенья"


def test_a_womans_surname_is_no_mans_declined_unless_the_text_tells_a_man():
    written = {"Анна", "Иванова", "Иванов"}
    assert with_written_nominatives("Анна Иванова", written) == "Анна Иванова"
    assert with_written_nominatives("Анна Иванова", written, lambda: True) == "Анна Иванова"
    assert with_written_nominatives("Пётр Иванова", written, lambda: False) == "Пётр Иванов"


def test_a_womans_first_name_stays_when_the_text_tells_a_woman():
    # one entity for a daughter and her father of one surname: her name stays hers
    written = {"Юлиана", "Юлиан", "Грот"}
    assert with_written_nominatives("Юлиана Грот", written, lambda: True) == "Юлиана Грот"
    assert with_written_nominatives("Юлиана Грот", written, lambda: False) == "Юлиан Грот"
    # untold, a woman's form the text writes as a name stays too
    assert with_written_nominatives("Юлиана Грот", written) == "Юлиана Грот"
