"""The next of a series of occasions, given a weekday by a present or verbless clause, is still to come:
"The next meeting is on Tuesday", "Next update Tuesday", "Next meeting: Tuesday at 3pm", "the upcoming
vote, on Tuesday, is key". "next to the mayor", "the next day" and a past clause keep their readings.
A week named by its first day ("w/c 12 June", "week commencing 19 June", "the week beginning 26
June") is that week, as "the week of March 6" is."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2023, 6, 7)  # the Tuesday before is 06-06, the one after 06-13

CASES = [
    ("The next meeting is on Tuesday.", [("Tuesday", "DATE", "2023-06-13")]),
    ("Next update Tuesday.", [("Tuesday", "DATE", "2023-06-13")]),
    ("Her next appointment is on Monday.", [("Monday", "DATE", "2023-06-12")]),
    (
        "Next meeting: Tuesday at 3pm.",
        [("Tuesday", "DATE", "2023-06-13"), ("3pm", "TIME", "2023-06-13T15:00")],
    ),
    ("The upcoming vote, on Tuesday, is key.", [("Tuesday", "DATE", "2023-06-13")]),
    ("The last meeting was on Tuesday.", [("Tuesday", "DATE", "2023-06-06")]),
    ("He sat next to the mayor on Tuesday.", [("Tuesday", "DATE", "2023-06-06")]),
    ("The rota for w/c 12 June is attached.", [("w/c 12 June", "DATE", "2023-W24")]),
    ("The rota for week commencing 19 June is below.", [("week commencing 19 June", "DATE", "2023-W25")]),
    ("In the week beginning 26 June we close.", [("the week beginning 26 June", "DATE", "2023-W26")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_next_occasions_and_weeks_named_by_their_first_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected
