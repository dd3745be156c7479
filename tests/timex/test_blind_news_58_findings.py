"""Rules added after the fifty-eighth blind news set (`data/gold/timex/blind_news_58.jsonl`, aviation and
airline stories) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "will close for six weeks from tomorrow": after "for" (or "over", "lasting") the weeks are a length and
  "tomorrow" the day it starts, as "runs for two weeks from Monday" already was; "is six weeks from
  tomorrow" is still the day reached.
- "16 night flights", "two night buses": a count before "night" and a plural noun it qualifies counts the
  flights or buses, not nights, as "a night flight" is no length.
- "At 14:32 UTC, 22 minutes after take-off, ... Two minutes later": a length that places a clock time
  against an event leaves the clock time as what "later" counts from.
- "The last closure, in the summer of 1994, overran after heavy rain in June": in news, a time with its
  year set off by commas before a past main clause frames that clause, as "in 2024," already did.
- "Forecasters predicted snow by Sunday morning": a bound ("by") on what a past "predicted" or "expected"
  foresees lies after the act, for weekdays and holidays as for months ("The agency forecast showers on
  Tuesday" may date the forecast, and keeps its past).
- "by Sunday morning, Christmas Eve", "on Tuesday, Boxing Day": a holiday set beside the day just named,
  which falls on it, restates that day.
- "Flight 12 will leave at 7.45pm and land at 1.20pm local time. The return flight departs at 3.30pm": a
  timetable's next sentence in the plain present goes on with every day's times; "Each shift will last
  seven hours, and the runway must be clear by 5.30am" gives the time of every shift.
- "The airline has cancelled 60 flights over the weekend": a present perfect takes no definite past time,
  so the weekend is the one nearest the DCT, as a holiday after a present perfect is.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2019, 7, 25)
SUNDAY = date(1998, 5, 17)
FRIDAY = date(2016, 3, 11)
SATURDAY = date(1989, 12, 23)
WEDNESDAY = date(2024, 2, 14)
MONDAY = date(2019, 7, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge will close to traffic for six weeks from tomorrow.",
            [("six weeks", "DURATION", "P6W"), ("tomorrow", "DATE", "1998-05-18")],
        ),
        (
            "The exhibition runs over two weeks from today.",
            [("two weeks", "DURATION", "P2W"), ("today", "DATE", "1998-05-17")],
        ),
        ("The hearing is six weeks from tomorrow.", [("six weeks from tomorrow", "DATE", "1998-06-29")]),
    ],
)
def test_a_length_then_the_day_it_starts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 30 night flights a week land at the airport.", [("a week", "SET", "P1W")]),
        ("The council cut two night buses from the timetable.", []),
        ("She worked three night shifts in a row.", []),
        ("They stayed for three nights.", [("three nights", "DURATION", "P3D")]),
    ],
)
def test_a_count_of_things_a_night_qualifies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At 09:12 UTC, 40 minutes after departure, the crew reported smoke. Three minutes later they"
            " turned back.",
            [
                ("09:12 UTC", "TIME", "2016-03-11T09:12"),
                ("40 minutes", "DURATION", "PT40M"),
                ("Three minutes later", "TIME", "2016-03-11T09:15"),
            ],
        ),
        (
            "At 7.10pm, 25 minutes after kick-off, the floodlights failed. Ten minutes later the referee"
            " stopped the game.",
            [
                ("7.10pm", "TIME", "2016-03-11T19:10"),
                ("25 minutes", "DURATION", "PT25M"),
                ("Ten minutes later", "TIME", "2016-03-11T19:20"),
            ],
        ),
    ],
)
def test_minutes_later_count_from_the_clock_before_a_placed_length(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last strike, in the spring of 1991, ended after talks in May. Pay rose in 1996.",
            [
                ("the spring of 1991", "DATE", "1991-SP"),
                ("May", "DATE", "1991-05"),
                ("1996", "DATE", "1996"),
            ],
        ),
        (
            "The old terminal, opened in the autumn of 1972, was extended in June. It closed in 1996.",
            [
                ("the autumn of 1972", "DATE", "1972-FA"),
                ("June", "DATE", "1997-06"),
                ("1996", "DATE", "1996"),
            ],
        ),
    ],
)
def test_a_time_with_its_year_set_off_by_commas(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY, DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters predicted heavy snow by Sunday.", [("Sunday", "DATE", "1989-12-24")]),
        (
            "The weather service predicted ice by Tuesday morning.",
            [("Tuesday morning", "TIME", "1989-12-26TMO")],
        ),
        ("Forecasters predicted heavy snow by Christmas Eve.", [("Christmas Eve", "DATE", "1989-12-24")]),
        ("The agency forecast showers on Tuesday.", [("Tuesday", "DATE", "1989-12-19")]),
        ("The storm hit on Tuesday, as forecasters predicted.", [("Tuesday", "DATE", "1989-12-19")]),
    ],
)
def test_a_bound_on_a_past_forecast_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shops will open at 9am on Tuesday, Boxing Day.",
            [
                ("9am", "TIME", "1989-12-26T09:00"),
                ("Tuesday", "DATE", "1989-12-26"),
                ("Boxing Day", "DATE", "1989-12-26"),
            ],
        ),
        (
            "Ice was forecast by Sunday morning, Christmas Eve.",
            [("Sunday morning", "TIME", "1989-12-24TMO"), ("Christmas Eve", "DATE", "1989-12-24")],
        ),
    ],
)
def test_a_holiday_beside_the_day_it_falls_on(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry will sail daily. It will leave Oban at 8.15am and reach Barra at 1.05pm. The return"
            " sailing leaves at 2.30pm and docks at 7.20pm.",
            [
                ("daily", "SET", "P1D"),
                ("8.15am", "TIME", "XXXX-XX-XXT08:15"),
                ("1.05pm", "TIME", "XXXX-XX-XXT13:05"),
                ("2.30pm", "TIME", "XXXX-XX-XXT14:30"),
                ("7.20pm", "TIME", "XXXX-XX-XXT19:20"),
            ],
        ),
        (
            "The museum opens daily at 10am. The director spoke at 2pm.",
            [
                ("daily", "SET", "P1D"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("2pm", "TIME", "2024-02-14T14:00"),
            ],
        ),
        (
            "Repairs start at 10pm tomorrow. Each shift will last eight hours, and crews must be off the"
            " track by 6am.",
            [
                ("10pm tomorrow", "TIME", "2024-02-15T22:00"),
                ("eight hours", "DURATION", "PT8H"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ],
        ),
    ],
)
def test_a_timetable_goes_on_with_every_days_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The airline has cancelled 60 flights over the weekend because of the strike.",
            THURSDAY,
            [("the weekend", "DATE", "2019-W30-WE")],
        ),
        (
            "The airline has cancelled 60 flights over the weekend because of the strike.",
            MONDAY,
            [("the weekend", "DATE", "2019-W29-WE")],
        ),
        (
            "The airline cancelled 60 flights over the weekend because of the strike.",
            THURSDAY,
            [("the weekend", "DATE", "2019-W29-WE")],
        ),
    ],
)
def test_a_present_perfect_weekend_is_the_nearest(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
