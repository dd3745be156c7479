"""Leftover anchoring and tense mistakes from the blind sets, each fixed by a general rule of English;
every row is a sentence of our own, with the cases each rule must leave alone.

- "Saturday's concert is sold out": a present copula about a scheduled event (a show, a game, a
  ceremony) named by its day speaks of the arrangement before it is held, so the coming such day;
  "was" keeps it past, and so does a vote judged in the present ("Sunday's vote is a rebuke").
- "scored in the second half": with a word of a game in its sentence an ordinal half or quarter is a
  period of play, not of the year; "profit in the second half" stays a half-year.
- "a dry and sunny weekend": weather words make an indefinite weekend the one forecast or just past.
- "tonight at eleven", "at nine tonight": a spelled hour next to a part of the day is a clock time.
- "from dawn to dusk on 14 June 1800": both ends of a range of times take the date after it.
- "In early September 1941 ... at dawn": a time on a day the story has not named keeps the month and
  writes the day as XX (TIMEX3's unknown digits) rather than inventing the 1st.
- "will close on Monday and reopen Tuesday": a day told after "and" of days ahead follows the first.
- "that same year" is one expression with "the same year": the year of the time just narrated.
- "said on Monday. ... at 3 p.m.": the date of a statement is not the day of a clock time in a later
  sentence of news; the time of writing is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2024, 6, 12)
TUESDAY = date(2024, 6, 11)
MAY_DAY = date(2022, 5, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a present copula about a scheduled event: the coming day of that name
        ("Saturday's headliner is a folk band from Leeds.", WEDNESDAY, [("Saturday", "DATE", "2024-06-15")]),
        ("Saturday's concert is sold out.", WEDNESDAY, [("Saturday", "DATE", "2024-06-15")]),
        ("Saturday's open-air concert is in the park.", WEDNESDAY, [("Saturday", "DATE", "2024-06-15")]),
        ("Friday's final is at the national stadium.", WEDNESDAY, [("Friday", "DATE", "2024-06-14")]),
        # ... also when the last one of that name is nearer
        ("Saturday's match is the last of the season.", TUESDAY, [("Saturday", "DATE", "2024-06-15")]),
        # a vote is judged in the present after the fact
        ("Sunday's vote is a rebuke to the government.", WEDNESDAY, [("Sunday", "DATE", "2024-06-09")]),
        # unchanged: a past clause, a future clause, and a present copula about an act already done
        ("Saturday's concert was sold out.", WEDNESDAY, [("Saturday", "DATE", "2024-06-08")]),
        ("Saturday's concert will be sold out.", WEDNESDAY, [("Saturday", "DATE", "2024-06-15")]),
        ("Saturday's ruling is a blow to the mayor.", WEDNESDAY, [("Saturday", "DATE", "2024-06-08")]),
        ("Saturday's concert has been cancelled.", WEDNESDAY, [("Saturday", "DATE", "2024-06-08")]),
    ],
)
def test_present_copula_about_a_scheduled_event(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visitors scored twice in the second half.", []),
        ("The home side led at half-time, and the match turned in the second half.", []),
        ("The hosts scored twice in the second half of the game.", []),
        ("The champions trailed by ten points in the fourth quarter before the game turned.", []),
        # a half or quarter of the year is unchanged
        (
            "The company expects profit to improve in the second half.",
            [("the second half", "DATE", "2022-H2")],
        ),
        ("Sales rose in the fourth quarter.", [("the fourth quarter", "DATE", "2021-Q4")]),
        # a word of business reporting keeps the half a half-year beside a sports word
        (
            "The club's match-day revenue rose in the second half, as the new stadium opened.",
            [("the second half", "DATE", "2021-H2")],
        ),
        ("Revenue grew in the second half of 2021.", [("the second half of 2021", "DATE", "2021-H2")]),
    ],
)
def test_halves_of_a_game_are_no_halves_of_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MAY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters expect a dry and sunny weekend.", [("weekend", "DATE", "2022-W18-WE")]),
        ("We are looking at a mostly dry but chilly weekend.", [("weekend", "DATE", "2022-W18-WE")]),
        ("It was a wet, windy weekend across the north.", [("weekend", "DATE", "2022-W17-WE")]),
        # no weather word: no particular weekend
        ("We had a busy weekend.", []),
        ("They spent a romantic weekend in Paris.", []),
    ],
)
def test_a_weekend_of_weather_is_a_particular_weekend(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MAY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We will have a full report tonight at eleven.",
            [("tonight", "TIME", "2022-05-04TNI"), ("eleven", "TIME", "2022-05-04T23:00")],
        ),
        (
            "The council meets this morning at nine.",
            [("this morning", "TIME", "2022-05-04TMO"), ("nine", "TIME", "2022-05-04T09:00")],
        ),
        (
            "She will call this evening at seven thirty.",
            [("this evening", "TIME", "2022-05-04TEV"), ("seven thirty", "TIME", "2022-05-04T19:30")],
        ),
        ("The show starts at nine tonight.", [("nine tonight", "TIME", "2022-05-04T21:00")]),
        ("The last train leaves at eleven at night.", [("eleven at night", "TIME", "2022-05-04T23:00")]),
        # unchanged: a count before "tonight", a bare number after "at"
        ("Nine tonight were hurt.", [("tonight", "TIME", "2022-05-04TNI")]),
        ("The team is at nine points.", []),
        ("We meet tonight at one of the cafes.", [("tonight", "TIME", "2022-05-04TNI")]),
    ],
)
def test_spelled_hours_beside_a_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MAY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fighting raged from dawn to dusk on 14 June 1800.",
            [
                ("dawn", "TIME", "1800-06-14TMO"),
                ("dusk", "TIME", "1800-06-14TEV"),
                ("14 June 1800", "DATE", "1800-06-14"),
            ],
        ),
        (
            "The desk is staffed from 9 a.m. until noon on 3 March 2021.",
            [
                ("9 a.m.", "TIME", "2021-03-03T09:00"),
                ("noon", "TIME", "2021-03-03T12:00"),
                ("3 March 2021", "DATE", "2021-03-03"),
            ],
        ),
    ],
)
def test_both_ends_of_a_range_of_times_take_its_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MAY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In early September 1941 the column moved east. They attacked at dawn.",
            [("early September 1941", "DATE", "1941-09"), ("dawn", "TIME", "1941-09-XXTMO")],
        ),
        (
            "In 1941 the column moved east. At 3 p.m. the guns fell silent.",
            [("1941", "DATE", "1941"), ("3 p.m.", "TIME", "1941-XX-XXT15:00")],
        ),
        # a named day is still the day of the time
        (
            "On 3 September 1941 the column moved east. They attacked at dawn.",
            [("3 September 1941", "DATE", "1941-09-03"), ("dawn", "TIME", "1941-09-03TMO")],
        ),
    ],
)
def test_a_time_on_an_unnamed_day_keeps_what_is_known(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MAY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge will close on Monday and reopen Tuesday.",
            [("Monday", "DATE", "2024-06-17"), ("Tuesday", "DATE", "2024-06-18")],
        ),
        (
            "The road will close on Monday and on Tuesday.",
            [("Monday", "DATE", "2024-06-17"), ("Tuesday", "DATE", "2024-06-18")],
        ),
        (
            "The museum will close on Monday and Tuesday.",
            [("Monday", "DATE", "2024-06-17"), ("Tuesday", "DATE", "2024-06-18")],
        ),
        # past: the order told is the order of the days already
        (
            "The bridge closed on Monday and reopened Tuesday.",
            [("Monday", "DATE", "2024-06-10"), ("Tuesday", "DATE", "2024-06-11")],
        ),
    ],
)
def test_the_second_of_two_days_ahead_follows_the_first(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge opened on 4 July 2019. That same year it was closed.",
            [("4 July 2019", "DATE", "2019-07-04"), ("That same year", "DATE", "2019")],
        ),
        (
            "He joined the firm on 3 May 1950 and stayed for two years. The same year, his father left.",
            [
                ("3 May 1950", "DATE", "1950-05-03"),
                ("two years", "DURATION", "P2Y"),
                ("The same year", "DATE", "1950"),
            ],
        ),
        (
            "The war ended in 1945. The same year, the city was rebuilt.",
            [("1945", "DATE", "1945"), ("The same year", "DATE", "1945")],
        ),
    ],
)
def test_the_same_year_is_that_of_the_time_just_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MAY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank said on Monday that rates would rise. At 3 p.m. the pound fell sharply.",
            [("Monday", "DATE", "2022-05-02"), ("3 p.m.", "TIME", "2022-05-04T15:00")],
        ),
        # the day of an event, or a statement's own sentence, still times the clock time
        (
            "The fire was reported on Monday. Crews arrived at 3 p.m.",
            [("Monday", "DATE", "2022-05-02"), ("3 p.m.", "TIME", "2022-05-02T15:00")],
        ),
        (
            "The meeting was held on Monday. It ended at 3 p.m.",
            [("Monday", "DATE", "2022-05-02"), ("3 p.m.", "TIME", "2022-05-02T15:00")],
        ),
        (
            "The bank said on Monday that rates would rise, and at 3 p.m. the pound fell.",
            [("Monday", "DATE", "2022-05-02"), ("3 p.m.", "TIME", "2022-05-02T15:00")],
        ),
    ],
)
def test_a_reporting_date_does_not_time_a_later_clock_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MAY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "come", "become", "run" are base forms as well as participles: present after their subject
        (
            "Voting will be on Sunday and the results come on Monday.",
            [("Sunday", "DATE", "2024-06-16"), ("Monday", "DATE", "2024-06-17")],
        ),
        ("The results come out on Monday.", [("Monday", "DATE", "2024-06-10")]),
        # a participle that is no base form is still a reduced passive, in the past
        ("The soldier taken on Monday was freed.", [("Monday", "DATE", "2024-06-10")]),
    ],
)
def test_base_forms_that_are_also_participles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
