"""Rules added after the fiftieth blind news set (`data/gold/timex/blind_news_50.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- Business hours written with the run of weekdays after the hours ("from 9am to 5pm Monday to Friday",
  "8 a.m. to 8 p.m. ET Monday through Friday") are a schedule: the weekday opening the run is not the day
  of the clock time before it, both ends of the run are weekday sets, and the hours are every such day's.
  A clock time that closes no range ("from 10 a.m. Saturday through Monday") leaves the days dates.
- A clock time told with a weekday's recurring part of the day ("until 9 p.m. every Thursday evening")
  is that time of every such evening; a later clock time of the same sentence is too, even past the day
  the habit runs until ("through Labor Day, with a talk at 7 p.m.").
- "the year ended December 31, 2013" is the calendar year 2013 (a DATE): a year closing on 31 December
  has a calendar value, where one closing on 31 March is only a length and its closing day.
- "at the end of the fiscal year after eight years in the job": a count of units after "after" is a
  length of its own, not an event the year is counted from ("the year after the merger" still is).
- "we enter 2015 with a record backlog": entering a year, like ending or beginning one ("ended 2025
  with"), names the year as a stretch of business.
- "no later than 5pm on that date": a bound on a point in time is a signal outside the clock time's
  extent, as it is outside a date's ("no later than 31 December").
- "We finished 2014 with our strongest quarter of the year": a ranking within "the year" right after a
  year the sentence names is within that year, not the current one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

SATURDAY = date(2012, 6, 16)
WEDNESDAY = date(2015, 2, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our advisers take calls from 9am to 5pm Monday to Friday.",
            [
                ("9am", "TIME", "XXXX-XX-XXT09:00"),
                ("5pm", "TIME", "XXXX-XX-XXT17:00"),
                ("Monday", "SET", "XXXX-WXX-1"),
                ("Friday", "SET", "XXXX-WXX-5"),
            ],
        ),
        (
            "The hotline is staffed from 7 a.m. to 11 p.m. ET Monday through Saturday.",
            [
                ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
                ("11 p.m. ET", "TIME", "XXXX-XX-XXT23:00"),
                ("Monday", "SET", "XXXX-WXX-1"),
                ("Saturday", "SET", "XXXX-WXX-6"),
            ],
        ),
        (
            "The pharmacy opens 8am-6pm, Tuesday to Saturday.",
            [
                ("8am", "TIME", "XXXX-XX-XXT08:00"),
                ("6pm", "TIME", "XXXX-XX-XXT18:00"),
                ("Tuesday", "SET", "XXXX-WXX-2"),
                ("Saturday", "SET", "XXXX-WXX-6"),
            ],
        ),
        (
            "The clearance sale runs from 10 a.m. Saturday through Monday.",
            [
                ("10 a.m.", "TIME", "2012-06-16T10:00"),
                ("Saturday", "DATE", "2012-06-16"),
                ("Monday", "DATE", "2012-06-18"),
            ],
        ),
    ],
)
def test_hours_before_a_run_of_weekdays_are_a_schedule(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gallery will stay open until 10 p.m. every Friday evening this summer.",
            [
                ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
                ("every Friday evening", "SET", "XXXX-WXX-5TEV"),
                ("this summer", "DATE", "2012-SU"),
            ],
        ),
        (
            "The library will stay open late every Tuesday evening until Christmas, with a reading at 6 p.m.",
            [
                ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
                ("Christmas", "DATE", "2012-12-25"),
                ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ],
        ),
    ],
)
def test_a_clock_time_of_a_weekday_evening_habit_is_every_such_evening(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The risks are set out in the annual report for the year ended December 31, 2012.",
            [("the year", "DATE", "2012"), ("December 31, 2012", "DATE", "2012-12-31")],
        ),
        (
            "Revenue was $40 million in the year ended March 31, 2014.",
            [("the year", "DURATION", "P1Y"), ("March 31, 2014", "DATE", "2014-03-31")],
        ),
    ],
)
def test_a_year_ended_december_31_is_the_calendar_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chairman will retire at the end of the fiscal year after 12 years on the board.",
            [("the end of the fiscal year", "2015", "END"), ("12 years", "P12Y", None)],
        ),
        (
            "She steps down at the end of the financial year after six years as chief executive.",
            [("the end of the financial year", "2015", "END"), ("six years", "P6Y", None)],
        ),
    ],
)
def test_a_length_after_a_fiscal_year_is_no_event_it_counts_from(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The retailer enters 2015 with almost no debt.", [("2015", "DATE", "2015")]),
        ("The airline entered 2014 with six new aircraft on order.", [("2014", "DATE", "2014")]),
    ],
)
def test_entering_a_year_names_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Entries close on 20 March and must reach the office no later than 4pm on that day.",
            [
                ("20 March", "DATE", "2015-03-20"),
                ("4pm", "TIME", "2015-03-20T16:00"),
                ("that day", "DATE", "2015-03-20"),
            ],
        ),
        (
            "Doors will open no earlier than 6 p.m. on Friday.",
            [("6 p.m.", "TIME", "2015-02-13T18:00"), ("Friday", "DATE", "2015-02-13")],
        ),
    ],
)
def test_a_bound_on_a_clock_time_stays_outside_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brewer closed 2013 with its busiest month of the year.",
            [("2013", "DATE", "2013"), ("the year", "DATE", "2013")],
        ),
        (
            "In 2012 she won her third title of the year in Madrid.",
            [("2012", "DATE", "2012"), ("the year", "DATE", "2012")],
        ),
        (
            "Monday was the coldest day of the year.",
            [("Monday", "DATE", "2015-02-09"), ("the year", "DATE", "2015")],
        ),
    ],
)
def test_a_ranking_within_the_year_just_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
