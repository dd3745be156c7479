"""Review 19D of the crime-and-courts rules (`test_blind_news_84_findings.py`): each row is a sentence of our
own that failed before its mend.

- An order's daily hours after a length written without a hyphen ("a 12 week curfew"), as "week-long", with
  three words between ("electronically tagged home curfew"), with "order" or "requirement" after "curfew",
  or a comma before the hours; a one-day curfew's hours stay on its day.
- "since July" in the present perfect reaches the writer's now when the perfect is contracted ("hasn't
  been", "he's been") as when written out, and so does "since July 4".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was given a 12 week curfew from 7pm to 7am.",
            [
                ("12 week", "DURATION", "P12W"),
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ],
        ),
        (
            "He was handed a week-long curfew from 8pm to 5am.",
            [
                ("week-long", "DURATION", "P1W"),
                ("8pm", "TIME", "XXXX-XX-XXT20:00"),
                ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ],
        ),
        (
            "He was given a 16-week electronically tagged home curfew from 8pm to 6am.",
            [
                ("16-week", "DURATION", "P16W"),
                ("8pm", "TIME", "XXXX-XX-XXT20:00"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ],
        ),
        (
            "He was given a two-month curfew requirement between 8pm and 6am.",
            [
                ("two-month", "DURATION", "P2M"),
                ("8pm", "TIME", "XXXX-XX-XXT20:00"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ],
        ),
        (
            "He was given a 12-week curfew order from 7pm to 7am.",
            [
                ("12-week", "DURATION", "P12W"),
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ],
        ),
        (
            "He was given a 12-week curfew, from 7pm to 7am.",
            [
                ("12-week", "DURATION", "P12W"),
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ],
        ),
        (
            "The governor ordered a one-day curfew from 6am to 6pm.",
            [
                ("one-day", "DURATION", "P1D"),
                ("6am", "TIME", "2022-02-03T06:00"),
                ("6pm", "TIME", "2022-02-03T18:00"),
            ],
        ),
    ],
)
def test_daily_hours_of_an_order(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


_MOVED_BACK = "The treasurer was suspended on 6 October 2016 and arrested two months later. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _MOVED_BACK + "He hasn't been seen since July.",
            [
                ("6 October 2016", "DATE", "2016-10-06"),
                ("two months later", "DATE", "2016-12"),
                ("July", "DATE", "2021-07"),
            ],
        ),
        (
            _MOVED_BACK + "He's been in prison since July.",
            [
                ("6 October 2016", "DATE", "2016-10-06"),
                ("two months later", "DATE", "2016-12"),
                ("July", "DATE", "2021-07"),
            ],
        ),
        (
            "The firm was bought in June 2018. It has been run from Leeds since July 4.",
            [("June 2018", "DATE", "2018-06"), ("July 4", "DATE", "2021-07-04")],
        ),
        (
            "The firm was bought in June 2018. It had been run from Leeds since July 4.",
            [("June 2018", "DATE", "2018-06"), ("July 4", "DATE", "2018-07-04")],
        ),
    ],
)
def test_since_in_a_contracted_present_perfect(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
