"""Rules added after the fifth blind news set (`data/gold/timex/blind_news_5.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "This winter the river froze for 40 days", said in March or April, is the winter just ended (named by
  the year of its December), not the one nine months ahead.
- "arrive 12 days later than they did in 1990" compares lengths: "12 days" is a duration, not a date
  12 days on; a second, elliptical comparison in the same sentence ("and leave a week earlier.") too.
- "the records go back to 1855", "its charter dates to 1720": a verb tracing something's age makes
  the number after "(back) to" a year; "output fell back to 1500" is an amount.
- "will begin visiting bars in the spring": a noun after a gerund that a verb governs is the gerund's
  object, not a present-tense verb, so "will begin" gives the tense.
- "Forecasters say a storm could bring snow on Wednesday": what a present "say" reports "could" happen
  lies ahead; "said ... could reopen" and "could be located" keep no direction.
- "The pool is open daily from 6 a.m. to 9 p.m.": a clock time in a present-tense clause of what
  recurs is that time of every day; so is a bound of the hours a rule allows or bans ("would have
  allowed smoking after 9 p.m.").
- In a story, "the exhibition opens on Saturday and runs until Sept. 30" and "a reunion will be held on
  May 2" look ahead from the time of writing, not from the story's last year; without a DCT they stay
  underspecified. "Would" is the story's own future.
- In news, "the worst flood since 2009, when the river rose six metres. Rules adopted two years later":
  a "when" clause tells what happened then, and the text goes on from that year.
- "had cleared the roads by noon, police said earlier today": the statement dates the clock time, not a
  day named in an earlier sentence.
- "won in 2:08:37", "the record of 2:21:40": hours, minutes and seconds after a word that times a race
  are a duration.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

SATURDAY = date(2025, 1, 25)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "This winter the river froze for only 40 days.",
            date(2019, 3, 20),
            [("This winter", "DATE", "2018-WI"), ("40 days", "DURATION", "P40D")],
        ),
        ("This winter was the wettest on record.", date(2019, 4, 8), [("This winter", "DATE", "2018-WI")]),
        (
            "This winter will be colder, forecasters say.",
            date(2019, 10, 8),
            [("This winter", "DATE", "2019-WI")],
        ),
        ("This winter has been mild so far.", date(2019, 1, 8), [("This winter", "DATE", "2018-WI")]),
    ],
)
def test_this_winter_said_in_spring_is_the_winter_just_ended(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Swallows now arrive 12 days later than they did in 1990.",
            [("now", "DATE", "PRESENT_REF"), ("12 days", "DURATION", "P12D"), ("1990", "DATE", "1990")],
        ),
        (
            "The ferry left three hours later than planned.",
            [("three hours", "DURATION", "PT3H")],
        ),
        (
            "Swallows arrive 12 days later than in the 1980s and leave about a week earlier.",
            [
                ("12 days", "DURATION", "P12D"),
                ("the 1980s", "DATE", "198"),
                ("about a week", "DURATION", "P1W"),
            ],
        ),
        (
            "The depot opened later than planned and closed two weeks later.",
            [("two weeks later", "DATE", "2025-W06")],
        ),
        ("The depot closed two weeks later.", [("two weeks later", "DATE", "2025-W06")]),
    ],
)
def test_a_length_compared_with_than_is_a_duration(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parish registers go back to 1855.", [("1855", "DATE", "1855")]),
        ("Its charter dates to 1720, when the town was founded.", [("1720", "DATE", "1720")]),
        ("The tradition, dating back to 1920, survives in two villages.", [("1920", "DATE", "1920")]),
        ("Output fell back to 1500 after the strike.", []),
        ("The firm cut its staff back to 1200 workers.", []),
    ],
)
def test_a_verb_tracing_an_age_makes_back_to_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Inspectors will begin visiting bars in the spring.",
            date(2011, 6, 15),
            [("the spring", "DATE", "2012-SP")],
        ),
        (
            "The council will start closing stores in the spring.",
            date(2011, 6, 15),
            [("the spring", "DATE", "2012-SP")],
        ),
        ("Trading starts Monday.", date(2011, 6, 15), [("Monday", "DATE", "2011-06-20")]),
    ],
)
def test_a_noun_after_a_governed_gerund_is_its_object(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters say a second front could bring heavy snow on Wednesday.",
            [("Wednesday", "DATE", "2025-01-29")],
        ),
        ("Engineers expect the line could reopen on Wednesday.", [("Wednesday", "DATE", "2025-01-29")]),
        # reported in the past, or an ability in the passive: the nearest Wednesday, as before
        ("Officials said the bridge could reopen on Wednesday.", [("Wednesday", "DATE", "2025-01-22")]),
        ("Police say the driver could be located Wednesday.", [("Wednesday", "DATE", "2025-01-22")]),
    ],
)
def test_a_could_reported_by_a_present_say_looks_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The pool is open daily from 6 a.m. to 9 p.m.",
            None,
            [
                ("daily", "SET", "P1D"),
                ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
                ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ],
        ),
        (
            "The library opens at 9 a.m. every day.",
            SATURDAY,
            [("9 a.m.", "TIME", "XXXX-XX-XXT09:00"), ("every day", "SET", "P1D")],
        ),
        (
            "On Friday the pool opened at 6 a.m.",
            SATURDAY,
            [("Friday", "DATE", "2025-01-24"), ("6 a.m.", "TIME", "2025-01-24T06:00")],
        ),
        (
            "Extra buses will run every 20 minutes until 1 a.m.",
            SATURDAY,
            [("every 20 minutes", "SET", "PT20M"), ("1 a.m.", "TIME", "2025-01-25T01:00")],
        ),
    ],
)
def test_a_clock_time_of_a_habit_is_that_time_of_every_day(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


STORY = (
    "The mill closed in 1961, and its workers scattered. The last of its looms was sold for scrap in 1975. "
)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            STORY + "An exhibition of its records opens on Saturday and runs until Sept. 30.",
            None,
            [("Saturday", "DATE", "XXXX-WXX-6"), ("Sept. 30", "DATE", "XXXX-09-30")],
        ),
        (
            STORY + "A reunion of former workers will be held on May 2.",
            None,
            [("May 2", "DATE", "XXXX-05-02")],
        ),
        (
            STORY + "The owners hoped the looms would fetch a good price in May.",
            None,
            [("May", "DATE", "1975-05")],
        ),
    ],
)
def test_a_future_clause_in_a_story_looks_ahead_from_the_time_of_writing(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    found = typed(text, dct, kind=DocumentKind.NARRATIVE)
    assert found[:2] == [("1961", "DATE", "1961"), ("1975", "DATE", "1975")]
    assert found[2:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town will stay closed until Feb. 3. It is the worst flood since 2009, when the river rose "
            "six metres. Under rules adopted two years later, new houses must stand on piles.",
            [
                ("Feb. 3", "DATE", "2025-02-03"),
                ("2009", "DATE", "2009"),
                ("two years later", "DATE", "2011"),
            ],
        ),
    ],
)
def test_a_when_clause_makes_a_since_year_the_time_the_text_goes_on_from(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Snow fell all day on Thursday. Crews had cleared the main roads by noon, police said earlier today.",
            [
                ("Thursday", "DATE", "2025-01-23"),
                ("noon", "TIME", "2025-01-25T12:00"),
                ("earlier today", "DATE", "2025-01-25"),
            ],
        ),
        (
            "Snow fell all day on Thursday. The roads were closed at 3 p.m., and the school shut early.",
            [("Thursday", "DATE", "2025-01-23"), ("3 p.m.", "TIME", "2025-01-23T15:00")],
        ),
    ],
)
def test_an_attribution_dates_the_clock_time_it_reports(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won the race in 2:08:37.", [("2:08:37", "DURATION", "PT2H8M37S")]),
        (
            "He lowered the course record of 2:21:40 on Sunday.",
            [("2:21:40", "DURATION", "PT2H21M40S"), ("Sunday", "DATE", "2025-01-19")],
        ),
        ("The alarm sounded at 9:15:30 a.m.", [("9:15:30 a.m.", "TIME", "2025-01-25T09:15:30")]),
    ],
)
def test_hours_minutes_and_seconds_after_a_race_word_are_a_duration(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


def test_earlier_today_is_the_start_of_the_day() -> None:
    assert only("The utility said earlier today that power was back.", SATURDAY) == [
        ("earlier today", "2025-01-25", "START")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new law bans the sale of alcohol after 10 p.m.", [("10 p.m.", "TIME", "XXXX-XX-XXT22:00")]),
        (
            "A rival bill would have allowed smoking after 9 p.m. in bars.",
            [("9 p.m.", "TIME", "XXXX-XX-XXT21:00")],
        ),
        (
            "Police banned the march on Friday after 6 p.m. clashes.",
            [("Friday", "DATE", "2025-01-24"), ("6 p.m.", "TIME", "2025-01-24T18:00")],
        ),
    ],
)
def test_the_hours_a_rule_allows_or_bans_are_of_every_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected
