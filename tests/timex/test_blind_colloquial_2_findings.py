"""Rules added after the second blind colloquial set (`data/gold/timex/blind_colloquial_2.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A bare clock time closing a range ("Lunch is 12:30-1:45", "moves from 10am to 3:15") is the first
  reading of it after the opening time, on the same day; only a range closing at an hour stated as
  earlier ("a curfew from 10 p.m. to 6 a.m.") runs past midnight.
- "til" is written for "until": "on detour til Sunday" looks ahead as "until Sunday" does.
- A short month that is also a first name ("Jan", "Dec") is the month after "since", "until" or "in"
  when it closes the phrase ("no rain since Jan, ..."); "since Jan left" and "from Jan, who" are names.
- A short weekday that is otherwise a name ("Sun") is the day when joined to another weekday ("this Sat
  & Sun", "Saturday and Sun").
- A clock time joined to a texting spelling of a day word is one expression, as with the full word:
  "8am tmrw", "10pm 2nite".
- A weekday and its day of the month in the present tense ("our party is on Sat 17th") is a date the
  writer has set ahead, counted from the writer's now.
- A feed's post labelled with its date and a middle dot ("16 Nov · 30 today!!") is an entry written
  on that day: its "today", "tmrw" and "last nite" count from the label, even when the label is
  followed by a number.
- A clock time with minutes but without a.m. or p.m. in a sentence about the evening ("Drinks at the
  Foundry from 6:30") is the evening's, as a bare hour there is; a housewarming is an evening event.
- A weekday and a date a blank line apart ("... comes Tues.", a new post "16 Nov · ...") are two
  expressions: a paragraph break ends the weekday's phrase.
- "every half hour" and "every half-hour" are sets of thirty minutes.
- A run of weekdays followed by the hour its days open or close ("Mon-Fri until 9pm", "Monday to
  Friday from 9am") is a schedule, as one followed by its hours ("Mon-Sat, 9am-6pm") is; so is a run
  of short weekdays written without a comma before its hours ("Mon-Sat 9am-6pm"), whose last day is
  then no single day's clock time ("Sat 6:40am" alone still is).
- A colon clock time right after a day just told ("next Sat, 12:30 kick-off") is that day's time.
- A month/day with a slash after "closed", "open" or "reopens" ("closed 12/25 and 1/1") is a date, as
  after "on" or "until"; a price move ("closed 1/4 higher") is not.
- "What a day." opening a sentence is an exclamation about the day, not a length of one.
- A morning clock time told after "tonight" falls on the next morning only within the same paragraph:
  a feed's next post ("... tonight." / "Sunrise 7:01am") speaks of its own day.
- A bare hour after "between" right after a day opens a range of clock times ("comes Tues between 8
  and 12"), and a bare hour closing its clause after "and" or "to" right after a clock time closes it;
  "at 9 and 3 staff" still counts people.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2026, 3, 12)
WEDNESDAY = date(2011, 4, 27)
MONDAY = date(2018, 2, 26)
FRIDAY = date(2025, 5, 9)
SUNDAY = date(2013, 11, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lunch is 12:30-1:45 in the hall.",
            [("12:30", "TIME", "2026-03-12T12:30"), ("1:45", "TIME", "2026-03-12T13:45")],
        ),
        (
            "The panel moves from 2pm to 3:15 in Room 4.",
            [("2pm", "TIME", "2026-03-12T14:00"), ("3:15", "TIME", "2026-03-12T15:15")],
        ),
        (
            "The panel moves from 10am to 3:15 in Room 4.",
            [("10am", "TIME", "2026-03-12T10:00"), ("3:15", "TIME", "2026-03-12T15:15")],
        ),
        (
            "A curfew runs from 10 p.m. to 6 a.m.",
            [("10 p.m.", "TIME", "2026-03-12T22:00"), ("6 a.m.", "TIME", "2026-03-13T06:00")],
        ),
    ],
)
def test_a_bare_clock_time_closing_a_range_follows_its_opening(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Route 8 buses are on detour til Sunday for roadworks.", [("Sunday", "DATE", "2011-05-01")]),
        ("Route 8 buses are on detour until Sunday for roadworks.", [("Sunday", "DATE", "2011-05-01")]),
        ("We stayed til Sunday.", [("Sunday", "DATE", "2011-04-24")]),
    ],
)
def test_til_is_until(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We have had hardly any rain since Jan, the driest start in years.",
            [("Jan", "DATE", "2018-01"), ("years", "DURATION", "PXY")],
        ),
        ("Nobody has seen him since Jan left the band.", []),
        ("I bought the bike from Jan, who sells them.", []),
        ("I haven't heard from anyone since Jan, who moved away.", []),
    ],
)
def test_a_short_month_that_is_a_name_closing_a_phrase(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Blue Line is closed this Sat & Sun for track work.",
            [("this Sat", "DATE", "2011-04-30"), ("Sun", "DATE", "2011-05-01")],
        ),
        (
            "The pool opens Saturday and Sun for the gala.",
            [("Saturday", "DATE", "2011-04-30"), ("Sun", "DATE", "2011-05-01")],
        ),
        ("Shares of Apple and Sun rose.", []),
    ],
)
def test_a_short_weekday_joined_to_another_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doors open at 8am tmrw for the final day.", [("8am tmrw", "TIME", "2026-03-13T08:00")]),
        ("Lights out by 10pm 2nite.", [("10pm 2nite", "TIME", "2026-03-12T22:00")]),
        ("Doors open at 8am tomorrow.", [("8am tomorrow", "TIME", "2026-03-13T08:00")]),
    ],
)
def test_a_clock_time_before_a_texting_day_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_a_weekday_and_its_day_in_the_present_tense_lie_ahead() -> None:
    text = (
        "Our shop opened in a garage in May 2020 with forty plants. The shop's fifth birthday party is on "
        "Sat 17th from 2pm, with cake and a plant swap."
    )
    assert typed(text, FRIDAY, kind=DocumentKind.NEWS) == [
        ("May 2020", "DATE", "2020-05"),
        ("Sat 17th", "DATE", "2025-05-17"),
        ("2pm", "TIME", "2025-05-17T14:00"),
    ]


def test_a_post_labelled_with_its_date_counts_its_day_words_from_the_label() -> None:
    text = (
        "Hannah\n\n"
        "14 Nov · Moved in at last. Sleeping on the mattress tonight.\n\n"
        "15 Nov · Barely slept last nite. The plumber comes Tues.\n\n"
        "16 Nov · 30 today!! Will reply to everyone tmrw x\n\n"
        "17 Nov · First week done."
    )
    assert typed(text, SUNDAY) == [
        ("14 Nov", "DATE", "2013-11-14"),
        ("tonight", "TIME", "2013-11-14TNI"),
        ("15 Nov", "DATE", "2013-11-15"),
        ("last nite", "TIME", "2013-11-14TNI"),
        ("Tues.", "DATE", "2013-11-19"),
        ("16 Nov", "DATE", "2013-11-16"),
        ("today", "DATE", "2013-11-16"),
        ("tmrw", "DATE", "2013-11-17"),
        ("17 Nov", "DATE", "2013-11-17"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drinks at the Foundry from 6:30.", [("6:30", "TIME", "2026-03-12T18:30")]),
        (
            "Housewarming on Saturday from 7, bring a chair.",
            [("Saturday", "DATE", "2026-03-14"), ("7", "TIME", "2026-03-14T19:00")],
        ),
        ("The night shift ended at 6:30 and he drove home.", [("6:30", "TIME", "2026-03-12T06:30")]),
        ("Doors at 06:30 for the party.", [("06:30", "TIME", "2026-03-12T06:30")]),
    ],
)
def test_a_clock_time_in_a_sentence_about_the_evening(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trains run every half hour.", [("every half hour", "SET", "PT30M")]),
        (
            "Ferries leave every half-hour on Sundays.",
            [("every half-hour", "SET", "PT30M"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
    ],
)
def test_every_half_hour_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Buses will run every 20 mins Mon-Fri until 9pm.",
            [
                ("every 20 mins", "SET", "PT20M"),
                ("Mon", "SET", "XXXX-WXX-1"),
                ("Fri", "SET", "XXXX-WXX-5"),
                ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ],
        ),
        (
            "The library is open Monday to Friday from 9am.",
            [
                ("Monday", "SET", "XXXX-WXX-1"),
                ("Friday", "SET", "XXXX-WXX-5"),
                ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ],
        ),
    ],
)
def test_a_run_of_weekdays_with_an_opening_or_closing_hour_is_a_schedule(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Away at Dunmore next Sat, 12:30 kick-off for the telly.",
            [("next Sat", "DATE", "2022-10-22"), ("12:30", "TIME", "2022-10-22T12:30")],
        ),
        ("The score on Saturday was 12:30 in the end.", [("Saturday", "DATE", "2022-10-15")]),
    ],
)
def test_a_colon_clock_time_right_after_its_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2022, 10, 15)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Open Mon-Sat 9am-6pm.",
            [
                ("Mon", "SET", "XXXX-WXX-1"),
                ("Sat", "SET", "XXXX-WXX-6"),
                ("9am", "TIME", "XXXX-XX-XXT09:00"),
                ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ],
        ),
        (
            "OOO Thu-Fri so you'll have mine by 3pm today.",
            [
                ("Thu", "DATE", "2025-05-15"),
                ("Fri", "DATE", "2025-05-16"),
                ("3pm today", "TIME", "2025-05-09T15:00"),
            ],
        ),
        ("We fly out Sat 6:40am.", [("Sat 6:40am", "TIME", "2025-05-10T06:40")]),
    ],
)
def test_a_run_of_short_weekdays_given_its_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The pantry is closed 12/25 and 1/1, and open as usual otherwise.",
            None,
            [("12/25", "DATE", "XXXX-12-25"), ("1/1", "DATE", "XXXX-01-01")],
        ),
        ("The store reopens 1/3 after the holidays.", date(2023, 12, 20), [("1/3", "DATE", "2024-01-03")]),
        ("The shares closed 1/4 higher.", date(2023, 12, 20), []),
    ],
)
def test_a_slashed_day_after_closed_or_open(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What a club. What a day. Night all x", []),
        ("What a week it has been!", []),
        ("We know what a day of rain does to the pitch.", [("a day", "DURATION", "P1D")]),
        ("So what? A day later he was back.", [("A day later", "DATE", "2022-10-16")]),
    ],
)
def test_what_a_day_as_an_exclamation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2022, 10, 15)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gritters will be out on main roads tonight.\n\nOur first bulletin went out at 6:45am.",
            [("tonight", "TIME", "2018-02-26TNI"), ("6:45am", "TIME", "2018-02-26T06:45")],
        ),
        (
            "Gritters will be out on main roads tonight, and the first buses run at 6:45am.",
            [("tonight", "TIME", "2018-02-26TNI"), ("6:45am", "TIME", "2018-02-27T06:45")],
        ),
    ],
)
def test_a_morning_clock_time_in_the_next_post_after_tonight(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fridge man will come on Tuesday between 8 and 12.",
            [
                ("Tuesday", "DATE", "2013-11-19"),
                ("8", "TIME", "2013-11-19T08:00"),
                ("12", "TIME", "2013-11-19T12:00"),
            ],
        ),
        ("Between 8 and 12 people came.", []),
        ("The shop opens at 9 and 3 staff are on.", [("9", "TIME", "2013-11-15T09:00")]),
    ],
)
def test_a_bare_hour_closing_a_range_of_bare_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2013, 11, 15)) == expected
