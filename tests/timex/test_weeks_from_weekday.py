""" "a week from Sunday", "two weeks from Monday", "a week on Saturday" and "a week ago Tuesday" are
one date each: that many weeks after (or before) the weekday named, as "Thursday week" is; after a
word of length ("runs for two weeks from Monday") the weeks are a length and the day its start."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote is a week from Sunday.", [("a week from Sunday", "DATE", "2022-02-13")]),
        ("The hearing is two weeks from Monday.", [("two weeks from Monday", "DATE", "2022-02-21")]),
        ("The final is a week on Saturday.", [("a week on Saturday", "DATE", "2022-02-12")]),
        ("He arrived a week ago Tuesday.", [("a week ago Tuesday", "DATE", "2022-01-25")]),
        ("The vote is Thursday week.", [("Thursday week", "DATE", "2022-02-17")]),
        (
            "The exercise runs for two weeks from Monday.",
            [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2022-02-07")],
        ),
        ("It would take a week on average.", [("a week", "DURATION", "P1W")]),
    ],
)
def test_weeks_counted_from_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
