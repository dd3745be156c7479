"""Rules added after the ninety-second blind news set (`data/gold/timex/blind_news_92.jsonl`, multi-day
sports events as wire services, sports pages and broadcasters' websites report them) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- "Wednesday's Champion Chase", "Saturday's 1,000 Guineas", "Tuesday's Stage 16": a weekday's possessive
  before a race of a meeting or a day of a tour named by its kind is the event's day, not a title.
- "rain is forecast for Monday", "temperatures are forecast to reach 36C on Monday": a present passive of
  foretelling points ahead, as "is expected to" does; "the Met Office forecast rain on Monday" does not.
- "level at 4 1/2 points", "at 3½": a whole number with its fraction after it is a count, not an hour.
- "The 2028 Games will run from July 14 to July 30": a sentence opening on an event named by its year
  tells of that year; "The 1998 Act" (no event) is left to the other rules.
- "the men's final is at 9:55 p.m. on Sunday": a clock time a news story's plain present timetables on a
  weekday is on the coming one, as the bare weekday is.
- "the lap record, a 1:13.622", "ran a 2:09:47": a timing only a watch gives is a length after an
  article too; "a 25:20 lead" stays a score.
- "by more than a second with the new tyres", "less than a second off the pace": "a second" followed by
  a word a length goes on to is a length; "won a second with ease" stays an ordinal.
- "so that Sunday's final round can finish", "said that Monday's vote was void": "that" opening a clause
  is no demonstrative of the weekday after it.
- "turnover is up 4 per cent on 2025", "down 3% on 2019": the year a figure is compared with.
- "two Sunday matches in each round", "Friday fixtures": a fixture list's kind of slot is no date.
- in an undated text with no date told before it, "Eleven years ago the mill closed", "some 20,000 years
  ago": a time counted back from the writer's unknown now is PAST_REF, as an undated "last year" is.
- in an undated text, "as every year since 2000, ... opens on Friday 31 January": a year after "since"
  starts a span to the writer's unknown now and does not put the text in that year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2026, 3, 13)
WEDNESDAY = date(2024, 7, 31)
TUESDAY = date(2016, 11, 22)
FRIDAY_2008 = date(2008, 4, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wednesday's Champion Chase went to a 12-year-old.", [("Wednesday", "DATE", "2026-03-11")]),
        ("Tuesday's Champion Hurdle was run on soft ground.", [("Tuesday", "DATE", "2026-03-10")]),
        ("Sunday's Queen Elizabeth Stakes drew a big field.", [("Sunday", "DATE", "2026-03-08")]),
        ("Friday's Child is showing at the arts centre.", []),
    ],
)
def test_weekday_possessive_before_a_race(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures are forecast to reach 36 C on Monday.", [("Monday", "DATE", "2024-08-05")]),
        ("Heavy rain is forecast for Monday across the south.", [("Monday", "DATE", "2024-08-05")]),
        ("The Met Office forecast rain on Monday.", [("Monday", "DATE", "2024-07-29")]),
    ],
)
def test_present_passive_of_forecasting_points_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The contest paused on Tuesday with the match level at 5 1/2 points each, after Monday night's "
            "game ended in a draw.",
            [("Tuesday", "DATE", "2016-11-22"), ("Monday night", "TIME", "2016-11-21TNI")],
        ),
        (
            "The contest paused on Tuesday with the match level at 5½ points each, after Monday night's "
            "game ended in a draw.",
            [("Tuesday", "DATE", "2016-11-22"), ("Monday night", "TIME", "2016-11-21TNI")],
        ),
    ],
)
def test_number_and_fraction_is_no_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2028 Games will run from July 14 to July 30.",
            [("2028", "DATE", "2028"), ("July 14", "DATE", "2028-07-14"), ("July 30", "DATE", "2028-07-30")],
        ),
        (
            "The 2030 World Cup will start on June 8.",
            [("2030", "DATE", "2030"), ("June 8", "DATE", "2030-06-08")],
        ),
    ],
)
def test_event_named_by_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_clock_time_timetabled_on_a_weekday() -> None:
    text = "PARIS (AP) - Athletics starts soon.\nThe relay final is at 9:55 p.m. on Sunday."
    assert typed(text, WEDNESDAY) == [
        ("9:55 p.m.", "TIME", "2024-08-04T21:55"),
        ("Sunday", "DATE", "2024-08-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lap record, a 1:13.622, has stood since May.",
            [("1:13.622", "DURATION", "PT1M13.622S"), ("May", "DATE", "2024-05")],
        ),
        ("She ran a 2:09:47 in Berlin.", [("2:09:47", "DURATION", "PT2H9M47S")]),
        ("They took a 25:20 lead at the break.", []),
    ],
)
def test_watch_timing_after_an_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teams expect the pole time to fall by more than a second with the new tyres.",
            [("more than a second", "DURATION", "PT1S")],
        ),
        ("He was less than a second off the pace.", [("less than a second", "DURATION", "PT1S")]),
        ("She won a second with ease.", []),
    ],
)
def test_a_second_as_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials will start early so that Sunday's final round can finish before dark.",
            [("Sunday", "DATE", "2008-04-13")],
        ),
        ("He said that Monday's vote was void.", [("Monday", "DATE", "2008-04-07")]),
    ],
)
def test_that_opening_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY_2008) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bookmakers, whose turnover is up 4 per cent on 2025, want more races.", [("2025", "DATE", "2025")]),
        ("Passenger numbers were down 3% on 2019.", [("2019", "DATE", "2019")]),
    ],
)
def test_year_compared_with(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are two Sunday matches in each round.", []),
        ("Friday fixtures are shown live on the club channel.", []),
    ],
)
def test_fixture_slot_is_no_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


def test_since_year_does_not_date_an_undated_text() -> None:
    text = (
        "The festival opens on Friday 6 June and closes on Sunday 8 June. As every year since 2010, entry "
        "is free.\n\nMain stage, Friday 6 June, 7.30pm\n\nFolk tent, Saturday 7 June, 2pm"
    )
    assert typed(text, None) == [
        ("Friday 6 June", "DATE", "XXXX-06-06"),
        ("Sunday 8 June", "DATE", "XXXX-06-08"),
        ("every year", "SET", "P1Y"),
        ("2010", "DATE", "2010"),
        ("Friday 6 June", "DATE", "XXXX-06-06"),
        ("7.30pm", "TIME", "XXXX-06-06T19:30"),
        ("Saturday 7 June", "DATE", "XXXX-06-07"),
        ("2pm", "TIME", "XXXX-06-07T14:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven years ago the mill closed for good.", [("Eleven years ago", "DATE", "PAST_REF")]),
        (
            "At the height of the last ice age, some 20,000 years ago, the valley was full of ice.",
            [("some 20,000 years ago", "DATE", "PAST_REF")],
        ),
        (
            "In 1842 the mill was built. Three years ago it had burned.",
            [("1842", "DATE", "1842"), ("Three years ago", "DATE", "1839")],
        ),
    ],
)
def test_ago_in_an_undated_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
