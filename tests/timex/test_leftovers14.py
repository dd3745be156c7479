"""Mends of known leftovers: each row a sentence of our own showing the general usage a rule now reads."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday counted from a holiday held on the n-th weekday of its month, as from a feast
        (
            "The sale runs on the Friday after Thanksgiving.",
            [("the Friday after Thanksgiving", "DATE", "2021-11-26")],
        ),
        (
            "Schools reopened on the Tuesday after Labor Day.",
            [("the Tuesday after Labor Day", "DATE", "2020-09-08")],
        ),
        (
            "The race is always held on the Sunday before Memorial Day in 2022.",
            [("the Sunday before Memorial Day", "DATE", "2022-05-29"), ("2022", "DATE", "2022")],
        ),
        (
            "On the Friday after Thanksgiving 1990 it snowed.",
            [("the Friday after Thanksgiving 1990", "DATE", "1990-11-23")],
        ),
        # the US election day is itself counted from a Monday: the day after it still follows that count
        (
            "In 2019 the count began on the Wednesday after Election Day.",
            [("2019", "DATE", "2019"), ("the Wednesday after Election Day", "DATE", "2019-11-06")],
        ),
        # minutes counted with "a" before "past" or "to" an hour: a clock face, as "one minute past" is
        (
            "The alarm went off at a minute past ten on Monday.",
            [("a minute past ten", "TIME", "2021-03-08T10:01"), ("Monday", "DATE", "2021-03-08")],
        ),
        ("He left at a minute to six.", [("a minute to six", "TIME", "2021-03-10T05:59")]),
        # ... while "a minute" before a noun is still a length
        ("She waited a minute past the deadline.", [("a minute", "DURATION", "PT1M")]),
        # hours "and a half" counted on from a clock time just told are a clock time, as "two and a half
        # hours later" is
        (
            "The ferry left at 9 a.m. An hour and a half later it docked.",
            [
                ("9 a.m.", "TIME", "2021-03-10T09:00"),
                ("An hour and a half later", "TIME", "2021-03-10T10:30"),
            ],
        ),
        (
            "The ferry left at 11 p.m. An hour and a half later it docked.",
            [
                ("11 p.m.", "TIME", "2021-03-10T23:00"),
                ("An hour and a half later", "TIME", "2021-03-11T00:30"),
            ],
        ),
        # ... with no clock time before, it stays a length
        ("An hour and a half later it docked.", [("An hour and a half", "DURATION", "PT1H30M")]),
        # coins and stamps counted by the sovereign they were issued under; a regnal year cited so is
        # followed by its verb, a plural one too
        ("He sold 3 George V coins at auction.", []),
        ("The statute of 13 Edward I was passed at Westminster.", [("13 Edward I", "DATE", "1285")]),
        ("The roll of 3 Edward I lists forty tenants.", [("3 Edward I", "DATE", "1275")]),
    ],
)
def test_leftovers14(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
