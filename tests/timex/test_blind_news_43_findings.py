"""Rules added after the forty-third blind news set (`data/gold/timex/blind_news_43.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "up to" before an amount ("waves up to four metres", "gusts up to 90 km/h") is a preposition of
  quantity, not the verb "to up": it gives the clause no present tense, so a period after it in a past
  clause ("had warned of waves up to four metres through the weekend") is the one before the DCT.
- "at 7.40 that Saturday" after the story has moved on to coarser times ("pleaded guilty in March"):
  the clock time falls on the Saturday the text dated, as "that Saturday" itself does; a month gives no
  week for "that Saturday" to be read in.
- "The aircraft, which was delivered in 2006 and joined the fleet in 2011, had passed a check on Aug. 2":
  a relative clause set off by commas after the subject is an aside on it, as a participle's phrase is
  ("The bridge, built in 1932, was closed"); its year does not frame the main clause's dates, while a
  clause that goes on from its year ("was delivered in 2006 and passed a check on Aug. 2") still does.
- "Since that morning in November, I have ...": "that" with a part of a day, followed by the month it
  fell in, points back at the day the text dated in that month, however far the story has moved since
  (a sentencing months later, the day of the hearing named in between).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2014, 8, 21)
TUESDAY = date(2018, 10, 9)
FRIDAY = date(2023, 5, 26)
WEDNESDAY = date(2020, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters had warned on Saturday of waves up to four metres through the weekend.",
            [("Saturday", "DATE", "2018-10-06"), ("the weekend", "DATE", "2018-W40-WE")],
        ),
        (
            "The coastguard warned of gusts up to 90 km/h over the weekend.",
            [("the weekend", "DATE", "2018-W40-WE")],
        ),
        (
            # a real future still looks ahead after the quantity
            "Forecasters say waves up to four metres will batter the coast over the weekend.",
            [("the weekend", "DATE", "2018-W41-WE")],
        ),
    ],
)
def test_up_to_an_amount_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The van was hit on 12 November. He admitted the offence in March and was sentenced in April. "
            "His brother said he had left home at twenty to eight that Saturday.",
            [
                ("12 November", "DATE", "2022-11-12"),
                ("March", "DATE", "2023-03"),
                ("April", "DATE", "2023-04"),
                ("twenty to eight", "TIME", "2022-11-12T07:40"),
                ("that Saturday", "DATE", "2022-11-12"),
            ],
        ),
        (
            "The shop was robbed on 4 March. Police made an arrest in April. "
            "The owner said the men came in at 9.15am that Saturday.",
            [
                ("4 March", "DATE", "2023-03-04"),
                ("April", "DATE", "2023-04"),
                ("9.15am", "TIME", "2023-03-04T09:15"),
                ("that Saturday", "DATE", "2023-03-04"),
            ],
        ),
    ],
)
def test_clock_time_that_weekday_after_a_coarse_reference(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jet, which was delivered new in 2006 and joined the fleet three years ago, had passed a "
            "maintenance check on Aug. 2.",
            [("2006", "DATE", "2006"), ("three years ago", "DATE", "2011"), ("Aug. 2", "DATE", "2014-08-02")],
        ),
        (
            "The captain, who joined the line in 2003 and took command two years ago, had rested on Aug. 1.",
            [("2003", "DATE", "2003"), ("two years ago", "DATE", "2012"), ("Aug. 1", "DATE", "2014-08-01")],
        ),
        (
            # the year's own clause goes on: its year frames the date
            "The jet was delivered new in 2006 and had its first heavy check on Aug. 2.",
            [("2006", "DATE", "2006"), ("Aug. 2", "DATE", "2006-08-02")],
        ),
    ],
)
def test_year_in_a_relative_aside_frames_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crash happened on 12 November. He was jailed on Friday. A police officer said: "
            '"Since that morning in November, I have thought about them every day."',
            [
                ("12 November", "DATE", "2022-11-12"),
                ("Friday", "DATE", "2023-05-26"),
                ("that morning", "TIME", "2022-11-12TMO"),
                ("November", "DATE", "2022-11"),
                ("every day", "SET", "P1D"),
            ],
        ),
        (
            "The fire broke out on 3 January. The owners were fined today. "
            "Neighbours still talk about that night in January.",
            [
                ("3 January", "DATE", "2023-01-03"),
                ("today", "DATE", "2023-05-26"),
                ("that night", "TIME", "2023-01-03TNI"),
                ("January", "DATE", "2023-01"),
            ],
        ),
    ],
)
def test_that_part_of_day_in_a_month_is_the_day_dated_in_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected
