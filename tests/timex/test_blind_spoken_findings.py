"""Rules added after the blind spoken set (`data/gold/timex/blind_spoken.jsonl`) was scored once: each row
is a sentence of our own showing the general English usage behind one finding.

- Years of this century are said "two thousand and nine": after a preposition of years ("until two
  thousand and one,", "back in two thousand and ten they ...") or as an answer of their own ("Two
  thousand and sixteen."), where the phrase closes; "two thousand and ten cases" counts things.
- The clock face is told in words: "quarter to six", "a quarter past four", "twenty past two", "ten
  past nine"; counted minutes need a clock's preposition ("odds of ten to one" are no time).
- A spelled hour with its part of the day is a time with no preposition before it ("Ten at night to six
  in the morning"), and so is a spelled hour written with a.m. or p.m. ("at eleven p.m.").
- A clock time told with "last night" is one expression, on the evening before the day of speaking
  ("eleven o'clock last night", "approximately ten fifteen last night"); its small hours fall on the
  day of speaking.
- Spoken "N units back" before a pause is "N units ago" ("a couple of years back?"); vague counts ("a
  few years back") are PAST_REF as "a few years ago" is.
- "in five years' time": the length is told with "time", which belongs to the expression.
- "forty-odd years": about forty years (APPROX).
- "the other night", "moments ago", "a moment ago" are past times left unnamed (PAST_REF), as "the
  other day" is.
- "the night clerk", "the night shift": a kind of work, not a night.
- A spoken date keeps its spoken year: "the third of May, two thousand and eight", "the fourth of July,
  nineteen seventy-six"; "the first of May, nineteen people came" is the date, then a count.
- "September of last year": one expression, as "September last year" is.
- "the summer of seventy-six", "June of sixty-eight": a year of two digits said in words after a season
  or month and "of" takes its century from the story, as "the spring of 66" does; "the fall of sixty
  soldiers" counts.
- "Now," opening a sentence or a speaker's turn is a marker of the talk's next step, not the present
  ("Now, in other news", "Now, he says, ..."), as the TimeBank/AQUAINT annotation leaves it; "now" after
  a colon inside a sentence, or with no comma after it, is still the present.
- A weekday told with "the" ("He stayed the Friday and the Saturday", "on the 14th, the Sunday") is a
  day of the week the story is telling, the one nearest the story's day, even after a "today" of the
  speaker; a story in the speaker's own week keeps the reading from the day of speaking.
- A clock time told without a.m. or p.m. after "tonight" on the day of speaking is that evening's hour
  from five o'clock ("Our top story tonight ... it's just gone half past six").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

THURSDAY = date(2015, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new library will not open until two thousand and one, the mayor said.",
            [("two thousand and one", "DATE", "2001")],
        ),
        (
            "Back in two thousand and ten they promised us a bypass.",
            [("two thousand and ten", "DATE", "2010")],
        ),
        ("We moved to the coast in two thousand and nine.", [("two thousand and nine", "DATE", "2009")]),
        (
            "When did you stop? Two thousand and sixteen. I miss it.",
            [("Two thousand and sixteen", "DATE", "2016")],
        ),
        ("The firm opened its doors in two thousand.", [("two thousand", "DATE", "2000")]),
        ("Inspectors found two thousand and ten cases of fraud.", []),
        ("Two thousand and ten people signed it.", []),
        ("Membership rose by two thousand.", []),
    ],
)
def test_years_said_in_words_in_this_century(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He came down at quarter to six in the morning.",
            [("quarter to six in the morning", "TIME", "2015-03-12T05:45")],
        ),
        (
            "Meet me at a quarter past four in the afternoon.",
            [("a quarter past four in the afternoon", "TIME", "2015-03-12T16:15")],
        ),
        (
            "The alarm went off at twenty past seven in the morning.",
            [("twenty past seven in the morning", "TIME", "2015-03-12T07:20")],
        ),
        (
            "We left at ten past nine in the morning.",
            [("ten past nine in the morning", "TIME", "2015-03-12T09:10")],
        ),
        ("The bookmakers gave odds of ten to one.", []),
        ("Sentences range from five to ten years.", [("five to ten years", "DURATION", "PXY")]),
    ],
)
def test_the_clock_face_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My shift ran ten at night to six in the morning.",
            [
                ("ten at night", "TIME", "2015-03-12T22:00"),
                # a range closing at an earlier hour than it opens runs past midnight
                ("six in the morning", "TIME", "2015-03-13T06:00"),
            ],
        ),
        (
            "Nine in the morning is too early for a meeting.",
            [("Nine in the morning", "TIME", "2015-03-12T09:00")],
        ),
        ("Nine tonight came to the vigil.", [("tonight", "TIME", "2015-03-12TNI")]),
        (
            "He went out at eleven p.m. and came back forty minutes later.",
            [
                ("eleven p.m.", "TIME", "2015-03-12T23:00"),
                ("forty minutes later", "TIME", "2015-03-12T23:40"),
            ],
        ),
        ("Twelve a.m. is when the gates lock.", [("Twelve a.m.", "TIME", "2015-03-12T00:00")]),
    ],
)
def test_a_spelled_hour_with_its_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neighbours heard shouting at eleven o'clock last night.",
            [("eleven o'clock last night", "TIME", "2015-03-11T23:00")],
        ),
        (
            "At approximately ten fifteen last night, a van was stolen.",
            [("approximately ten fifteen last night", "TIME", "2015-03-11T22:15")],
        ),
        (
            "The phone rang at two o'clock last night.",
            [("two o'clock last night", "TIME", "2015-03-12T02:00")],
        ),
    ],
)
def test_a_clock_time_last_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Is it the same man who robbed the shop a couple of years back?",
            [("a couple of years back", "DATE", "2013")],
        ),
        ("I met her three years back, at a wedding.", [("three years back", "DATE", "2012")]),
        ("I saw the band a few years back, in Leeds.", [("a few years back", "DATE", "PAST_REF")]),
        ("They sent him two days back to the camp.", [("two days", "DURATION", "P2D")]),
        ("Ten years on, the town is quiet.", [("Ten years on", "DATE", "2015")]),
    ],
)
def test_units_back_are_units_ago(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In five years' time the estate will be finished.", [("five years' time", "DURATION", "P5Y")]),
        ("We'll know in a few weeks' time.", [("a few weeks' time", "DURATION", "PXW")]),
        ("The Seven Years' War changed the map.", []),
        (
            "She spent the last, the last forty-odd years teaching.",
            [("the last forty-odd years", "DURATION", "P40Y")],
        ),
    ],
)
def test_spoken_lengths(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_odd_counts_are_approximate() -> None:
    found = [
        (e.text, e.value, e.mod)
        for e in resolve_expressions("He drove buses for thirty-odd years.", THURSDAY)
    ]
    assert found == [("thirty-odd years", "P30Y", "APPROX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I drove past the old house the other night.", [("the other night", "DATE", "PAST_REF")]),
        ("A few moments ago the jury came back.", [("A few moments ago", "DATE", "PAST_REF")]),
        ("Moments ago the minister resigned.", [("Moments ago", "DATE", "PAST_REF")]),
        ("She left a moment ago.", [("a moment ago", "DATE", "PAST_REF")]),
        ("I was the night clerk at a hotel.", []),
        ("He works the night shift at the depot.", []),
        ("The storm blew all through the night.", [("the night", "TIME", "2015-03-11TNI")]),
    ],
)
def test_unnamed_past_times_and_night_work(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I want to take you back to September of last year.",
            [("September of last year", "DATE", "2014-09")],
        ),
        ("The plant opens in March of next year.", [("March of next year", "DATE", "2016-03")]),
    ],
)
def test_a_month_of_a_year_named_from_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our top story tonight: the river is rising. It's just gone half past six and it is dark.",
            [("tonight", "TIME", "2015-03-12TNI"), ("half past six", "TIME", "2015-03-12T18:30")],
        ),
        (
            "The party is tonight. The band starts at seven o'clock.",
            [("tonight", "TIME", "2015-03-12TNI"), ("seven o'clock", "TIME", "2015-03-12T19:00")],
        ),
    ],
)
def test_a_clock_time_after_tonight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was nineteen seventy-six. The summer of seventy-six, actually, the dry one.",
            [("nineteen seventy-six", "DATE", "1976"), ("The summer of seventy-six", "DATE", "1976-SU")],
        ),
        (
            "We married in the spring of eighty-one, in Leeds.",
            [("the spring of eighty-one", "DATE", "1981-SP")],
        ),
        ("The fall of sixty soldiers shocked the town.", []),
    ],
)
def test_a_season_of_a_year_said_in_two_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ANCHOR: Now, in other news. The council met.", []),
        ("Now, the minister says, the plan is dead.", []),
        ("Now is the time to act.", [("Now", "DATE", "PRESENT_REF")]),
        ("Prices are now, frankly, too high.", [("now", "DATE", "PRESENT_REF")]),
        ("Families still wait for news: now, the search is over.", [("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_now_opening_a_turn_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge opened on the third of May, two thousand and eight, and has carried traffic since.",
            [("the third of May, two thousand and eight", "DATE", "2008-05-03")],
        ),
        (
            "She was born on the fourth of July, nineteen seventy-six.",
            [("the fourth of July, nineteen seventy-six", "DATE", "1976-07-04")],
        ),
        ("On the first of May, nineteen people came.", [("the first of May", "DATE", "2015-05-01")]),
        ("The tenth of June, two thousand people marched.", [("The tenth of June", "DATE", "2014-06-10")]),
    ],
)
def test_a_spoken_date_with_its_spoken_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


TUESDAY = date(2004, 10, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Think back to Friday, August 8th, 2003. Is the man here today? Yes. He stayed the Friday and"
            " the Saturday, and on the 10th, the Sunday, he left.",
            [
                ("Friday, August 8th, 2003", "DATE", "2003-08-08"),
                ("today", "DATE", "2004-10-26"),
                ("Friday", "DATE", "2003-08-08"),
                ("Saturday", "DATE", "2003-08-09"),
                ("the 10th", "DATE", "2003-08-10"),
                ("Sunday", "DATE", "2003-08-10"),
            ],
        ),
        ("We met on the Friday, as planned.", [("Friday", "DATE", "2004-10-22")]),
    ],
)
def test_a_weekday_with_the_is_of_the_story_s_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
