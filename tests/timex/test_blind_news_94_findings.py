"""Rules added after the ninety-fourth blind news set (`data/gold/timex/blind_news_94.jsonl`, business and
economy wire copy of 1987-2001) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "the flight landed 40 minutes late Tuesday": "late" or "early" after a counted length is the margin a thing
  missed its time by, so the day is tagged alone with no mod ("talks broke down late Tuesday" and "fired its
  engine for 49 minutes late Tuesday" keep it).
- "to extend opening hours later this month": "later" opening "later this month" is no "hours later".
- "passengers were rebooking for Easter", "families were booking cottages for Christmas": a progressive act
  of booking ahead is in the feast's run-up, so the coming feast ("the hall was packed for Easter" and "were
  gathering for Christmas" keep the last one).
- "Economists compared the slump with 1991, when ...": a bare year closing its clause after "with" or "to"
  and a verb of comparing is the year compared with; "as if it were 1985," names the year as "it was" does.
- "warned that profit for the fourth quarter would fall short", said in January: a company's figures "for"
  a quarter or half just closed whose figures are still to come are that closed one, as "fourth-quarter
  results" are.
- "will report results for the full year in late February": no year lies within a month, so "in" and a
  month after "the full year" tell when the act is done ("the year in which" stays a relative clause).
- "Another week won't hurt": "another <unit>" the subject of a negated modal is a length.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(1994, 3, 9)
TUESDAY = date(1993, 1, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shuttle landed 40 minutes late Tuesday at Edwards.",
            [("40 minutes", "DURATION", "PT40M"), ("Tuesday", "DATE", "1994-03-08")],
        ),
        (
            "The relief train left nearly three hours early Monday.",
            [("nearly three hours", "DURATION", "PT3H"), ("Monday", "DATE", "1994-03-07")],
        ),
        ("Talks between the two sides broke down late Tuesday.", [("late Tuesday", "DATE", "1994-03-08")]),
        (
            "The probe fired its engine for 49 minutes late Tuesday.",
            [("49 minutes", "DURATION", "PT49M"), ("late Tuesday", "DATE", "1994-03-08")],
        ),
    ],
)
def test_late_after_a_counted_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The museum plans to extend its opening hours later this month.",
            [("later this month", "DATE", "1994-03")],
        ),
        (
            "The board will vote on longer visiting hours later today.",
            [("later today", "DATE", "1994-03-09")],
        ),
        ("Hours later the fire was out.", [("Hours", "DURATION", "PTXH")]),
    ],
)
def test_later_opening_a_period_after_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents said travellers were rebooking their flights for Easter.",
            [("Easter", "DATE", "1994-04-03")],
        ),
        ("Families were booking cottages for Easter.", [("Easter", "DATE", "1994-04-03")]),
        ("The cathedral was packed for Easter.", [("Easter", "DATE", "1993-04-11")]),
        ("The whole family was gathering for Easter.", [("Easter", "DATE", "1993-04-11")]),
    ],
)
def test_booking_for_a_feast_is_its_run_up(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economists compared the slump with 1991, when unemployment soared.",
            [("1991", "DATE", "1991")],
        ),
        ("Some brokers likened the sell-off to 1987.", [("1987", "DATE", "1987")]),
        (
            "The streets were full of flares, as if it were 1975, and the music was loud.",
            [("1975", "DATE", "1975")],
        ),
        ("The panel compared the bids with 1850 pages of rules.", []),
    ],
)
def test_year_compared_with(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chain warned that profit for the fourth quarter would fall short of forecasts.",
            [("the fourth quarter", "DATE", "1992-Q4")],
        ),
        (
            "The retailer will publish sales for the fourth quarter on Feb. 20.",
            [("the fourth quarter", "DATE", "1992-Q4"), ("Feb. 20", "DATE", "1993-02-20")],
        ),
        (
            "The bank expects profit for the third quarter to recover.",
            [("the third quarter", "DATE", "1993-Q3")],
        ),
    ],
)
def test_figures_for_a_period_just_closed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group will report results for the full year in late February.",
            [("the full year", "DATE", "1994"), ("late February", "DATE", "1995-02")],
        ),
        ("This was the year in which the mill closed.", []),
    ],
)
def test_full_year_then_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another week won't hurt anybody.", [("Another week", "DURATION", "P1W")]),
        ("She said another year would not change her mind.", [("another year", "DURATION", "P1Y")]),
        ("Another day will come.", []),
    ],
)
def test_another_unit_before_a_negated_modal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
