"""Rules added after the seventh blind news set (`data/gold/timex/blind_news_7.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- Wire copy puts "on" between "late"/"early" and the day ("late on Friday", "early on Sunday"): one
  expression, the day with mod END or START, as "late Friday" is.
- "every few days" recurs at an unspecified interval: a SET (PXD), as "every two days" is P2D.
- "Another hour and they would have drowned": a length whose passing the clause supposes is a
  DURATION without a verb of lasting before it; "waited another hour" is one too.
- A bare plural unit after punctuation measures how far apart two events are as it does after a word
  ("on Friday, hours after the verdict").
- In news, a clock time told in a sentence after "were freed on Wednesday ..., doctors said Thursday"
  falls on the day of the event, not on the day of the report.
- A clock time told in the simple past is on a day that has come; after a day still ahead ("meets
  again on March 8. ... The meeting began at 10:15 a.m.") it is the news day's.
- An order or request told in the past perfect of reported speech ("said they had asked the
  commission to report by June") leaves the act it asks for on either side of now, as the simple
  past does ("were ordered to leave on Tuesday").
- What "and" tells after an evening comes after it: "spotted Sunday evening and reached the harbour
  before noon" is Monday's noon; a report ("said Sunday evening that it sank at 11 a.m.") is not a
  next step.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

SATURDAY = date(2024, 6, 15)
THURSDAY = date(2015, 11, 19)
WEDNESDAY = date(2019, 4, 10)
SUNDAY = date(2011, 1, 16)
MONDAY = date(2018, 9, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rioters set fire to two shops late on Friday, the police said.",
            [("late on Friday", "2024-06-14", "END")],
        ),
        (
            "Shelling resumed early on Thursday after a quiet night.",
            [("early on Thursday", "2024-06-13", "START")],
        ),
        ("The delegates left late Friday.", [("late Friday", "2024-06-14", "END")]),
        ("Early on, the campaign spent little on advertising.", []),
    ],
)
def test_late_on_a_day_is_one_expression(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guards changed the prisoners' cell every few days.", [("every few days", "SET", "PXD")]),
        ("A ferry calls at the island every few weeks.", [("every few weeks", "SET", "PXW")]),
        ("A bus leaves every two hours.", [("every two hours", "SET", "PT2H")]),
    ],
)
def test_every_few_units_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Another day and the well would have run dry," the farmer said.',
            [("Another day", "DURATION", "P1D")],
        ),
        ("The crowd waited another hour for the minister.", [("another hour", "DURATION", "PT1H")]),
        ("Another week and another round of talks ended without a deal.", []),
        ("We will try again another day.", []),
    ],
)
def test_another_unit_as_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike was called off on Monday, hours before the new law took effect.",
            [("Monday", "DATE", "2024-06-10"), ("hours", "DURATION", "PTXH")],
        ),
        ("Days after the flood, the mayor resigned.", [("Days", "DURATION", "PXD")]),
        # "the days before the vote" is a stretch of unknown length, as the later sets tag "the weeks
        # before the deadline" (blind_news_39) and "the decades before the famine" (blind_narrative_10)
        ("In the days before the vote, the streets were quiet.", [("days", "DURATION", "PXD")]),
    ],
)
def test_a_bare_plural_unit_after_punctuation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_a_clock_time_after_a_reporting_day_falls_on_the_event_day() -> None:
    text = (
        "Three sailors held by pirates were freed on Tuesday and flown home, where doctors said "
        "Thursday they were well. They were handed to a priest at 3 p.m. and reached the port "
        "shortly before midnight."
    )
    assert typed(text, THURSDAY) == [
        ("Tuesday", "DATE", "2015-11-17"),
        ("Thursday", "DATE", "2015-11-19"),
        ("3 p.m.", "TIME", "2015-11-17T15:00"),
        ("midnight", "TIME", "2015-11-17T24:00"),
    ]


def test_a_report_alone_still_times_the_report() -> None:
    text = "Prices rose sharply, the ministry said on Monday. The index stood at 412 at 3 p.m."
    assert typed(text, THURSDAY) == [
        ("Monday", "DATE", "2015-11-16"),
        ("3 p.m.", "TIME", "2015-11-19T15:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board meets again on April 22. Its session began at 9:30 a.m. and ended by noon.",
            [
                ("April 22", "DATE", "2019-04-22"),
                ("9:30 a.m.", "TIME", "2019-04-10T09:30"),
                ("noon", "TIME", "2019-04-10T12:00"),
            ],
        ),
        (
            "The board meets again on April 22. Its session will begin at 9:30 a.m.",
            [("April 22", "DATE", "2019-04-22"), ("9:30 a.m.", "TIME", "2019-04-22T09:30")],
        ),
        (
            "The final is on Saturday. It has been moved to 5 p.m. for television.",
            [("Saturday", "DATE", "2019-04-13"), ("5 p.m.", "TIME", "2019-04-13T17:00")],
        ),
    ],
)
def test_a_past_clock_time_is_not_on_a_day_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the two governments had asked the panel to report by June.",
            [("June", "DATE", "2011-06")],
        ),
        (
            "The mayor said he had ordered the families to leave by March.",
            [("March", "DATE", "2011-03")],
        ),
        ("The union has agreed to end the strike on Monday.", [("Monday", "DATE", "2011-01-17")]),
        ("The panel had met in June.", [("June", "DATE", "2010-06")]),
    ],
)
def test_a_past_perfect_order_leaves_its_act_on_either_side(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fishing boat was sighted Sunday evening off the cape and reached the harbour before noon.",
            [("Sunday evening", "TIME", "2018-09-23TEV"), ("noon", "TIME", "2018-09-24T12:00")],
        ),
        (
            "Talks opened on Sunday evening and resumed at 9 a.m.",
            [("Sunday evening", "TIME", "2018-09-23TEV"), ("9 a.m.", "TIME", "2018-09-24T09:00")],
        ),
        (
            "Officials said Sunday evening that the fire broke out at 11 a.m.",
            [("Sunday evening", "TIME", "2018-09-23TEV"), ("11 a.m.", "TIME", "2018-09-23T11:00")],
        ),
        (
            "The ship was sighted Sunday evening and sank at 11 p.m.",
            [("Sunday evening", "TIME", "2018-09-23TEV"), ("11 p.m.", "TIME", "2018-09-23T23:00")],
        ),
    ],
)
def test_a_daytime_clock_told_with_and_after_an_evening(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected
