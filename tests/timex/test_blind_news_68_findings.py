"""Rules added after the sixty-eighth blind news set (`data/gold/timex/blind_news_68.jsonl`, sports
match reports, tournament rounds and fixtures) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "finished in 3 hours 12 minutes 40 seconds, 9 seconds ahead of": a count after the last part that is
  no finer unit (the gap to the next finisher) leaves the three parts before it one race time.
- "her personal best is 2:24:10": a copula between a race-timing noun and hours, minutes and seconds
  still makes them a race time, as "a best of 2:24:10" does.
- "the coming weekend", "the upcoming weekend": the first weekend still ahead, this week's on a weekday
  ("next weekend" keeps the week after).
- "3pm unless stated", "unless otherwise stated", "if needed": a participle right after such a
  conjunction is a clause with no subject and no tense of its own.
- "plays for a place in Saturday's final", "Friday's stage is a mountain finish": a simple present
  naming a scheduled event by its day speaks of it as arranged, still ahead; a race's stage is such an
  event.
- "on the middle Sunday", "the opening Monday": a tournament's own weekday is that day, with no MID.
- "shot 68 on Friday after Thursday's round had left him", "Kent, bowled out for 120 on Monday, had
  batted through the morning": a day's event as the subject of a past perfect, or a participle aside
  before one, looks back in passing; the story stays on the day it reports (news as in narrative).
- "took a lead into the weekend": "into" reaches the first weekend after the day the sentence tells.
- "started at 9:10 a.m. and finished three hours and 25 minutes later": hours and minutes counted from a
  clock time just told reach a clock time, as "two hours later" does.
- "won on Saturday ... They are at home to Hull on Saturday": a plain present right before "on" and a
  weekday reads a timetable even when the story has already told last week's day of that name.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2019, 10, 10)
FRIDAY = date(2021, 6, 11)
TUESDAY = date(2024, 4, 16)
WEDNESDAY = date(2023, 1, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okoth finished in 3 hours 12 minutes 40 seconds, 9 seconds ahead of the pack.",
            [("3 hours 12 minutes 40 seconds", "DURATION", "PT3H12M40S"), ("9 seconds", "DURATION", "PT9S")],
        ),
        (
            "The winner took 2 hours 5 minutes 18 seconds, 45 seconds inside the old mark.",
            [("2 hours 5 minutes 18 seconds", "DURATION", "PT2H5M18S"), ("45 seconds", "DURATION", "PT45S")],
        ),
    ],
)
def test_a_race_time_before_a_margin(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her personal best is 2:24:10.", [("2:24:10", "DURATION", "PT2H24M10S")]),
        (
            "The course record was 2:07:31 until this morning.",
            [("2:07:31", "DURATION", "PT2H7M31S"), ("this morning", "TIME", "2024-04-16TMO")],
        ),
    ],
)
def test_a_race_time_after_a_copula(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Here are the fixtures for the coming weekend.",
            THURSDAY,
            [("the coming weekend", "DATE", "2019-W41-WE")],
        ),
        (
            "Rain is likely over the upcoming weekend.",
            TUESDAY,
            [("the upcoming weekend", "DATE", "2024-W16-WE")],
        ),
        ("We play away next weekend.", THURSDAY, [("next weekend", "DATE", "2019-W42-WE")]),
    ],
)
def test_the_coming_weekend_is_the_first_still_ahead(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sunday (2pm unless stated): Leeds v Hull; York v Bath.",
            [("Sunday", "DATE", "2019-10-13"), ("2pm", "TIME", "2019-10-13T14:00")],
        ),
        (
            "All games on Saturday kick off at 3pm unless otherwise stated.",
            [("Saturday", "DATE", "2019-10-12"), ("3pm", "TIME", "2019-10-12T15:00")],
        ),
    ],
)
def test_a_participle_after_unless_has_no_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She meets the holder on Friday, when the semi-finals are played, for a place in Sunday's final.",
            [("Friday", "DATE", "2023-01-27"), ("Sunday", "DATE", "2023-01-29")],
        ),
        ("Thursday's stage is a mountain finish at Verbier.", [("Thursday", "DATE", "2023-01-26")]),
        ("Monday's stage was won by a Dane.", [("Monday", "DATE", "2023-01-23")]),
    ],
)
def test_a_scheduled_event_named_by_its_day_in_the_present(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the middle Sunday play went on until 9pm.",
            [("the middle Sunday", "DATE", "2023-01-22"), ("9pm", "TIME", "2023-01-22T21:00")],
        ),
        ("Her first match was on the opening Monday.", [("the opening Monday", "DATE", "2023-01-23")]),
    ],
)
def test_a_tournaments_own_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lowe shot 68 on Friday to lead after a double bogey in Thursday's round had left him six back.\n\n"
            "He teed off at 7:40 a.m. and was done by noon.",
            [
                ("Friday", "DATE", "2021-06-11"),
                ("Thursday", "DATE", "2021-06-10"),
                ("7:40 a.m.", "TIME", "2021-06-11T07:40"),
                ("noon", "TIME", "2021-06-11T12:00"),
            ],
        ),
        (
            "Essex took five wickets on Friday.\n\n"
            "Kent, bowled out for 120 on Wednesday, had batted through the morning without loss.",
            [
                ("Friday", "DATE", "2021-06-11"),
                ("Wednesday", "DATE", "2021-06-09"),
                ("the morning", "TIME", "2021-06-11TMO"),
            ],
        ),
    ],
)
def test_a_past_perfect_aside_keeps_the_reported_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diaz birdied the last on Friday to take a one-shot lead into the weekend.",
            [("Friday", "DATE", "2021-06-11"), ("the weekend", "DATE", "2021-W23-WE")],
        ),
    ],
)
def test_into_the_weekend_after_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The third round started at 9:10 a.m. and finished three hours and 25 minutes later.",
            [
                ("9:10 a.m.", "TIME", "2021-06-11T09:10"),
                ("three hours and 25 minutes later", "TIME", "2021-06-11T12:35"),
            ],
        ),
        (
            "The match began at 11:30 p.m. and ended two hours and 10 minutes later.",
            [
                ("11:30 p.m.", "TIME", "2021-06-11T23:30"),
                ("two hours and 10 minutes later", "TIME", "2021-06-12T01:40"),
            ],
        ),
    ],
)
def test_hours_and_minutes_later_after_a_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "United won 2-0 at Leeds on Saturday.\n\nThey are at home to Hull on Saturday, kick-off 3pm.",
            [
                ("Saturday", "DATE", "2024-04-13"),
                ("Saturday", "DATE", "2024-04-20"),
                ("3pm", "TIME", "2024-04-20T15:00"),
            ],
        ),
        (
            "Rain stopped play on Sunday.\n\nThe men's final is on Sunday.",
            [("Sunday", "DATE", "2024-04-14"), ("Sunday", "DATE", "2024-04-21")],
        ),
        (
            "The first rest day was on Sunday.\n\nThe riders have their second rest day on Sunday.",
            [("Sunday", "DATE", "2024-04-14"), ("Sunday", "DATE", "2024-04-21")],
        ),
    ],
)
def test_a_timetable_on_a_weekday_already_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
