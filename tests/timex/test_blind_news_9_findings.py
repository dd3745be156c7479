"""Rules added after the ninth blind news set (`data/gold/timex/blind_news_9.jsonl`, politics and
government copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- A morning paper tells the night before: once a story has put its events on the day before the DCT
  ("late Thursday", "Tuesday night", "last night") and has not come on to the DCT since, a past-tense
  evening clock time with no day of its own ("shortly after 10 p.m.", "until 9 p.m.") is that day's
  evening, even after a deadline still ahead or the small hours of the DCT ("early Wednesday") have
  been named; what a paper tells in the past did not happen on the evening of the day it is dated.
- "the start of next year", "the end of next month": the article is the edge's, so "next year" stays
  the writer's next year; "the next year" (article on "next") is the year after the one just told.
- "the last day of the session", "the last week of the campaign": the final unit of what follows, not
  the unit before now.
- "the 2026-27 budget", "the 2024-25 financial year": a dash joins two years into one year of account
  before an account's noun, named by the year it ends in, as "2024/25" is; "in 1848-49" stays two years.
- "the summer recess", "the spring round": a season qualifying a noun leaves the article to the noun;
  "the autumn term", "the spring semester" are a school's own periods, not the season, and not times.
- "a little more than two hours", "slightly less than a year": the hedge is part of the qualifier,
  inside the extent with its mod, as "just over" is.
- "as recently as last month": "recently" in a comparison leads to the time after it and is no time
  of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

FRIDAY = date(2026, 6, 26)
WEDNESDAY = date(2008, 3, 5)
SATURDAY = date(1993, 5, 15)
MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "dct", "surface", "value"),
    [
        (
            "The council adopted its budget late Thursday, beating the July 1 deadline. The first vote came "
            "shortly after 10 p.m., and the second at 11:40 p.m.",
            FRIDAY,
            "10 p.m.",
            "2026-06-25T22:00",
        ),
        (
            "The council adopted its budget late Thursday, beating the July 1 deadline. The first vote came "
            "shortly after 10 p.m., and the second at 11:40 p.m.",
            FRIDAY,
            "11:40 p.m.",
            "2026-06-25T23:40",
        ),
        (
            "Hart won the mayoral primary Tuesday night. Her rival had not conceded by early Wednesday. "
            "Hart thanked volunteers at a union hall shortly before midnight.",
            WEDNESDAY,
            "midnight",
            "2008-03-04T24:00",
        ),
        (
            "Voters queued outside the library on Tuesday. A judge ordered three schools to stay open "
            "until 9 p.m. after ballots ran short.",
            WEDNESDAY,
            "9 p.m.",
            "2008-03-04T21:00",
        ),
        # the story has come on to the DCT: its evening is the DCT's
        (
            "Hart won the primary on Tuesday. She met donors on Wednesday and left the city at 8 p.m.",
            WEDNESDAY,
            "8 p.m.",
            "2008-03-05T20:00",
        ),
        # the story has come on to the DCT in the sentence before
        (
            "Hart won the primary on Tuesday. Today she toured two factories. She flew home at 8 p.m.",
            WEDNESDAY,
            "8 p.m.",
            "2008-03-05T20:00",
        ),
    ],
)
def test_an_evening_clock_time_falls_on_the_night_the_story_told(
    text: str, dct: date, surface: str, value: str
) -> None:
    values = {found: found_value for found, _, found_value in typed(text, dct)}
    assert values[surface] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The amendment would have moved the fines from 1 April 1993 to the start of next year.",
            [("1 April 1993", "1993-04-01", None), ("the start of next year", "1992", "START")],
        ),
        (
            "The plan takes effect on 1 April 1993 and is reviewed by the end of next month.",
            [("1 April 1993", "1993-04-01", None), ("the end of next month", "1991-08", "END")],
        ),
        (
            "The dam was begun on 3 May 1987. By the end of the next year it was half built.",
            [("3 May 1987", "1987-05-03", None), ("the end of the next year", "1988", "END")],
        ),
    ],
)
def test_an_edge_of_next_year_is_the_writers_next_year(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, date(1991, 7, 10)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill passed on May 7, the last day of the session.",
            [("May 7", "DATE", "1993-05-07")],
        ),
        ("Both candidates toured the coast in the last week of the campaign.", []),
        # the first or last day of a month is one date (blind_narrative_71; "the first day of the new
        # century" is one in the gold sets)
        ("The talks ran through the last day of March.", [("the last day of March", "DATE", "1993-03-31")]),
        # without "of", the unit before now
        ("Turnout was low in the last week.", [("the last week", "DATE", "1993-W18")]),
        ("The governor signed it last week.", [("last week", "DATE", "1993-W18")]),
    ],
)
def test_the_last_unit_of_something_is_not_the_last_unit_before_now(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2026-27 budget raises school aid.", [("2026-27", "DATE", "2027")]),
        (
            "Ministers set out the 2024–25 budget in March.",
            [("2024–25", "DATE", "2025"), ("March", "DATE", "2026-03")],
        ),
        ("Receipts fell in the 2024-25 financial year.", [("2024-25", "DATE", "2025")]),
        ("Allowances change in the 2025-26 tax year.", [("2025-26", "DATE", "2026")]),
        # a span of years that is not an account stays two years
        ("The mill was rebuilt in 1848-49.", [("1848", "DATE", "1848"), ("49", "DATE", "1849")]),
        ("Costs rose in 2019-20 across the region.", [("2019", "DATE", "2019"), ("20", "DATE", "2020")]),
    ],
)
def test_a_dash_joins_two_years_into_a_year_of_account_before_its_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MPs leave for the summer recess next week.",
            [("summer", "DATE", "2025-SU"), ("next week", "DATE", "2025-W12")],
        ),
        ("Entries for the spring round close soon.", [("spring", "DATE", "2025-SP")]),
        ("Pupils sit the tests at the end of the spring term.", []),
        ("She teaches two classes in the autumn semester.", []),
        # a season standing alone keeps its article
        ("The bridge will reopen in the summer.", [("the summer", "DATE", "2025-SU")]),
    ],
)
def test_a_season_qualifying_a_noun_is_the_season_alone(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The result came a little more than two hours after the polls closed.",
            [("a little more than two hours", "PT2H", "MORE_THAN")],
        ),
        ("The inquiry took slightly less than a year.", [("slightly less than a year", "P1Y", "LESS_THAN")]),
        (
            "The vote was held just less than a week after the debate.",
            [("just less than a week", "P1W", "LESS_THAN")],
        ),
    ],
)
def test_a_hedged_qualifier_stays_in_the_extent(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polls as recently as last month showed the Yes side ahead.",
            [("last month", "DATE", "2025-02")],
        ),
        ("Such bills were common as recent as 2019.", [("2019", "DATE", "2019")]),
        ("The minister recently changed her mind.", [("recently", "DATE", "PAST_REF")]),
    ],
)
def test_recently_in_a_comparison_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
