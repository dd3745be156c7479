"""Rules added after the fourth blind colloquial set (`data/gold/timex/blind_colloquial_4.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "2day" is today written with a digit, as "2nite" is tonight.
- A short weekday that is also an English word ("sat", "wed", "mon") is the day in lower case after
  "this" or "next" ("drinks this sat", "next mon"), which never come before the verb "sat";
  "this sun" stays the sun.
- A bare hour joined to "this morning" after "since" ("queueing since 7 this morning") is one clock
  time, and a morning one even from one to six ("up since 5 this morning"); without the day "since 2
  staff were off" gives a reason and a count.
- A weekday listed after a day still to come ("School closed tmrw and likely Monday") is still to come:
  the "-ed" form is a notice's passive ("is closed"), not a past tense.
- A day of the month in a clause with no tense ("Exam timetable is out: chem on the 3rd", said near the
  end of May) is the one nearest the writer's now, as an untensed weekday is.
- "the 6th" after a comma and one word, right after another day of the month, is the next item of a list
  of days ("chem on the 3rd, bio the 6th"); "finished the 5th race" keeps its ordinal.
- "the 4th" closing a clause before a comment adverb ("Pubs reopen on the 4th apparently") stands alone
  as a day of the month, as it does before a full stop.
- A holiday after a count of what is left before it ("24 days til Christmas") is still to come, whatever
  tense the sentence around it has.
- A weekday listed after a recurring one recurs too ("every Tues & Weds", "every Saturday and Sunday").
- "Pancake Day" is Shrove Tuesday, 47 days before Easter Sunday.
- Opening hours written as two bare hours after "open", "opening", "hours" or "daily", the second lower
  than the first ("open daily 9-5", "Open 10-6"), run from a morning hour across noon (09:00-17:00);
  "won 3-1" stays a score.
- A clock time with its half of the day written right after "today", "tomorrow" or "tmrw" ("back tmrw
  6am-3pm") is one expression with the day, as "3pm today" is.
- A weekday followed by "this week" ("Lessons mon wed and fri this week") is that day of the DCT's week,
  whichever side of now it falls.
- "Last day of term" is the final day of what follows, never yesterday.
- Clock times right after "as usual" or "as normal" ("We're open as usual 8am-4pm") are standing hours,
  that time of every day, and so is the close of a range whose opening is; "As usual at 9pm the lights
  went out" tells one evening.
- A bare number after "or" is an alternative clock time only when nothing but words stands between it
  and the clock time before ("from 7am, £3 a stack or 2 for £5" offers a price, not 2 p.m.).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2015, 10, 14)
THURSDAY = date(2018, 3, 1)
LATE_MAY = date(2014, 5, 27)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Gym's shut 2day, back tmrw.",
            WEDNESDAY,
            [("2day", "DATE", "2015-10-14"), ("tmrw", "DATE", "2015-10-15")],
        ),
        ("Drinks this sat at mine, bring snacks.", WEDNESDAY, [("this sat", "DATE", "2015-10-17")]),
        ("Bowling next wed if ur free?", WEDNESDAY, [("next wed", "DATE", "2015-10-21")]),
        ("Quiz next mon at the Swan.", WEDNESDAY, [("next mon", "DATE", "2015-10-19")]),
        ("This sun is brutal, stay in the shade.", WEDNESDAY, []),
        ("The cat sat on the mat all afternoon.", WEDNESDAY, []),
    ],
)
def test_lower_case_short_weekdays_and_digit_spellings(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Queueing since 7 this morning for tickets.", [("7 this morning", "TIME", "2018-03-01T07:00")]),
        ("Baby has been up since 5 this morning.", [("5 this morning", "TIME", "2018-03-01T05:00")]),
        ("Shop shut Friday since 2 staff were off.", [("Friday", "DATE", "2018-02-23")]),
        (
            "School closed tmrw and likely Monday.",
            [("tmrw", "DATE", "2018-03-02"), ("Monday", "DATE", "2018-03-05")],
        ),
        (
            "Library closed tomorrow or maybe Friday too.",
            [("tomorrow", "DATE", "2018-03-02"), ("Friday", "DATE", "2018-03-02")],
        ),
        ("The office closed on Monday.", [("Monday", "DATE", "2018-02-26")]),
    ],
)
def test_morning_hours_and_days_listed_with_tomorrow(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rota is up: me on the 2nd, you the 9th.",
            [("the 2nd", "DATE", "2014-06-02"), ("the 9th", "DATE", "2014-06-09")],
        ),
        ("Pubs reopen on the 4th apparently.", [("the 4th", "DATE", "2014-06-04")]),
        ("We moved in on the 3rd.", [("the 3rd", "DATE", "2014-05-03")]),
        (
            "Exams: chem on the 3rd, bio the 6th.",
            [("the 3rd", "DATE", "2014-06-03"), ("the 6th", "DATE", "2014-06-06")],
        ),
        ("We arrived on the 3rd, then won the 5th race.", [("the 3rd", "DATE", "2014-05-03")]),
        ("Payday on the 20th, as ever.", [("the 20th", "DATE", "2014-05-20")]),
    ],
)
def test_days_of_the_month_without_a_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, LATE_MAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Ate all the chocolate already. 24 days til Christmas, I will not survive",
            date(2014, 12, 1),
            [("24 days", "DURATION", "P24D"), ("Christmas", "DATE", "2014-12-25")],
        ),
        ("Spent a fortune before Christmas.", date(2015, 1, 10), [("Christmas", "DATE", "2014-12-25")]),
        (
            "Pancake Day is next Tues! Flipping from 7am, £3 a stack or 2 for £5",
            date(2013, 2, 5),
            [
                ("Pancake Day", "DATE", "2013-02-12"),
                ("next Tues", "DATE", "2013-02-12"),
                ("7am", "TIME", "2013-02-12T07:00"),
            ],
        ),
        (
            "See you at 8ish but prob 9.",
            date(2013, 2, 5),
            [("8ish", "TIME", "2013-02-05T08:00"), ("9", "TIME", "2013-02-05T09:00")],
        ),
        (
            "Half price pizzas every Tues & Weds in March!!",
            date(2026, 2, 26),
            [
                ("every Tues", "SET", "XXXX-WXX-2"),
                ("Weds", "SET", "XXXX-WXX-3"),
                ("March", "DATE", "2026-03"),
            ],
        ),
        (
            "The pool is open every Saturday and Sunday.",
            date(2026, 2, 26),
            [("every Saturday", "SET", "XXXX-WXX-6"), ("Sunday", "SET", "XXXX-WXX-7")],
        ),
    ],
)
def test_countdowns_feasts_prices_and_listed_sets(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pumpkin patch open daily 9-5 until the 31st.",
            [
                ("daily", "SET", "P1D"),
                ("9", "TIME", "XXXX-XX-XXT09:00"),
                ("5", "TIME", "XXXX-XX-XXT17:00"),
                ("the 31st", "DATE", "2016-07-31"),
            ],
        ),
        (
            "Sale on today! Open 10-6.",
            [
                ("today", "DATE", "2016-07-04"),
                ("10", "TIME", "2016-07-04T10:00"),
                ("6", "TIME", "2016-07-04T18:00"),
            ],
        ),
        ("Harriers won 3-1 at home.", []),
        (
            "Closed today, back tmrw 6am-3pm as usual.",
            [
                ("today", "DATE", "2016-07-04"),
                ("tmrw 6am", "TIME", "2016-07-05T06:00"),
                ("3pm", "TIME", "2016-07-05T15:00"),
            ],
        ),
        ("Today 3 people called in sick.", [("Today", "DATE", "2016-07-04")]),
        (
            "Lessons mon wed and fri this week, wish me luck.",
            [("fri", "DATE", "2016-07-08"), ("this week", "DATE", "2016-W27")],
        ),
        ("Last day of term!! So ready.", []),
        ("Last week was mad.", [("Last week", "DATE", "2016-W26")]),
    ],
)
def test_opening_hours_clock_times_after_days_and_weeks(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2016, 7, 4)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clocks go forward this Sunday! We're open as usual 8am-4pm.",
            [
                ("this Sunday", "DATE", "2023-03-26"),
                ("8am", "TIME", "XXXX-XX-XXT08:00"),
                ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        ("As usual at 9pm the lights went out.", [("9pm", "TIME", "2023-03-24T21:00")]),
        (
            "Back on Sunday, open 8am-4pm.",
            [
                ("Sunday", "DATE", "2023-03-26"),
                ("8am", "TIME", "2023-03-26T08:00"),
                ("4pm", "TIME", "2023-03-26T16:00"),
            ],
        ),
    ],
)
def test_standing_hours_as_usual(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2023, 3, 24)) == expected
