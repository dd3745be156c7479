"""Rules added after the thirty-fifth blind news set (`data/gold/timex/blind_news_35.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A past act "before" (or "ahead of", "in time for") a holiday that is only weeks away lies in the run-up
  to the coming one ("shoppers rushed to buy before Christmas", told on 10 December), while a holiday
  months away keeps the last one ("were laid off before Christmas", told in October); such a bound ahead
  of the time of writing is not the time the story is at, so "the previous weekend" after it still
  counts from the day told before it.
- A past range of months ("prices fell between April and September", "from May to August") whose
  closing month has not come yet this year lies wholly in the past, so in last year, however near this
  year's opening month is; a verb that is also a present ("trips run between May and September") says
  nothing of the past.
- "the year to 30 June", "the six months to 31 March": a closing day written day first after "to" makes
  the period a length, as "the year to June" does.
- After "the", a capitalised "March" or "May" qualifying a lower-case noun ("The March rate", "the May
  election") is the month; "the March for Life" and "the March on Rome" are marches.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2021, 3, 22)  # Easter Sunday 2021 is 4 April
DECEMBER = date(2012, 12, 10)
OCTOBER = date(2012, 10, 15)
MARCH = date(2021, 3, 10)
FRIDAY = date(1996, 5, 17)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Shoppers crowded the high street as they rushed to buy presents before Christmas.",
            DECEMBER,
            [("Christmas", "DATE", "2012-12-25")],
        ),
        (
            "Hundreds of staff were laid off before Christmas, the union said.",
            OCTOBER,
            [("Christmas", "DATE", "2011-12-25")],
        ),
        (
            "More than 900 homes were sold on Saturday as owners hurried to list them ahead of Easter. "
            "Sales were higher than the previous weekend.",
            MONDAY,
            [
                ("Saturday", "DATE", "2021-03-20"),
                ("Easter", "DATE", "2021-04-04"),
                ("the previous weekend", "DATE", "2021-W10-WE"),
            ],
        ),
    ],
)
def test_a_past_act_before_a_near_holiday_lies_in_its_run_up(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares lost a fifth of their value between April and September.",
            [("April", "DATE", "2020-04"), ("September", "DATE", "2020-09")],
        ),
        (
            "Output fell from May to August, the agency said.",
            [("May", "DATE", "2020-05"), ("August", "DATE", "2020-08")],
        ),
        (
            "Boat trips round the bay run every Sunday between April and September.",
            [
                ("every Sunday", "SET", "XXXX-WXX-7"),
                ("April", "DATE", "2021-04"),
                ("September", "DATE", "2021-09"),
            ],
        ),
    ],
)
def test_a_past_range_of_months_not_yet_closed_this_year_is_last_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MARCH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turnover rose 8% to £40m in the year to 30 June.",
            [("the year", "DURATION", "P1Y"), ("30 June", "DATE", "2017-06-30")],
        ),
        (
            "The group made a loss in the six months to 31 December.",
            [("the six months", "DURATION", "P6M"), ("31 December", "DATE", "2017-12-31")],
        ),
    ],
)
def test_a_period_to_a_day_written_day_first_is_a_length(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2018, 2, 5)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The March rate was the highest in two years.",
            [("March", "DATE", "1996-03"), ("two years", "DURATION", "P2Y")],
        ),
        ("Analysts said the May figure would be revised.", [("May", "DATE", "1996-05")]),
        ("Thousands joined the March for Life in Washington.", []),
        ("Historians still argue about the March on Rome.", []),
    ],
)
def test_the_march_or_may_before_a_lower_case_noun_is_the_month(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected
