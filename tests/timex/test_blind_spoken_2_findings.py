"""Rules added after the second blind spoken set (`data/gold/timex/blind_spoken_2.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- A clock time said in words keeps the "a.m." or "p.m." written after its minutes ("at seven thirty
  p.m."), and any spoken minutes make a clock time when the half of the day follows them ("closed at
  eight fifty-two p.m.", "six oh five a.m."); "seven thirty-year-olds" is still a count.
- A clock time told with "yesterday" or "tomorrow" and a part of that day is one expression, in that
  part's half of the clock ("at about four thirty yesterday afternoon", "until ten o'clock tomorrow
  morning").
- A clock time followed by "on" and a day named with its part ("at about twenty to eleven on Friday
  night") is on that day, in that part's half of the clock; the small hours of a night ("two o'clock on
  Friday night") fall on the next day and are left alone.
- Years are said as a century and its year ("nineteen-forty" with a hyphen, "twenty twenty",
  "twenty twenty-one", "Spring of twenty-twenty", "the fourteenth of December, twenty twenty"), after a
  year's preposition ("at twenty thirty" is a 24-hour clock, "twenty twenty-pound notes" a count).
- A year said "two thousand and five" is a year when a clause's subject follows it ("in two thousand
  and five somebody put ...") and when it answers on its own before a comma ("Two thousand and three,
  yeah.").
- A day of the month said in words and closing its phrase is a date after "on" ("We start on the
  eighteenth.") or right after a day it names again ("next Tuesday, the twenty-second"), not a length
  of twenty seconds; "on the second attempt" is an ordinal before its noun.
- A weekday said before "the" and a day in words belongs to that date ("on Monday the fourteenth of
  December, twenty twenty"), and "the week of the eighth of February" is the week of a day said in words,
  as "the week of 8 February" is.
- In speech "it was", "it's" and "it must have been" tell a clock face as a preposition does ("it was
  maybe five past six", "it must have been twenty-five to eleven"); "the score was five to two" is no
  time, nor are the odds in "it was ten to one they'd lose".
- A clock time told after a week that holds the day just told ("on the night of the 14th? ... that
  week. ... Eight in the evening") stays on that day, not on the day of speaking.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2021, 1, 25)
SUNDAY = date(2018, 7, 22)
THURSDAY = date(2024, 5, 9)
WEDNESDAY = date(2011, 3, 16)
TUESDAY = date(2009, 11, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting opened at seven thirty p.m. and closed at eight fifty-two p.m.",
            [
                ("seven thirty p.m.", "TIME", "2021-01-25T19:30"),
                ("eight fifty-two p.m.", "TIME", "2021-01-25T20:52"),
            ],
        ),
        ("The first bus leaves at six oh five a.m.", [("six oh five a.m.", "TIME", "2021-01-25T06:05")]),
        ("They hired seven thirty-year-old drivers.", []),
    ],
)
def test_spoken_minutes_keep_the_half_of_the_day_after_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was arrested at about four thirty yesterday afternoon.",
            [("about four thirty yesterday afternoon", "TIME", "2018-07-21T16:30")],
        ),
        (
            "The car was found at around six o'clock yesterday morning.",
            [("around six o'clock yesterday morning", "TIME", "2018-07-21T06:00")],
        ),
        (
            "The warning runs until ten o'clock tomorrow morning.",
            [("ten o'clock tomorrow morning", "TIME", "2018-07-23T10:00")],
        ),
        (
            "We'll meet again at seven thirty tomorrow evening.",
            [("seven thirty tomorrow evening", "TIME", "2018-07-23T19:30")],
        ),
    ],
)
def test_a_clock_time_with_yesterday_or_tomorrow_and_its_part_of_the_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cyclist was hit at about twenty to eleven on Friday night.",
            [
                ("about twenty to eleven", "TIME", "2018-07-20T22:40"),
                ("Friday night", "TIME", "2018-07-20TNI"),
            ],
        ),
        (
            "Police were called at eleven o'clock on Friday night.",
            [("eleven o'clock", "TIME", "2018-07-20T23:00"), ("Friday night", "TIME", "2018-07-20TNI")],
        ),
        (
            "The fair opened at half past four on Saturday afternoon.",
            [("half past four", "TIME", "2018-07-21T16:30"), ("Saturday afternoon", "TIME", "2018-07-21TAF")],
        ),
        (
            "The shop was broken into at 9.30 p.m. on Friday night.",
            [("9.30 p.m.", "TIME", "2018-07-20T21:30"), ("Friday night", "TIME", "2018-07-20TNI")],
        ),
    ],
)
def test_a_clock_time_on_a_day_named_with_its_part(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


def test_the_small_hours_of_a_named_night_are_not_put_on_that_day() -> None:
    found = typed("He rang at two o'clock on Friday night.", SUNDAY)
    assert ("two o'clock", "TIME", "2018-07-20T14:00") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The evacuees came in the autumn of nineteen-forty.",
            [("the autumn of nineteen-forty", "DATE", "1940-FA")],
        ),
        ("The mill closed in nineteen-sixty.", [("nineteen-sixty", "DATE", "1960")]),
        (
            "Spring of twenty-twenty, we were all stuck at home.",
            [("Spring of twenty-twenty", "DATE", "2020-SP")],
        ),
        ("The band split up in twenty twenty-one.", [("twenty twenty-one", "DATE", "2021")]),
        (
            "It was held on the fourteenth of December, twenty twenty, by video link.",
            [("the fourteenth of December, twenty twenty", "DATE", "2020-12-14")],
        ),
        ("We ate at twenty thirty.", []),
        ("He paid with twenty twenty-pound notes.", []),
    ],
)
def test_a_year_said_as_its_century_and_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "And then in two thousand and five somebody put one of our songs on an advert.",
            [("two thousand and five", "DATE", "2005")],
        ),
        (
            "Back in two thousand and nine the club nearly folded.",
            [("two thousand and nine", "DATE", "2009")],
        ),
        ("When was that? Two thousand and three, yeah.", [("Two thousand and three", "DATE", "2003")]),
        ("We sold two thousand and five the first week.", []),
    ],
)
def test_a_year_said_two_thousand_and_n_before_a_clause_or_as_an_answer(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We start the tour in Glasgow on the eighteenth.", [("the eighteenth", "DATE", "2011-03-18")]),
        (
            "The vote is next Tuesday, the twenty-second.",
            [("next Tuesday", "DATE", "2011-03-22"), ("the twenty-second", "DATE", "2011-03-22")],
        ),
        ("She cleared the bar on the second attempt.", []),
        ("There was a twenty-second pause.", [("twenty-second", "DURATION", "PT20S")]),
    ],
)
def test_a_day_of_the_month_said_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_a_clock_time_after_the_week_of_the_day_told_stays_on_that_day() -> None:
    text = (
        "Q. I want to take you back to August of last year. Were you at work on the night of the 14th?\n\n"
        "A. Yes. I was on the night shift that week.\n\n"
        "Q. When did your shift start?\n\n"
        "A. Eight in the evening."
    )
    assert typed(text, TUESDAY) == [
        ("August of last year", "DATE", "2008-08"),
        ("the 14th", "DATE", "2008-08-14"),
        ("that week", "DATE", "2008-W33"),
        ("Eight in the evening", "TIME", "2008-08-14T20:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council met on Monday the fourteenth of December, twenty twenty, by video link.",
            [("Monday the fourteenth of December, twenty twenty", "DATE", "2020-12-14")],
        ),
        ("She arrived on Friday the first of May.", [("Friday the first of May", "DATE", "2020-05-01")]),
        (
            "The swings will be put in during the week of the eighth of February.",
            [("the week of the eighth of February", "DATE", "2021-W06")],
        ),
    ],
)
def test_a_weekday_and_a_week_told_with_a_day_in_words(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the time they arrived it must have been twenty-five to eleven.",
            [("twenty-five to eleven", "TIME", "2009-11-03T10:35")],
        ),
        (
            "I'd just clocked off, it was maybe five past six.",
            [("five past six", "TIME", "2009-11-03T06:05")],
        ),
        ("It's gone ten past nine.", [("ten past nine", "TIME", "2009-11-03T09:10")]),
        ("The score was five to two at the break.", []),
        ("It was ten to one they'd lose.", []),
    ],
)
def test_it_was_tells_a_clock_face(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
