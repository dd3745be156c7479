"""A clock time without a.m. or p.m. that opens a range of clock times takes its half of the day from
the range's close: "from 1:30 to 4 p.m." opens at 13:30, "8:30-9:15pm" at 20:30, "from 10:30 to 2 p.m."
in the morning (the close is the later time). A dotted time ("from 2.30 to 4.30pm", "between 8.30 and
9.15am") opens such a range as a colon time does; a story's evening does not move it past the close."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The office is open from 1:30 to 4 p.m. today.",
            [("1:30", "TIME", "2022-02-03T13:30"), ("4 p.m. today", "TIME", "2022-02-03T16:00")],
        ),
        (
            "The talks ran 8:30-9:15pm.",
            [("8:30", "TIME", "2022-02-03T20:30"), ("9:15pm", "TIME", "2022-02-03T21:15")],
        ),
        (
            "The clinic is open from 10:30 to 2 p.m. today.",
            [("10:30", "TIME", "2022-02-03T10:30"), ("2 p.m. today", "TIME", "2022-02-03T14:00")],
        ),
        (
            "Visiting is from 2.30 to 4.30pm today.",
            [("2.30", "TIME", "2022-02-03T14:30"), ("4.30pm today", "TIME", "2022-02-03T16:30")],
        ),
        (
            "The talks ended at 4.30pm. Earlier we had met between 8.30 and 9.15am.",
            [
                ("4.30pm", "TIME", "2022-02-03T16:30"),
                ("8.30", "TIME", "2022-02-03T08:30"),
                ("9.15am", "TIME", "2022-02-03T09:15"),
            ],
        ),
        (
            "We met between 8 and 9.15am today.",
            [("8", "TIME", "2022-02-03T08:00"), ("9.15am today", "TIME", "2022-02-03T09:15")],
        ),
        # amounts stay amounts
        ("Shares rose from 2.30 to 4.30 pence.", []),
        ("Rates ranged from 3.45 to 4.10 percent.", []),
    ],
)
def test_a_clock_range_opening_takes_the_closes_half(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_clock_times_in_one_look_back_share_its_day() -> None:
    text = "The talks ended at 4.30pm. Earlier we had met at 8.30am and again at 9.15am."
    assert typed(text, THURSDAY) == [
        ("4.30pm", "TIME", "2022-02-03T16:30"),
        ("8.30am", "TIME", "2022-02-03T08:30"),
        ("9.15am", "TIME", "2022-02-03T09:15"),
    ]
    # a past perfect looking back from a story's own clock time still reaches the day before
    text = "The call was answered at 12:20 a.m.; her operator had gone to bed at 11:30 p.m."
    assert typed(text, THURSDAY)[1] == ("11:30 p.m.", "TIME", "2022-02-02T23:30")
