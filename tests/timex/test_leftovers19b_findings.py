"""Reviewers' findings on round 19 left unmended: each row is a sentence of our own that failed before its
mend.

- A count after a year with no month told stays in that year only up to 3 months, 13 weeks or 92 days
  ("in 1789. Two months later"); "six months later" may run into the next year, so it is counted on.
- A past act "for" a feast a few weeks off is in its run-up only when a word of preparing or arranging,
  buying, travelling or decorating tells it ("shoppers queued for Christmas"); "the family gathered for
  Christmas" and "sales for Christmas fell" take the last one.
- "Eidul Fitr", "Bakra Eid" and West Africa's "Eid-el-Kabir" (Eid al-Adha) are the feasts.
- "Sundays at 3 in the standings" is a ranking, no schedule's hour; "at 6 at Riverside Library" is a place.
- Under a live page's stamp "confirmed kick-off at 3pm" announces a plan, as "announced" does.
- After "at/for the present" only a time noun keeps the time ("the present day"); "the present site" is
  the adjective.
- A deadline issued, given or imposed ("issued an ultimatum at 4 p.m. Thursday") lies ahead of the act.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # 1. a count within a quarter of a year after a bare year
        (
            "The Bastille fell in 1789. Six months later the king fled.",
            date(2020, 1, 1),
            [("1789", "DATE", "1789"), ("Six months later", "DATE", "1789-07")],
        ),
        (
            "The treaty was signed in 1850. Twenty weeks later the troops left.",
            date(2020, 1, 1),
            [("1850", "DATE", "1850"), ("Twenty weeks later", "DATE", "1850-W21")],
        ),
        (
            "The treaty was signed in 1850. 150 days later the troops left.",
            date(2020, 1, 1),
            [("1850", "DATE", "1850"), ("150 days later", "DATE", "1850-05-31")],
        ),
        # 2. "for" a feast is a run-up only after a word of preparing, buying, travelling or decorating
        (
            "The family gathered for Christmas at the farm.",
            date(2023, 12, 10),
            [("Christmas", "DATE", "2022-12-25")],
        ),
        ("Sales for Christmas fell 3 percent.", date(2023, 12, 10), [("Christmas", "DATE", "2022-12-25")]),
        # 3. festival spellings
        (
            "Offices will close for Eidul Fitr next week.",
            date(2023, 4, 10),
            [("Eidul Fitr", "DATE", "2023-04-21"), ("next week", "DATE", "2023-W16")],
        ),
        ("Goat prices rose ahead of Bakra Eid.", date(2023, 6, 1), [("Bakra Eid", "DATE", "2023-06-28")]),
        (
            "Lagos will celebrate Eid el Kabir on Wednesday.",
            date(2023, 6, 1),
            [("Eid el Kabir", "DATE", "2023-06-28"), ("Wednesday", "DATE", "2023-06-07")],
        ),
        # 4. a ranking after a standing day's bare hour
        ("He finished Sundays at 3 in the standings.", date(2023, 5, 1), []),
        ("She sat Mondays at 4 in the polls.", date(2023, 5, 1), []),
        # 5. an announced plan under a live page's stamp
        (
            "09:05\nThe club confirmed kick-off at 3pm.",
            date(2021, 5, 6),
            [("09:05", "TIME", "2021-05-06T09:05"), ("3pm", "TIME", "2021-05-06T15:00")],
        ),
        # 6. "the present" before a noun that is no time
        ("The museum stands at the present site of the fort.", date(2023, 5, 1), []),
        ("The deal was signed for the present owners.", date(2023, 5, 1), []),
        # 8. a deadline created ahead of the act
        (
            "The kidnappers issued an ultimatum at 4 p.m. Thursday.",
            date(2023, 5, 2),
            [("4 p.m. Thursday", "TIME", "2023-05-04T16:00")],
        ),
        ("The judge gave them a deadline of Monday.", date(2023, 5, 2), [("Monday", "DATE", "2023-05-08")]),
        ("The regulator imposed a deadline of Friday.", date(2023, 5, 2), [("Friday", "DATE", "2023-05-05")]),
    ],
)
def test_leftovers19b_findings(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # kept: a few months after a year stays in it
        (
            "The Bastille fell in 1789. Two months later the king fled.",
            date(2020, 1, 1),
            [("1789", "DATE", "1789"), ("Two months later", "DATE", "1789")],
        ),
        # kept: the run-up of buying, queueing, travelling and arranging
        (
            "Families made last-minute purchases for Diwali.",
            date(2023, 11, 1),
            [("Diwali", "DATE", "2023-11-12")],
        ),
        (
            "Shoppers queued for Christmas outside the store.",
            date(2023, 12, 10),
            [("Christmas", "DATE", "2023-12-25")],
        ),
        ("Villagers poured into the towns for Holi.", date(2023, 3, 1), [("Holi", "DATE", "2023-03-08")]),
        (
            "The council finished the bridge in time for Christmas.",
            date(2023, 12, 10),
            [("Christmas", "DATE", "2023-12-25")],
        ),
        # kept: the place after a standing day's bare hour
        (
            "The group meets Tuesdays at 6 at Riverside Library.",
            date(2023, 5, 1),
            [("Tuesdays", "SET", "XXXX-WXX-2"), ("6", "TIME", "XXXX-XX-XXT18:00")],
        ),
        # kept: a past event's time under the stamp
        (
            "09:05\nThe fire started in the kitchen at 10pm.",
            date(2021, 5, 6),
            [("09:05", "TIME", "2021-05-06T09:05"), ("10pm", "TIME", "2021-05-05T22:00")],
        ),
        # kept: "the present" with a time noun or none
        (
            "Records run from 1850 until the present day.",
            date(2023, 5, 1),
            [("1850", "DATE", "1850"), ("the present day", "DATE", "PRESENT_REF")],
        ),
        ("For the present we will wait.", date(2023, 5, 1), [("the present", "DATE", "PRESENT_REF")]),
        # kept: a deadline missed is past
        ("The firm missed the deadline of Friday.", date(2023, 5, 2), [("Friday", "DATE", "2023-04-28")]),
    ],
)
def test_leftovers19b_kept(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
