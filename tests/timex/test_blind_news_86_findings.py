"""Rules added after the eighty-sixth blind news set (`data/gold/timex/blind_news_86.jsonl`, broadcast news
transcripts of 1997-2003) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "The ferry is back in port tonight. It sailed at 2:15 a.m.": the small hours after the writer's own
  tonight are still to come, so a past act at such an hour was on the DCT; a plan ("will sail at 2:15
  a.m.") and a night told as past ("last night ... until 2 a.m.") still run on past midnight.
- "the board meets next Tuesday", written on a Monday: the writer's tomorrow would be "tomorrow" or
  "Tuesday", so "next Tuesday" is the one of the week after; "next Wednesday" on a Monday, "this Tuesday"
  and "next Tuesday, the 13th" keep the nearest.
- "another week of this would ruin us", "another day of talks": one more of a unit filled with what
  "of" names is a length; "another day of the week" and "another day of your choosing" are a different
  day, not a length, and a predicate's "2002 will be another year of slow growth" a year of a kind.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2001, 3, 12)
THURSDAY = date(2002, 6, 6)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The ferry is back in port tonight. It sailed at 2:15 a.m. with forty passengers.",
            THURSDAY,
            [("tonight", "TIME", "2002-06-06TNI"), ("2:15 a.m.", "TIME", "2002-06-06T02:15")],
        ),
        (
            "Crews are still at the scene tonight. The fire broke out at 4 a.m. in a warehouse.",
            THURSDAY,
            [("tonight", "TIME", "2002-06-06TNI"), ("4 a.m.", "TIME", "2002-06-06T04:00")],
        ),
        # look-alikes: a plan after tonight and a night told as past run on past midnight
        (
            "The ferry is in port tonight. It will sail at 2:15 a.m.",
            THURSDAY,
            [("tonight", "TIME", "2002-06-06TNI"), ("2:15 a.m.", "TIME", "2002-06-07T02:15")],
        ),
        (
            "Last night the talks went on until 2 a.m.",
            THURSDAY,
            [("Last night", "TIME", "2002-06-05TNI"), ("2 a.m.", "TIME", "2002-06-06T02:00")],
        ),
        (
            "The central bank's board meets next Tuesday.",
            MONDAY,
            [("next Tuesday", "DATE", "2001-03-20")],
        ),
        (
            "Next Tuesday the museum reopens to the public.",
            MONDAY,
            [("Next Tuesday", "DATE", "2001-03-20")],
        ),
        # look-alikes: the nearest one when it is not the writer's tomorrow, or when named as such
        (
            "The central bank's board meets next Wednesday.",
            MONDAY,
            [("next Wednesday", "DATE", "2001-03-14")],
        ),
        (
            "The board meets this Tuesday.",
            MONDAY,
            [("this Tuesday", "DATE", "2001-03-13")],
        ),
        (
            "The vote is next Tuesday, the 13th.",
            MONDAY,
            [("next Tuesday, the 13th", "DATE", "2001-03-13")],
        ),
        (
            "Farmers say another week of this heat would ruin the harvest.",
            MONDAY,
            [("another week", "DURATION", "P1W")],
        ),
        (
            "Negotiators in Geneva face another day of talks.",
            MONDAY,
            [("another day", "DURATION", "P1D")],
        ),
        # look-alikes: a different day, not one more of the unit
        ("You can pick another day of the week.", MONDAY, [("the week", "DATE", "2001-W11")]),
        ("We can meet another day of your choosing.", MONDAY, []),
        # look-alike: a predicate names a year of a kind, not one more year
        (
            "Economists think 2002 will be another year of slow growth.",
            MONDAY,
            [("2002", "DATE", "2002")],
        ),
    ],
)
def test_blind_news_86_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
