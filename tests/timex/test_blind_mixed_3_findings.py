"""Rules added after the third blind mixed set (`data/gold/timex/blind_mixed_3.jsonl`, opinion pieces) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "On Saturday she is going into town", "we're going home Friday": the present progressive of "go" with a
  destination tells an arrangement ahead, as "is flying to" and "reopens" do; the past progressive and
  "goes back to March" do not.
- "Cholera, which had killed some 6,500 people in 1832, came back the following year": a relative clause
  in the past perfect looks back in passing even when a number in it is written with a comma, so "the
  following year" counts from the story's year, not from the aside's.
- "dozens of times a year", "a few times a week", "a dozen times a month": an uncounted frequency is a
  set as a counted one is ("three times a day").
- "a generation ago", "generations ago": a generation is no calendar unit, so the time is a past left
  unmeasured (PAST_REF), as "the other day" is.
- "the first week of December", "the last week of November": a week counted in a month is the ISO week
  that has most of its days in that month (the one holding the month's first or last Thursday).
- "On a typical morning the first bus, at 7.40am, carries", "to get to a 7am shift": a clock time of any
  such day ("a typical morning", "an ordinary weekday") or naming a kind of shift is that time of every
  day, not of the DCT's; "an 8pm shift on Friday" keeps its day.
- "At this time of year the nights draw in": the part of the year a piece is written in, which a reader
  names by the DCT's month (a convention decided with the set); "this time last year" stays a day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2011, 9, 13)
SUNDAY = date(2003, 12, 21)
THURSDAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Saturday my son is going into town with his cousins.",
            [("Saturday", "DATE", "2011-09-17")],
        ),
        ("We are going home on Friday after the last exam.", [("Friday", "DATE", "2011-09-16")]),
        ("The whole team is going abroad on Monday for a training camp.", [("Monday", "DATE", "2011-09-19")]),
        ("He was going into town on Saturday when the car broke down.", [("Saturday", "DATE", "2011-09-10")]),
        ("The quarrel goes back to March.", [("March", "DATE", "2011-03")]),
    ],
)
def test_the_progressive_of_go_with_a_destination_is_an_arrangement(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1848 the city closed its cesspits. Typhus, which had killed some 4,200 people in 1837, "
            "returned the following year.",
            [("1848", "DATE", "1848"), ("1837", "DATE", "1837"), ("the following year", "DATE", "1849")],
        ),
        (
            "In 1902 the mill burned. Its owner, who had paid 12,000 dollars for it in 1890, rebuilt it "
            "the following year.",
            [("1902", "DATE", "1902"), ("1890", "DATE", "1890"), ("the following year", "DATE", "1903")],
        ),
    ],
)
def test_a_past_perfect_aside_with_a_grouped_number_does_not_move_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The old culvert floods dozens of times a year.", [("dozens of times a year", "SET", "P1Y")]),
        ("My aunt rings a few times a week.", [("a few times a week", "SET", "P1W")]),
        ("The alarm went off a dozen times a month.", [("a dozen times a month", "SET", "P1M")]),
        ("The press office answered hundreds of calls.", []),
    ],
)
def test_an_uncounted_frequency_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A generation ago the town had three cinemas.", [("A generation ago", "DATE", "PAST_REF")]),
        ("Generations ago the valley was covered in oak.", [("Generations ago", "DATE", "PAST_REF")]),
        ("A new generation of players has arrived.", []),
    ],
)
def test_a_generation_ago_is_an_unmeasured_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shelter has opened every night since the first week of December.",
            [("every night", "SET", "XXXX-XX-XXTNI"), ("the first week of December", "DATE", "2003-W49")],
        ),
        (
            "The roof was fixed in the last week of November.",
            [("the last week of November", "DATE", "2003-W48")],
        ),
        (
            "The recount is due in the second week of January.",
            [("the second week of January", "DATE", "2004-W02")],
        ),
        (
            "She moved house in the first week of June 2019.",
            [("the first week of June 2019", "DATE", "2019-W23")],
        ),
    ],
)
def test_a_week_counted_in_a_month_is_its_iso_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On a typical morning the first ferry, at 6.50am, carries about forty commuters.",
            [("6.50am", "TIME", "XXXX-XX-XXT06:50")],
        ),
        (
            "On an ordinary weekday the canteen opens at 11:30 a.m.",
            [("11:30 a.m.", "TIME", "XXXX-XX-XXT11:30")],
        ),
        ("The new timetable will not get a porter to a 6am shift.", [("6am", "TIME", "XXXX-XX-XXT06:00")]),
        (
            "She starts an 8pm shift on Friday.",
            [("8pm", "TIME", "2026-03-06T20:00"), ("Friday", "DATE", "2026-03-06")],
        ),
        ("The first ferry left at 6.50am.", [("6.50am", "TIME", "2026-03-05T06:50")]),
    ],
)
def test_a_clock_time_of_any_such_day_is_every_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At this time of year the nights draw in early.", [("this time of year", "DATE", "2003-12")]),
        ("The roads are quiet at this time of the year.", [("this time of the year", "DATE", "2003-12")]),
        ("Sales were weaker this time last year.", [("this time last year", "DATE", "2002-12-21")]),
    ],
)
def test_this_time_of_year_is_the_dcts_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
