"""Rules added after the seventy-fourth blind news set (`data/gold/timex/blind_news_74.jsonl`, the
English-language press of South Asia, Africa and Southeast Asia) was scored once: each row is a sentence
of our own showing the general English usage behind one finding.

- "closed from 10 pm to 5 am for repairs": a spaced, lower-case "am" after a clock's preposition is the
  clock's half of the day, as "pm" is (the verb "am" wants "I" before it, not a preposition).
- "by month-end", "before month end": the end of the month written in (END), as "the end of the month"
  is; "the month-end rush" names a routine.
- "queues have formed since morning", "the road is shut since morning": a bare part of the day after
  "since" in a present or present perfect clause is the writer's day's; after "had" the story's.
- "last week Friday", "Tuesday next week": the weekday of the week named before or after it, not the
  nearest such day.
- "on Monday, 14/08/2023": a weekday before a numeric date is one expression with it, and of the two
  readings of "Tue 05/03/2024" it picks the one that falls on that weekday.
- "against a monthly normal of 310 mm": a frequency word before a climate statistic names no recurrence.
- "for eight hours every other day, from 6 am to 2 pm": a set of days counted apart makes the clock times
  of its sentence each such day's, as "every day" does.
- "has forecast showers from Sunday evening to Wednesday": the days of what is forecast lie after the
  forecasting, not before it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2022, 9, 12)
THURSDAY = date(2021, 4, 15)
SATURDAY = date(2024, 2, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge will be closed from 10 pm to 5 am for repairs.",
            [("10 pm", "TIME", "2022-09-12T22:00"), ("5 am", "TIME", "2022-09-13T05:00")],
        ),
        (
            "Guests gather at 7 am for a walk along the river.",
            [("7 am", "TIME", "2022-09-12T07:00")],
        ),
    ],
)
def test_spaced_am_after_a_clock_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board will announce the results by month-end.", [("month-end", "DATE", "2022-09")]),
        ("Contractors must finish before month end, the council said.", [("month end", "DATE", "2022-09")]),
        ("Staff braced for the month-end rush at the tills.", []),
    ],
)
def test_month_end_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister will arrive at 9 am on 20th September. Long queues have formed outside the "
            "passport office since morning.",
            [
                ("9 am", "TIME", "2022-09-20T09:00"),
                ("20th September", "DATE", "2022-09-20"),
                ("morning", "TIME", "2022-09-12TMO"),
            ],
        ),
        (
            "The fair opened on 3 June 1998 at noon. The crowd had waited since morning.",
            [
                ("3 June 1998", "DATE", "1998-06-03"),
                ("noon", "TIME", "1998-06-03T12:00"),
                ("morning", "TIME", "1998-06-03TMO"),
            ],
        ),
    ],
)
def test_since_a_bare_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee had last week Thursday asked the firm to explain the delay.",
            [("last week Thursday", "DATE", "2024-02-08")],
        ),
        (
            "Schools will reopen on Tuesday next week, the ministry said.",
            [("Tuesday next week", "DATE", "2024-02-20")],
        ),
    ],
)
def test_a_weekday_of_a_named_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The order was issued on Thursday, 15/04/2021 and takes effect at once.",
            [("Thursday, 15/04/2021", "DATE", "2021-04-15")],
        ),
        ("The tribunal will sit on Tue 06/07/2021 in Court 2.", [("Tue 06/07/2021", "DATE", "2021-07-06")]),
    ],
)
def test_a_weekday_before_a_numeric_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_a_frequency_word_before_a_climate_statistic() -> None:
    assert typed("Colombo has had 540 mm of rain against a monthly normal of 310 mm.", THURSDAY) == []


def test_clock_times_of_days_counted_apart() -> None:
    assert typed("Each zone will lose water for eight hours every other day, from 6 am to 2 pm.", MONDAY) == [
        ("eight hours", "DURATION", "PT8H"),
        ("every other day", "SET", "P2D"),
        ("6 am", "TIME", "XXXX-XX-XXT06:00"),
        ("2 pm", "TIME", "XXXX-XX-XXT14:00"),
    ]


def test_the_days_of_what_is_forecast() -> None:
    assert typed(
        "The weather bureau has forecast showers over the hills from Sunday evening to Wednesday.", THURSDAY
    ) == [("Sunday evening", "TIME", "2021-04-18TEV"), ("Wednesday", "DATE", "2021-04-21")]
