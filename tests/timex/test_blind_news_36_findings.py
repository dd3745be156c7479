"""Rules added after the thirty-sixth blind news set (`data/gold/timex/blind_news_36.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "was scheduled to close on Friday", "were set to end on Thursday": a past arrangement, like "was due
  to", whose day may have come and gone or still lie ahead; it is not a plan looking ahead of the time
  of writing as "is scheduled to" is.
- "the 2023/24 winter", "the 2019-20 summer": a season written after the two years it spans is that
  season, named by the first year (as "the winter of 1946-47" is), not a year of account; a season
  naming a kind of thing ("the 2024/25 winter wheat crop") leaves the year of account alone.
- "ordered a review, to be finished by the spring": a passive infinitive after a comma or a noun names
  an act still to come, whatever the tense of the clause it hangs on; one that a verb takes as its
  object ("were told to be gone by the end of the year") keeps that verb's time.
- "3 percent more than at this time last year": a point of comparison a year away is not the time the
  story is at, so "the previous week" after it still counts from the story's own days.
- "forecasters expect a low of minus 18 overnight": the "overnight" a forecast names is the coming
  night; "fell more than expected overnight" compares with a forecast and keeps the night just past.
- "the report is due on Tuesday instead of Wednesday": the usual day a change moves from ("instead of",
  "rather than") lies beside the new day, even when it is the weekday of the time of writing.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2019, 12, 15)
MONDAY = date(2023, 3, 13)
FRIDAY = date(2013, 12, 27)
AUTUMN = date(2023, 10, 4)
WEDNESDAY = date(1997, 11, 19)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The conference was scheduled to close at 6 p.m. on Friday, but the talks ran on.",
            SUNDAY,
            [("6 p.m.", "TIME", "2019-12-13T18:00"), ("Friday", "DATE", "2019-12-13")],
        ),
        (
            "The inquiry was scheduled to finish on Friday, but it ran into Saturday.",
            MONDAY,
            [("Friday", "DATE", "2023-03-10"), ("Saturday", "DATE", "2023-03-11")],
        ),
        (
            "The hearing was scheduled to begin on Thursday.",
            MONDAY,
            [("Thursday", "DATE", "2023-03-16")],
        ),
        (
            "The launch is scheduled for Friday.",
            MONDAY,
            [("Friday", "DATE", "2023-03-17")],
        ),
    ],
)
def test_a_past_arrangement_lies_on_either_side_of_now(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Suppliers doubt that storage can last through the 2023/24 winter.",
            [("2023/24 winter", "DATE", "2023-WI")],
        ),
        (
            "Farmers warn that the 2019-20 summer could be the driest in decades.",
            [("2019-20 summer", "DATE", "2019-SU"), ("decades", "DURATION", "PXDE")],
        ),
        (
            "The 2024/25 winter wheat crop was smaller than hoped.",
            [("2024/25", "DATE", "2025")],
        ),
        (
            "Borrowing in 2011-12 rose by a fifth.",
            [("2011-12", "DATE", "2012")],
        ),
    ],
)
def test_a_season_after_two_years_is_named_by_the_first(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, AUTUMN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillors voted on Thursday to order a review of the response, to be finished by the spring.",
            [("Thursday", "DATE", "2013-12-26"), ("the spring", "DATE", "2014-SP")],
        ),
        (
            "The board asked for the money to be returned by March.",
            [("March", "DATE", "2014-03")],
        ),
    ],
)
def test_a_passive_infinitive_names_an_act_still_to_come(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


def test_a_passive_infinitive_a_verb_takes_keeps_the_story_time() -> None:
    text = (
        "It began on Saturday, April 12, 1975. The families were told to be gone by the end of the year. "
        "Most left in December."
    )
    found = typed(text, date(2005, 6, 22))
    assert ("the end of the year", "DATE", "1975") in found
    assert ("December", "DATE", "1975-12") in found


def test_a_point_of_comparison_is_not_the_story_time() -> None:
    text = "Stocks were 3 percent above this time last year. They had risen in the previous week."
    assert typed(text, WEDNESDAY) == [
        ("this time last year", "DATE", "1996-11-19"),
        ("the previous week", "DATE", "1997-W46"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Forecasters expect a low of minus 18 overnight.", "2013-12-27TNI"),
        (
            "The weather office forecast a low of minus 18 overnight, and shelters stayed open.",
            "2013-12-27TNI",
        ),
        ("Forecasters had predicted snow overnight, but it rained.", "2013-12-26TNI"),
        ("Shares fell more than expected overnight.", "2013-12-26TNI"),
        ("Rain fell overnight.", "2013-12-26TNI"),
    ],
)
def test_a_forecast_overnight_is_the_coming_night(text: str, value: str) -> None:
    assert typed(text, FRIDAY) == [("overnight", "TIME", value)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The next weekly report is due on Tuesday instead of Wednesday because of the holiday.",
            WEDNESDAY,
            [("Tuesday", "DATE", "1997-11-25"), ("Wednesday", "DATE", "1997-11-26")],
        ),
        (
            "The final was played on Saturday rather than Sunday.",
            MONDAY,
            [("Saturday", "DATE", "2023-03-11"), ("Sunday", "DATE", "2023-03-12")],
        ),
        (
            "Shares rose on Monday instead of falling, and on Friday they fell.",
            MONDAY,
            [("Monday", "DATE", "2023-03-13"), ("Friday", "DATE", "2023-03-10")],
        ),
    ],
)
def test_the_day_a_change_moves_from_lies_beside_the_new_one(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
