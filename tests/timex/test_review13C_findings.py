"""Review 13C of the rules from the chats, maritime news, African kingdoms and instructions blind sets:
one row per mend.

- "half to 9" is no clock face ("cut by half to 9 players"); only "quarter" takes "to"; "half 6 of the
  cars" is a share of a count.
- "today PM": only "am" may be the verb after a day word ("where tomorrow am I"); "pm" is the afternoon.
- A work chat's name line above its message ("Lena Ford  10:02 AM") carries a device's twelve-hour clock;
  a programme's "Doors 19:00" above "Support act from 19:45" is no chat stamp, and the day told before the
  programme keeps its times.
- A season "lived through" after "had a", "after a" needs describing words before it, not a phrase about
  it ("after a meeting about the summer", "following a review of the summer timetable" look ahead).
- A clock time leaves a past day told before only in a definite future ("will begin at 11 p.m."), not in a
  plan told in the past ("said the tow would resume at 11 p.m.", "expected to resume").
- A number reading as a modern year after a year's preposition ("since 2016") is a clock only where its
  own sentence writes a 24-hour clock, not anywhere on a one-line paragraph.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The squad was cut by half to 9 players.", []),
        ("Profits were cut by half to 8 million.", []),
        ("Be there by quarter to 7.", [("quarter to 7", "TIME", "2022-02-03T18:45")]),
        ("About half 6 of the cars failed the test.", []),
        ("The doctor said to come in today PM.", [("today PM", "TIME", "2022-02-03TAF")]),
        ("Where tomorrow am I?", [("tomorrow", "DATE", "2022-02-04")]),
        (
            "On Saturday 12 March the gig runs as follows.\nDoors 19:00\nSupport act from 19:45.",
            [("Saturday 12 March", "DATE", "2022-03-12"), ("19:45", "TIME", "2022-03-12T19:45")],
        ),
        (
            "Following a review of the summer timetable, the buses will run later.",
            [("the summer", "DATE", "2022-SU")],
        ),
        (
            "After a meeting about the summer, the council will vote.",
            [("the summer", "DATE", "2022-SU")],
        ),
        (
            "Tugs pulled at her on Monday evening. Crews expected to resume the tow at 11 p.m.",
            [("Monday evening", "TIME", "2022-01-31TEV"), ("11 p.m.", "TIME", "2022-01-31T23:00")],
        ),
        (
            "Tugs pulled at her on Monday evening. The coastguard said the tow would resume at 11 p.m.",
            [("Monday evening", "TIME", "2022-01-31TEV"), ("11 p.m.", "TIME", "2022-01-31T23:00")],
        ),
        (
            "Tugs pulled at her on Monday evening. The tow will resume at 11 p.m.",
            [("Monday evening", "TIME", "2022-01-31TEV"), ("11 p.m.", "TIME", "2022-02-03T23:00")],
        ),
        (
            "The ship struck a reef at 0214. The union, which has called for it since 2016, said the rules"
            " were weak.",
            [("0214", "TIME", "2022-02-03T02:14"), ("2016", "DATE", "2016")],
        ),
    ],
)
def test_review_13c_mends(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
