"""Rules added after the fourth blind news set (`data/gold/timex/blind_news_4.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "said over the weekend that he would ...": a that- or when-clause with its own subject after the idiom
  "over the weekend" is the verb's, not a relative clause on "weekend"; "the weekend that followed" is.
- "had been told the day before that the engines ...": "that" opening a clause leaves "the day before"
  a date counted from the day just named; "the day before that vote" is still counted from an event.
- In news, a clock time after a month recalled from years back ("in November 2019 ... at 2 p.m.") falls
  on the news day: a month gives no day for a clock to tell.
- A night told after a small-hours clock time ("at 3:52 a.m. ... the rest of the night") began the day
  before; a morning clock time told after a night falls on the next day.
- A bare part of the day qualifying a market session ("in morning trading") is the session of the day
  reported, not of the day last named.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2019, 3, 11)
THURSDAY = date(2012, 10, 18)
SATURDAY = date(2017, 2, 4)
FRIDAY = date(2020, 11, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The party leader said over the weekend that she would not stand again.",
            [("the weekend", "DATE", "2019-W10-WE")],
        ),
        (
            "Talks resumed over the weekend when the unions dropped their demand.",
            [("the weekend", "DATE", "2019-W10-WE")],
        ),
        (
            "Police said during the weekend that two men had been arrested.",
            [("the weekend", "DATE", "2019-W10-WE")],
        ),
        ("Heavy rain fell over the weekend that followed the parade.", []),
    ],
)
def test_a_clause_after_over_the_weekend_belongs_to_the_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge closed on September 30. Engineers had warned the day before that the cables were worn.",
            [("September 30", "DATE", "2012-09-30"), ("the day before", "DATE", "2012-09-29")],
        ),
        (
            "The bridge closed on September 30. Its owner had said the day before that he would sell it.",
            [("September 30", "DATE", "2012-09-30"), ("the day before", "DATE", "2012-09-29")],
        ),
        (
            "The bridge closed on September 30. The mayor had visited it the day before that storm.",
            [("September 30", "DATE", "2012-09-30")],
        ),
    ],
)
def test_the_day_before_a_that_clause_counts_from_the_day_named(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council voted on Friday to sell the depot. It last sold land in June 2014, to a builder. "
            "The result was announced at 4 p.m.",
            [
                ("Friday", "DATE", "2020-11-13"),
                ("June 2014", "DATE", "2014-06"),
                ("4 p.m.", "TIME", "2020-11-13T16:00"),
            ],
        ),
        (
            "The council voted on Friday. In June 2014, on a rainy Tuesday, it sold land at 4 p.m.",
            [
                ("Friday", "DATE", "2020-11-13"),
                ("June 2014", "DATE", "2014-06"),
                ("Tuesday", "DATE", "2020-11-10"),
                ("4 p.m.", "TIME", "2020-11-10T16:00"),
            ],
        ),
    ],
)
def test_a_clock_time_in_news_needs_a_day_not_a_recalled_month(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A storm hit the coast early Saturday. The sea wall failed at 2:15 a.m. "
            "Families spent the rest of the night in the school hall.",
            [
                ("early Saturday", "DATE", "2017-02-04"),
                ("2:15 a.m.", "TIME", "2017-02-04T02:15"),
                ("the night", "TIME", "2017-02-03TNI"),
            ],
        ),
        (
            "A storm hit the coast early Saturday. The sea wall failed at 2:15 a.m. "
            "Families spent the rest of the night in the school hall. Buses took them home at 10:30 a.m.",
            [
                ("early Saturday", "DATE", "2017-02-04"),
                ("2:15 a.m.", "TIME", "2017-02-04T02:15"),
                ("the night", "TIME", "2017-02-03TNI"),
                ("10:30 a.m.", "TIME", "2017-02-04T10:30"),
            ],
        ),
        (
            "The storm reached the coast on Saturday. The sea wall failed at 9:10 p.m. "
            "Families spent the rest of the night in the school hall.",
            [
                ("Saturday", "DATE", "2017-02-04"),
                ("9:10 p.m.", "TIME", "2017-02-04T21:10"),
                ("the night", "TIME", "2017-02-04TNI"),
            ],
        ),
    ],
)
def test_a_night_after_the_small_hours_began_the_day_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bid is a third above the price at Thursday's close. Shares rose 20% in morning trading.",
            [("Thursday", "DATE", "2020-11-12"), ("morning", "TIME", "2020-11-13TMO")],
        ),
        (
            "The bid is a third above the price at Thursday's close. The shares fell back in afternoon dealings.",
            [("Thursday", "DATE", "2020-11-12"), ("afternoon", "TIME", "2020-11-13TAF")],
        ),
        (
            "The shares closed lower on Thursday. They had risen in the morning.",
            [("Thursday", "DATE", "2020-11-12"), ("the morning", "TIME", "2020-11-12TMO")],
        ),
    ],
)
def test_a_part_of_the_day_qualifying_a_market_session_is_the_day_reported(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected
