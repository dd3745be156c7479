"""Rows for the second reading of the rules after the 89th and 90th blind news sets: each fails without its
mend.

- An undated programme's "that evening" is of a weekday named since its dated day ("Saturday 12 April ...
  on Sunday morning ... that evening" is Sunday's), not of the dated day.
- A clock time restated in brackets: a date inside the bracket is the restatement's own ("(0100 GMT on
  Wednesday)", "(0100 GMT March 4)"); a local time on no known day leaves the restatement on none ("at 9
  p.m. (0100 GMT) each night"); the zones people live in run from UTC-10 to UTC+13, so "9 p.m. (0800 GMT)"
  is the same day (New Zealand's summer) and "9 a.m. (2000 GMT)" the day before.
- "Updated 72 hours ago" alone on its line is days back, not a time of the DCT's day.
- A live page's past clause does not move a clock time to the day before when the time is one the act
  fixed ("called a press conference at 2pm") or a participle's ("rain starting at 6pm").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2021, 5, 6)
SUNDAY = date(2015, 3, 8)


def test_undated_evening_after_a_later_weekday() -> None:
    text = (
        "The greens reopened on Saturday 12 April. Members turned out on Sunday morning to help, and that "
        "evening there was a party."
    )
    assert typed(text, None) == [
        ("Saturday 12 April", "DATE", "XXXX-04-12"),
        ("Sunday morning", "TIME", "XXXX-WXX-7TMO"),
        ("that evening", "TIME", "XXXX-WXX-7TEV"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake struck at 9 p.m. local time (0100 GMT on Wednesday).",
            [
                ("9 p.m. local time", "TIME", "2015-03-08T21:00"),
                ("0100 GMT", "TIME", "2015-03-04T01:00"),
                ("Wednesday", "DATE", "2015-03-04"),
            ],
        ),
        (
            "The quake struck at 9 p.m. local time (0100 GMT March 4).",
            [
                ("9 p.m. local time", "TIME", "2015-03-08T21:00"),
                ("0100 GMT March 4", "TIME", "2015-03-04T01:00"),
            ],
        ),
        (
            "The launch window opens at 9 p.m. (0100 GMT) each night.",
            [
                ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
                ("0100 GMT", "TIME", "XXXX-XX-XXT01:00"),
                ("each night", "SET", "XXXX-XX-XXTNI"),
            ],
        ),
        (
            "The quake struck at 9.45 p.m. local time (0845 GMT) on Sunday.",
            [
                ("9.45 p.m. local time", "TIME", "2015-03-08T21:45"),
                ("0845 GMT", "TIME", "2015-03-08T08:45"),
                ("Sunday", "DATE", "2015-03-08"),
            ],
        ),
        (
            "The quake struck at 9 a.m. local time (2000 GMT) on Sunday.",
            [
                ("9 a.m. local time", "TIME", "2015-03-08T09:00"),
                ("2000 GMT", "TIME", "2015-03-07T20:00"),
                ("Sunday", "DATE", "2015-03-08"),
            ],
        ),
    ],
)
def test_clock_restated_in_zone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


def test_page_stamp_days_ago_is_no_time_of_the_dct() -> None:
    assert typed("Floods live\nUpdated 72 hours ago", SUNDAY) == [("72 hours", "DURATION", "PT72H")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "09:05\nThe mayor called a press conference at 2pm.",
            [("09:05", "TIME", "2021-05-06T09:05"), ("2pm", "TIME", "2021-05-06T14:00")],
        ),
        (
            "09:05\nThe Met Office issued a warning for heavy rain starting at 6pm.",
            [("09:05", "TIME", "2021-05-06T09:05"), ("6pm", "TIME", "2021-05-06T18:00")],
        ),
        (
            "09:05\nThe fire started in the kitchen at 10pm.",
            [("09:05", "TIME", "2021-05-06T09:05"), ("10pm", "TIME", "2021-05-05T22:00")],
        ),
    ],
)
def test_entry_stamp_past_act_fixing_a_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
