"""Rules added after the eighty-first blind news set (`data/gold/timex/blind_news_81.jsonl`, general agency
and newspaper copy of 1989-1998) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "the final quarter of 1996", "the final half of 1989": "final" names a year's last quarter or half, as
  "last" does; "scored in the final quarter" (a period of play, no year) stays untagged.
- "have not been paid for three months": a length after "for" is no quarter's report, so "a year ago" in
  the same stretch of text keeps year granularity.
- "we expect 1998 to be another year of growth", "he thinks 2001 will be harder": a year after a verb of
  expecting or judging, before "to be" or "will be", is a year; "expect 2000 to attend" stays a count.
- "said it would begin hiring if no agreement was reached by Labor Day": a past verb in a condition of
  "would" is a future seen from the past, so the holiday is the coming one.
- "could take weeks for the water to go down and months to repair roads": a second bare unit after "and",
  before "to" and a verb, shares the left-out verb of the first length.
- "later this month", "later this year": "later" stays in the extent with no mod, as every gold set has it
  ("earlier this month" keeps START).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

MONDAY = date(1994, 3, 28)
FRIDAY = date(1997, 8, 15)
TUESDAY = date(1998, 10, 20)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Profit fell to 40 cents a share in the final quarter of 1996.",
            TUESDAY,
            [("the final quarter of 1996", "DATE", "1996-Q4")],
        ),
        (
            "Sales were weak in the final quarter of last year.",
            TUESDAY,
            [("the final quarter of last year", "DATE", "1997-Q4")],
        ),
        ("The Bulls scored 30 points in the final quarter.", TUESDAY, []),
        (
            "Miners have not been paid for three months, and coal costs twice what it did a year ago.",
            MONDAY,
            [("three months", "DURATION", "P3M"), ("a year ago", "DATE", "1993")],
        ),
        (
            "The airline expects 1999 to be its best year since the Gulf War.",
            TUESDAY,
            [("1999", "DATE", "1999")],
        ),
        ("Analysts think 2001 will be harder for exporters.", TUESDAY, [("2001", "DATE", "2001")]),
        ("Organizers expect 2000 to attend the rally.", TUESDAY, []),
        (
            "The union said it would strike if no contract was signed by Labor Day.",
            FRIDAY,
            [("Labor Day", "DATE", "1997-09-01")],
        ),
        (
            "Its leaders warned that the walkout would go on unless the company made an offer by Christmas.",
            FRIDAY,
            [("Christmas", "DATE", "1997-12-25")],
        ),
        (
            "Engineers said it would take days to drain the tunnel and weeks to repair the track.",
            FRIDAY,
            [("days", "DURATION", "PXD"), ("weeks", "DURATION", "PXW")],
        ),
        (
            "It took hours to reach the village and days to clear the road.",
            FRIDAY,
            [("hours", "DURATION", "PTXH"), ("days", "DURATION", "PXD")],
        ),
    ],
)
def test_blind_news_81_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The central bank will publish its forecasts later this month.", ("later this month", None)),
        ("The plant is due to open later this year.", ("later this year", None)),
        ("Prices rose earlier this month.", ("earlier this month", "START")),
    ],
)
def test_blind_news_81_later_this_has_no_mod(text: str, expected: tuple[str, str | None]) -> None:
    assert [(e.text, e.mod) for e in resolve_expressions(text, FRIDAY)] == [expected]
