"""Rules added after the eighty-fifth blind news set (`data/gold/timex/blind_news_85.jsonl`, everyday
national-desk copy of 2000-2012) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "the entire 2004 primary", "the whole 2010 season": "the" and a whole-of adjective before a year make
  it a year used as a modifier, as "the 2004 primary" is; a counted plural after it stays an amount.
- "spent Saturday trading players", "spent most of Sunday trading calls": a day spent doing something is a
  date, the "-ing" word after it a verb, not a service named by the day ("Saturday trading was light").
- "fell in the morning before recovering", "during the evening after signing the deal": a part of the day
  after "in" or "during", then "before"/"after" and a participle, is that part of the day; "the morning
  before the vote" is still left to the day it is counted from.
- "will be planted over the next decade": a plan's stretch from now is a length, as "over the coming
  decade" is; a told past ("grew over the next decade") stays the decade.
- "in a matter of weeks", "a matter of hours": a length of an unknown number of the unit, the phrase whole.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2006, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turnout was already higher than in the entire 1998 election.",
            [("1998", "DATE", "1998")],
        ),
        ("She coached the whole 2002 season without pay.", [("2002", "DATE", "2002")]),
        ("The entire 2000 employees were sent home.", []),
        (
            "The two clubs spent Saturday trading players before the deadline.",
            [("Saturday", "DATE", "2006-03-11")],
        ),
        (
            "Negotiators spent most of Sunday trading calls with the union.",
            [("Sunday", "DATE", "2006-03-12")],
        ),
        ("Saturday trading was light across the region.", []),
        (
            "Oil prices fell in the morning before recovering on the inventory report.",
            [("the morning", "TIME", "2006-03-15TMO")],
        ),
        (
            "The minister relaxed during the evening after signing the accord.",
            [("the evening", "TIME", "2006-03-15TEV")],
        ),
        (
            "The agency said 4,000 oaks will be planted along the river over the next decade.",
            [("the next decade", "DURATION", "P10Y")],
        ),
        ("Enrollment grew steadily over the next decade.", [("the next decade", "DATE", "201")]),
        (
            "The warehouse was emptied in a matter of weeks.",
            [("a matter of weeks", "DURATION", "PXW")],
        ),
        ("Tickets for the final sold out in a matter of hours.", [("a matter of hours", "DURATION", "PTXH")]),
        ("For the mayor it is a matter of principle.", []),
    ],
)
def test_news_85_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
