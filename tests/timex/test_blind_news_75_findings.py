"""Rules added after the seventy-fifth blind news set (`data/gold/timex/blind_news_75.jsonl`, human-interest
and people news) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "she turns 18 on Sunday", "he retires on Friday": a personal milestone in the present simple with a
  weekday is arranged ahead, as "the museum reopens on Monday" is; "turn" only before the age reached,
  and a relative clause's past before it ("who has served since 1979") does not make it past.
- "met on Tuesday afternoon and talked until three in the morning": what lasts from a day's morning or afternoon until
  the small hours ends on the next day, as it does from an evening.
- "on the night of 3 May ... By dawn": a night named by its date ends at the next day's dawn.
- "New Year's Eve is never quiet", "Christmas is always busy": a feast with an adverb of how often after
  "is" says what it is like every year and names no one day; "This Christmas is never ..." does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2025, 7, 7)
WEDNESDAY = date(2025, 7, 9)
THURSDAY = date(2019, 5, 9)
FRIDAY = date(2001, 6, 1)
TUESDAY = date(2025, 1, 7)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Her grandson turns 18 on Sunday and has booked his first driving lesson.", WEDNESDAY,
         [("Sunday", "DATE", "2025-07-13")]),
        ("The village school, which has taught three generations of farmers, turns 150 on Sunday.", WEDNESDAY,
         [("Sunday", "DATE", "2025-07-13")]),
        ("My father is turning sixty on Sunday.", WEDNESDAY, [("Sunday", "DATE", "2025-07-13")]),
        ("The club secretary, who has kept the books since 1979, retires on Friday.", MONDAY,
         [("1979", "DATE", "1979"), ("Friday", "DATE", "2025-07-11")]),
        ("The club secretary retired on Friday.", MONDAY, [("Friday", "DATE", "2025-07-04")]),
    ],
)  # fmt: skip
def test_a_milestone_in_the_present_lies_ahead(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The two families met on Tuesday afternoon. "We talked until three in the morning," one said.',
         [("Tuesday afternoon", "TIME", "2019-05-07TAF"), ("three in the morning", "TIME", "2019-05-08T03:00")]),
        ("The crew started work on Saturday morning. They kept going until four in the morning.",
         [("Saturday morning", "TIME", "2019-05-04TMO"), ("four in the morning", "TIME", "2019-05-05T04:00")]),
        ("The sale opened at 10 a.m. on Friday and ran until 3 a.m.",
         [("10 a.m.", "TIME", "2019-05-03T10:00"), ("Friday", "DATE", "2019-05-03"), ("3 a.m.", "TIME", "2019-05-04T03:00")]),
        ("The strike began at 1 a.m. on Friday and lasted until 4 a.m.",
         [("1 a.m.", "TIME", "2019-05-03T01:00"), ("Friday", "DATE", "2019-05-03"), ("4 a.m.", "TIME", "2019-05-03T04:00")]),
    ],
)  # fmt: skip
def test_until_the_small_hours_after_a_days_daytime(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fire broke out in the barn on the night of 3 May. By dawn the roof had gone.",
         [("3 May", "DATE", "2001-05-03"), ("dawn", "TIME", "2001-05-04TMO")]),
        ("The cattle broke out on the night of 12 April, and most were back by morning.",
         [("12 April", "DATE", "2001-04-12"), ("morning", "TIME", "2001-04-13TMO")]),
        ("Fire broke out in the barn on 3 May. By dawn the roof had gone.",
         [("3 May", "DATE", "2001-05-03"), ("dawn", "TIME", "2001-05-03TMO")]),
    ],
)  # fmt: skip
def test_dawn_after_a_night_named_by_its_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Christmas Day is never quiet on a children\'s ward," the nurse said.', []),
        ("Boxing Day is always busy at the garden centre.", []),
        ("This Christmas is never going to feel the same.", [("This Christmas", "DATE", "2024-12-25")]),
    ],
)
def test_a_feast_said_to_be_always_so(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
