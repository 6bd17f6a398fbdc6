from datetime import date

import pytest

from bfpp_desktop.core.children import Child, validate_child
from bfpp_desktop.core.dates import DateError, age_parts, parse_date

TODAY = date(2026, 11, 24)


def test_a_name_is_enough():
    assert validate_child(Child(full_name="Maya"), TODAY) == {}


def test_empty_name_is_refused_in_plain_words():
    assert "name" in validate_child(Child(full_name="   "), TODAY)["full_name"]


def test_birth_date_in_the_future():
    problems = validate_child(Child(full_name="A", birth_date=date(2027, 1, 1)), TODAY)
    assert "future" in problems["birth_date"]


def test_placement_before_birth():
    problems = validate_child(Child(full_name="A", birth_date=date(2020, 5, 1),
                                    placement_date=date(2020, 4, 30)), TODAY)
    assert "before the birth date" in problems["placement_date"]


def test_overlong_notes_name_the_limit():
    problems = validate_child(Child(full_name="A", notes="x" * 20_001), TODAY)
    assert "20,000" in problems["notes"]


@pytest.mark.parametrize("text,expected", [
    ("2024-03-15", date(2024, 3, 15)),
    (" 2024/3/5 ", date(2024, 3, 5)),
    ("15 March 2024", date(2024, 3, 15)),
    ("Mar 15, 2024", date(2024, 3, 15)),
    ("2024-02-29", date(2024, 2, 29)),
    ("", None),
])
def test_dates_people_type(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text,words", [
    ("2023-02-29", "28 days"),
    ("2024-04-31", "30 days"),
    ("2024-13-01", "no month 13"),
    ("03/04/2024", "year-month-day"),
    ("yesterday", "year-month-day"),
    ("31 Smarch 2024", "month name"),
])
def test_dates_that_do_not_exist_get_a_reason(text, words):
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert words in str(caught.value)


def test_age():
    assert age_parts(date(2019, 11, 25), TODAY) == (6, 11)
    assert age_parts(date(2019, 11, 24), TODAY) == (7, 0)
