"""Rules added after the eighty-fourth blind news set (`data/gold/timex/blind_news_84.jsonl`, crime, police
and courts reporting from local and regional newspapers and agencies) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "a 12-week curfew from 7pm to 7am", "a three-month electronically monitored curfew between 8pm and 6am":
  the hours of an order that lasts a length are those of every day it lasts (XXXX-XX-XX), not the day it was
  made; "a 9 p.m. curfew was imposed on Saturday" and "the curfew from 10pm on Saturday" stay one night's.
- "arrested two months later. He has been in prison since July": in news too, a yearless month after
  "since" in the present perfect reaches up to the writer's now, so it is the last such month before the
  DCT, not one of the year a paragraph has moved the story back to ("had been in prison since July" stays
  in the story).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2019, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was given a 12-week curfew from 7pm to 7am.",
            [
                ("12-week", "DURATION", "P12W"),
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ],
        ),
        (
            "She was handed a three-month electronically monitored curfew between 8pm and 6am.",
            [
                ("three-month", "DURATION", "P3M"),
                ("8pm", "TIME", "XXXX-XX-XXT20:00"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ],
        ),
        (
            "The judge imposed a six-month night-time curfew from 9pm until 6am.",
            [
                ("six-month", "DURATION", "P6M"),
                ("9pm", "TIME", "XXXX-XX-XXT21:00"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ],
        ),
        (
            "A 9 p.m. curfew was imposed on Saturday.",
            [("9 p.m.", "TIME", "2019-03-20T21:00"), ("Saturday", "DATE", "2019-03-16")],
        ),
        (
            "The town's curfew from 10pm on Saturday was lifted at 6am.",
            [
                ("10pm", "TIME", "2019-03-16T22:00"),
                ("Saturday", "DATE", "2019-03-16"),
                ("6am", "TIME", "2019-03-16T06:00"),
            ],
        ),
    ],
)
def test_hours_of_an_order_with_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treasurer was suspended on 6 October 2016 and arrested two months later. "
            "He has been in prison since July.",
            [
                ("6 October 2016", "DATE", "2016-10-06"),
                ("two months later", "DATE", "2016-12"),
                ("July", "DATE", "2018-07"),
            ],
        ),
        (
            "The treasurer was suspended on 6 October 2016 and arrested two months later. "
            "He had been in prison since July.",
            [
                ("6 October 2016", "DATE", "2016-10-06"),
                ("two months later", "DATE", "2016-12"),
                ("July", "DATE", "2016-07"),
            ],
        ),
    ],
)
def test_since_in_the_present_perfect_reaches_the_writers_now(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected
