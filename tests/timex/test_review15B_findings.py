"""Second reading of the yearless story days and the rules of the Earth-history and memoir sets (review
15B): a clock time told on a weekday or a movable feast right after it is not placed in the stand-in year;
what is reckoned from a yearless story day is anchored on the expression that told the day, not on index
-1; the first or last day of a month or a year of no known year is still a day; a morning told "by" in a
relative clause after an evening is that day's own; a yearly set makes a day every year's only in its own
clause; "can fall" makes a date every year's only when what
falls is a day kept by a calendar."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            # the weekday the clock time is told on cannot be placed on a day with no year
            "They married on 3 May. At 10am on Tuesday they sailed.",
            None,
            [
                ("3 May", "DATE", "XXXX-05-03"),
                ("10am", "TIME", "XXXX-WXX-2T10:00"),
                ("Tuesday", "DATE", "XXXX-WXX-2"),
            ],
        ),
        (
            # a clause on a noun after the evening looks back on that day's own morning
            "On Friday evening the shop, which had opened by 9am, finally closed.",
            date(2022, 2, 3),
            [("Friday evening", "TIME", "2022-01-28TEV"), ("9am", "TIME", "2022-01-28T09:00")],
        ),
        (
            # a movable feast's day depends on its year: the stand-in year must not place it
            "They arrived on 1 March. At noon on Easter Sunday the bells rang.",
            None,
            [
                ("1 March", "DATE", "XXXX-03-01"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
                ("Easter Sunday", "DATE", "XXXX-XX-XX"),
            ],
        ),
        (
            # a price that can fall in a month is no movable day of every year
            "Prices can fall sharply in March, analysts said.",
            date(2022, 2, 3),
            [("March", "DATE", "2022-03")],
        ),
        (
            # "every year" in a clause before ", and" does not make the next clause's day every year's
            "He has come back every year since, and this time he arrived at 5pm on 3 May.",
            date(2022, 2, 3),
            [
                ("every year", "SET", "P1Y"),
                ("5pm", "TIME", "2021-05-03T17:00"),
                ("3 May", "DATE", "2021-05-03"),
            ],
        ),
        (
            "The sale ends on the last day of June.",
            None,
            [("the last day of June", "DATE", "XXXX-06-30")],
        ),
        (
            "Rent was due on the last day of February.",
            None,
            [("the last day of February", "DATE", "XXXX-02-XX")],
        ),
        (
            "The shop opened on the first day of the month.",
            None,
            [("the first day of the month", "DATE", "XXXX-XX-01")],
        ),
    ],
)
def test_review15b_values(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


def test_yearless_story_anchor_is_the_day_told() -> None:
    expressions = resolve_expressions(
        "The storm reached the island on 3 March. That evening the harbour flooded.", None
    )
    evening = expressions[1]
    assert evening.value == "XXXX-03-03TEV"
    assert evening.anchor.expression == 0
    assert "#-1" not in evening.explanation
