"""Rules added after the blind schedules set (`data/gold/timex/blind_schedules.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- Timetables and programmes write 24-hour clock times with a colon and no "at" before each: "between
  07:00 and 19:00", "from 18:00 to 23:00", "at 11:30 and 14:30", "18:30-20:00". A colon time opening
  a range after "between", closing one after another clock time, or opening "HH:MM-HH:MM" is a time.
- A plural weekday that runs on to another ("Tuesdays to Sundays") or is given its hours ("Sundays
  noon-4pm") is a set of days, whatever word leads it; the hours written next to it are every such
  day's.
- "Friday 12 - Sunday 14 July", "Thursday 27 to Sunday 30 December": a weekday with a bare day number
  opening a range takes the month that closes the range; a bare number after a weekday elsewhere may
  count ("on Friday 12 people were hurt") and stays apart.
- "the first weekend in May", "the last Sunday of September", "the second Tuesday in March 2019": a
  weekday or weekend counted within a month is one day (or the weekend of its ISO week).
- Hours written next to "seven days a week" or "five days a week" are the hours of each of those days.
- A notice's status after a date that labels it ("Christmas Day and Boxing Day: closed", "Sat 4 May:
  cancelled") is a participle standing for the day's state, not a past verb: the day is the one the
  notice looks to, not the last one before it.
- A run of weekdays given its hours ("open Monday to Saturday, 9am-6pm") is a schedule: both days are
  sets and the hours every such day's; a run without hours ("works Monday to Friday") stays two days.
- A weekday with a bare day number closing its clause ("collect them from Thursday 20.") is that day
  of the month in context, as "Thursday the 20th" is; a clock time after it ("Sat 6:40am") stays one.
- A bare "last" before a length after a plural subject or a conjunction ("the tours last 45 minutes",
  "leave at noon and last an hour") is the verb, left out of the extent as after "will".
- A feast closing a range ("from November until Easter") is the first one after the range's start, as
  a month closing a range is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2024, 3, 14)
MONDAY = date(2024, 6, 3)
FRIDAY = date(2021, 10, 8)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Trams run every eight minutes on weekdays between 06:30 and 20:00.",
            FRIDAY,
            [
                ("every eight minutes", "SET", "PT8M"),
                ("weekdays", "SET", "P1D"),
                ("06:30", "TIME", "XXXX-XX-XXT06:30"),
                ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ],
        ),
        (
            "The choir rehearses on Wednesdays, 19:15-21:00, in the church hall.",
            FRIDAY,
            [
                ("Wednesdays", "SET", "XXXX-WXX-3"),
                ("19:15", "TIME", "XXXX-XX-XXT19:15"),
                ("21:00", "TIME", "XXXX-XX-XXT21:00"),
            ],
        ),
        (
            "On Saturday the pool is reserved for lessons from 09:00 to 12:30.",
            FRIDAY,
            [
                ("Saturday", "DATE", "2021-10-09"),
                ("09:00", "TIME", "2021-10-09T09:00"),
                ("12:30", "TIME", "2021-10-09T12:30"),
            ],
        ),
        (
            "Ferries leave the pier on Sunday at 10:15 and 16:45.",
            FRIDAY,
            [
                ("Sunday", "DATE", "2021-10-10"),
                ("10:15", "TIME", "2021-10-10T10:15"),
                ("16:45", "TIME", "2021-10-10T16:45"),
            ],
        ),
        ("The home side won 3:1 and 2:0 in the group.", FRIDAY, []),
    ],
)
def test_colon_clock_times_in_ranges_and_pairs(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tea room is open Wednesdays to Sundays, 10am-4pm.",
            [
                ("Wednesdays", "SET", "XXXX-WXX-3"),
                ("Sundays", "SET", "XXXX-WXX-7"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        (
            "Kitchen hours: Mondays to Fridays 7am-3pm; Saturdays 8am-1pm.",
            [
                ("Mondays", "SET", "XXXX-WXX-1"),
                ("Fridays", "SET", "XXXX-WXX-5"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
                ("3pm", "TIME", "XXXX-XX-XXT15:00"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("8am", "TIME", "XXXX-XX-XXT08:00"),
                ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ],
        ),
        ("Sundays were quiet in the village.", []),
    ],
)
def test_plural_weekdays_in_a_schedule(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The book fair runs Thursday 19 - Sunday 22 September in the town hall.",
            MONDAY,
            [("Thursday 19", "DATE", "2024-09-19"), ("Sunday 22 September", "DATE", "2024-09-22")],
        ),
        (
            "The office is shut from Monday 23 to Friday 27 December.",
            THURSDAY,
            [("Monday 23", "DATE", "2024-12-23"), ("Friday 27 December", "DATE", "2024-12-27")],
        ),
        ("On Friday 12 people were taken to hospital.", FRIDAY, [("Friday", "DATE", "2021-10-08")]),
        (
            "Orders close on Monday 18 October and can be picked up from Thursday 21.",
            FRIDAY,
            [("Monday 18 October", "DATE", "2021-10-18"), ("Thursday 21", "DATE", "2021-10-21")],
        ),
        ("We fly out Sat 6:40am.", FRIDAY, [("Sat 6:40am", "TIME", "2021-10-09T06:40")]),
    ],
)
def test_weekday_and_bare_day_opening_a_range(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The craft market comes back on the first weekend in May.",
            THURSDAY,
            [("the first weekend in May", "DATE", "2024-W18-WE")],
        ),
        (
            "The race will be held on the last Sunday of September.",
            THURSDAY,
            [("the last Sunday of September", "DATE", "2024-09-29")],
        ),
        (
            "Voters went to the polls on the second Tuesday in March 2019.",
            THURSDAY,
            [("the second Tuesday in March 2019", "DATE", "2019-03-12")],
        ),
        ("He spent the first weekend in hospital.", THURSDAY, []),
    ],
)
def test_weekday_or_weekend_counted_in_a_month(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_hours_beside_days_a_week_are_every_days() -> None:
    assert typed("The helpline is open 9am to 9pm, seven days a week.", THURSDAY) == [
        ("9am", "TIME", "XXXX-XX-XXT09:00"),
        ("9pm", "TIME", "XXXX-XX-XXT21:00"),
        ("seven days a week", "SET", "P1W"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Holiday hours\nGood Friday and Easter Monday: closed\nSaturday 6 April: open as usual",
            [
                ("Good Friday", "DATE", "2024-03-29"),
                ("Easter Monday", "DATE", "2024-04-01"),
                ("Saturday 6 April", "DATE", "2024-04-06"),
            ],
        ),
        ("The bakery closed on Good Friday.", [("Good Friday", "DATE", "2023-04-07")]),
    ],
)
def test_status_after_a_dated_label_is_no_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_feast_closing_a_range_follows_its_start() -> None:
    assert typed("From October until Easter the boat trips do not run.", THURSDAY) == [
        ("October", "DATE", "2024-10"),
        ("Easter", "DATE", "2025-04-20"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boat trips leave at 10:30 and last 40 minutes.",
            [("10:30", "TIME", "2024-03-14T10:30"), ("40 minutes", "DURATION", "PT40M")],
        ),
        ("The workshops last two hours.", [("two hours", "DURATION", "PT2H")]),
        ("She answered calls for the last two hours.", [("the last two hours", "DURATION", "PT2H")]),
    ],
)
def test_last_after_a_subject_is_the_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The library is open Tuesday to Friday, 10am-7pm.",
            [
                ("Tuesday", "SET", "XXXX-WXX-2"),
                ("Friday", "SET", "XXXX-WXX-5"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ],
        ),
        (
            "The plumber works Monday to Wednesday.",
            [("Monday", "DATE", "2024-03-11"), ("Wednesday", "DATE", "2024-03-13")],
        ),
    ],
)
def test_run_of_weekdays_given_its_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
