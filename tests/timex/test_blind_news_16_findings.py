"""Rules added after the sixteenth blind news set (`data/gold/timex/blind_news_16.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- The older order of a weekday and its relative word, still usual in Irish, Indian, Australian and
  other Commonwealth papers: "Thursday week" is a week after the coming Thursday, "on Monday next" is
  next Monday and "on Tuesday last" last Tuesday, with the word in the extent; "Monday next month",
  "Friday last year" and "next to" keep their own readings ("Monday next week" became one expression
  after blind_news_74, as blind_mixed_5's "[Friday next week]" is).
- A year of account written with both its years after "financial year", "fiscal" or "FY" ("the
  financial year 2024-25", "FY2024-25") is one expression, named by the year it ends in, as "the
  financial year 2024/25" already was; "fiscal 2024-2026", no single year, keeps its first year.
- "the long weekend" is the weekend a public holiday lengthens, a date like "the weekend"; "long" makes
  no date of other units ("the long year").
- "overnight" followed by a place ("jumped the lines overnight near the river") is the night just past,
  as it is before a preposition or a comma.
- A clock time in a future clause after a day ahead and a coarser time named in passing in the same
  sentence ("go to the polls tomorrow, ahead of next year's election. Polling stations will open at
  6am") falls on that day ahead, not on the day of writing.
- A weekday right after "<holiday> falls on" or "falling on" ("With Canada Day falling on Tuesday",
  "Christmas falls on a Thursday") is the holiday's own day, whatever the tense says; New Zealand's
  Waitangi Day (6 February) is a holiday on a fixed day, as Australia Day and Anzac Day are.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2014, 9, 10)
MONDAY = date(2009, 6, 15)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The inquiry will resume on Thursday week with evidence from the harbour master.",
            WEDNESDAY,
            [("Thursday week", "DATE", "2014-09-18")],
        ),
        (
            "Nominations close Friday week, the returning officer said.",
            WEDNESDAY,
            [("Friday week", "DATE", "2014-09-19")],
        ),
        (
            "The council will meet on Monday next to decide the rates.",
            MONDAY,
            [("Monday next", "DATE", "2009-06-22")],
        ),
        (
            "The appeal will be heard on Thursday next.",
            MONDAY,
            [("Thursday next", "DATE", "2009-06-18")],
        ),
        (
            "The two men were arrested on Tuesday last in a raid on a warehouse.",
            MONDAY,
            [("Tuesday last", "DATE", "2009-06-09")],
        ),
        (
            "The stall stood on Friday next to the fountain.",
            WEDNESDAY,
            [("Friday", "DATE", "2014-09-05")],
        ),
    ],
)
def test_a_weekday_with_week_next_or_last_after_it(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The works start on Monday next month.", ["Monday", "next month"]),
        ("The shop shut on Friday last year and never reopened.", ["Friday", "last year"]),
    ],
)
def test_a_unit_after_next_or_last_keeps_its_own_expression(text: str, spans: list[str]) -> None:
    assert [found for found, _, _ in typed(text, MONDAY)] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state tabled its budget for the financial year 2024-25 on Monday.",
            [("the financial year 2024-25", "DATE", "2025"), ("Monday", "DATE", "2024-02-05")],
        ),
        ("Exports grew 9 per cent in FY2023-24.", [("FY2023-24", "DATE", "2024")]),
        ("The levy is set to rise in fiscal 2025-26.", [("fiscal 2025-26", "DATE", "2026")]),
        ("The targets run through fiscal 2024-2027.", [("fiscal 2024", "DATE", "2024")]),
    ],
)
def test_a_year_of_account_with_a_dash(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2024, 2, 6)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hotels on the coast are full for the long weekend.",
            [("the long weekend", "DATE", "2025-W26-WE")],
        ),
        ("Nobody wanted the long year to end.", []),
    ],
)
def test_the_long_weekend(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2025, 6, 27)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The blaze crossed the highway overnight near the old quarry, crews said.",
        "Two more homes were lost overnight south of the town.",
    ],
)
def test_overnight_before_a_place(text: str) -> None:
    assert typed(text, date(2019, 12, 18)) == [("overnight", "TIME", "2019-12-17TNI")]


def test_a_clock_ahead_falls_on_the_day_ahead_not_on_a_year_named_in_passing() -> None:
    text = (
        "Residents vote tomorrow in a council by-election seen as a test before next year's general "
        "election.\n\nBooths will open at 7am and close at 6pm, the electoral office said."
    )
    assert typed(text, date(2016, 5, 8)) == [
        ("tomorrow", "DATE", "2016-05-09"),
        ("next year", "DATE", "2017"),
        ("7am", "TIME", "2016-05-09T07:00"),
        ("6pm", "TIME", "2016-05-09T18:00"),
    ]


def test_a_clock_after_a_past_day_stays_with_the_news_day() -> None:
    text = (
        "Voters went to the polls on Sunday, a year before the general election. Counting will start at 9pm."
    )
    assert typed(text, date(2016, 5, 8))[-1] == ("9pm", "TIME", "2016-05-08T21:00")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "With Waitangi Day falling on Thursday, many offices will close for a four-day weekend.",
            date(2025, 1, 31),
            [
                ("Waitangi Day", "DATE", "2025-02-06"),
                ("Thursday", "DATE", "2025-02-06"),
                ("four-day", "DURATION", "P4D"),
                ("weekend", "DATE", "2025-W06-WE"),
            ],
        ),
        (
            "Christmas falls on a Thursday this year.",
            date(2025, 11, 3),
            [
                ("Christmas", "DATE", "2025-12-25"),
                ("Thursday", "DATE", "2025-12-25"),
                ("this year", "DATE", "2025"),
            ],
        ),
    ],
)
def test_a_weekday_a_holiday_falls_on(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


def test_a_weekday_after_another_subject_that_fell_keeps_its_tense() -> None:
    found = typed("On July 4 shares fell on Tuesday news.", date(2025, 6, 27))
    assert ("Tuesday", "DATE", "2025-06-24") in found
