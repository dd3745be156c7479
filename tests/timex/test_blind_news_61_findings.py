"""Rules added after the sixty-first blind news set (`data/gold/timex/blind_news_61.jsonl`, religion and
faith news) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "the second Sunday of Advent", "Advent Sunday": Advent opens on the fourth Sunday before Christmas Day,
  so its Sundays are days the calendar fixes, as Easter's dependants are (set off after a date that can
  be the day, "13 December 1545, the third Sunday of Advent", it restates the date, as other feasts do).
- "Holy Week": the week before Easter, whose weekdays lie in the ISO week that ends on Easter Sunday.
- "open until Thursday" written on a Thursday: the writer's own day would be "today", so the Thursday
  meant is a week on.
- "after Friday prayers", "Sunday attendance", "Sunday school": worship kept on that day of every week,
  as "Sunday buses" are a service, not a date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2016, 11, 7)
TUESDAY = date(2022, 11, 1)
WEDNESDAY = date(2024, 1, 10)
THURSDAY = date(2012, 12, 27)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The church will hold its last service on the second Sunday of Advent.",
            MONDAY,
            [("the second Sunday of Advent", "DATE", "2016-12-04")],
        ),
        (
            # Christmas Day 2022 is a Sunday, so the fourth Sunday of Advent is the one a week before it
            "The bishop will preach on the fourth Sunday in Advent.",
            TUESDAY,
            [("the fourth Sunday in Advent", "DATE", "2022-12-18")],
        ),
        ("The appeal will be launched on Advent Sunday.", TUESDAY, [("Advent Sunday", "DATE", "2022-11-27")]),
    ],
)
def test_sundays_of_advent(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Confessions will be heard in Holy Week.", date(2019, 4, 10), [("Holy Week", "DATE", "2019-W16")]),
        (
            "The parish held extra services during Holy Week.",
            date(2019, 2, 1),
            [("Holy Week", "DATE", "2018-W13")],
        ),
        ("They were married in Holy Week 1850.", None, [("Holy Week 1850", "DATE", "1850-W13")]),
    ],
)
def test_holy_week_is_the_week_ending_on_easter(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "A book of condolence is open in the cathedral until Thursday.",
            THURSDAY,
            [("Thursday", "DATE", "2013-01-03")],
        ),
        ("The exhibition will stay open till Thursday.", THURSDAY, [("Thursday", "DATE", "2013-01-03")]),
        # written on another day, the coming Thursday
        (
            "A book of condolence is open until Thursday.",
            date(2012, 12, 25),
            [("Thursday", "DATE", "2012-12-27")],
        ),
    ],
)
def test_until_the_writers_own_weekday_is_a_week_on(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds gathered outside the mosque after Friday prayers.", []),
        ("Average Sunday attendance has fallen to 40.", []),
        ("She taught Sunday school for years.", [("years", "DURATION", "PXY")]),
        ("The bishop will preach on Sunday.", [("Sunday", "DATE", "2012-12-30")]),
    ],
)
def test_worship_kept_on_a_weekday_is_no_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
