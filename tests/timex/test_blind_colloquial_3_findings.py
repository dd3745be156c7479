"""Rules added after the third blind colloquial set (`data/gold/timex/blind_colloquial_3.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A short weekday that is no English word ("Fri", "Tue", "Thu") is the day when joined to another day by
  "&" or "/" ("Fri & Sat"), before "if", "unless", "too" or "again" ("on Fri if you can"), after a
  capitalised word that only opens its sentence ("Dentist Fri at 4"), and at a sentence's start before a
  verb ("Fri is my day off"); a capitalised name before it ("Nguyen Thi Thu") still makes it a name's.
- A short weekday followed by a part of the day is the day even when it is otherwise a word or a name's
  ("Home to Hartley Mon night", "going out sat night", "picks me up sat morning"); "sat night after
  night" is the verb.
- A forum post's byline with a middle dot and a date on its own line ("mattyw · 4 Aug 2018") heads the
  post below it: the post's "tmrw", weekdays and clock times count from that date, as a letter's
  heading does.
- "let's" makes a suggestion in the writer's present ("Physio Fri at 4 so let's see"), never a past
  tense, though "let" has the same form in the past.
- Minutes and seconds no clock can show ("a tempo 10k in 46:12") are a time kept by a watch after a
  word that times a race, as "2:11:04" is.
- "sleeps", as children count the nights to an awaited day ("2 more sleeps"), is a length of nights
  counted in days.
- "today" in a text with no DCT and no day told before it is the writer's now (PRESENT_REF), in any
  tense ("Got 4 hrs today").
- "the 16th" alone is a day of the month after "till" and "til" as after "until", and in a plan offered
  with "how about" or "what about" ("what about the 21st?"); "about the 21st century" stays a century.
- A bare hour after "is at" or "was at" is a clock time when what "is at" it is a thing held at an hour
  ("Party is at 2", "The meeting was at 10"); after a level ("Inflation is at 2") it stays an amount.
- A clock time without a.m. or p.m. after a day's night in news or a post is that evening's from seven
  ("Mon night, live on the telly at 7:45" is 19:45); an earlier hour still falls after midnight.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MIDWEEK = date(2022, 12, 14)
WEDNESDAY = date(2025, 4, 9)
SATURDAY = date(2019, 4, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No trains tmrw, then again Fri & Sat.",
            [("tmrw", "DATE", "2022-12-15"), ("Fri", "DATE", "2022-12-16"), ("Sat.", "DATE", "2022-12-17")],
        ),
        (
            "The gym is open til 6 on Fri if you need it.",
            [("6", "TIME", "2022-12-16T18:00"), ("Fri", "DATE", "2022-12-16")],
        ),
        (
            "Dentist Fri at 4, wish me luck.",
            [("Fri", "DATE", "2022-12-16"), ("4", "TIME", "2022-12-16T16:00")],
        ),
        ("Honestly? Fri is my first day off.", [("Fri", "DATE", "2022-12-16")]),
        ("Nguyen Thi Thu said the report was late.", []),
        ("The Sun is out again.", []),
    ],
)
def test_a_short_weekday_that_is_no_word_is_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MIDWEEK) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home to Hartley Mon night, it should be loud.", [("Mon night", "TIME", "2022-12-19TNI")]),
        ("Who else is going sat night?", [("sat night", "TIME", "2022-12-17TNI")]),
        ("He sat night after night by the window.", []),
        ("She sat at the back.", []),
    ],
)
def test_a_short_weekday_with_a_part_of_the_day_is_that_part(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MIDWEEK) == expected


def test_a_forum_byline_dates_the_post_below_it() -> None:
    text = (
        "Season thread\n\n"
        "rob_k \u00b7 3 Sep 2020\n"
        "Opening game 3pm tmrw and I haven't slept since Thursday.\n\n"
        "ann_p \u00b7 3 Oct 2020\n"
        "Won again. Away at Leyton next Sat."
    )
    assert typed(text, date(2021, 5, 1)) == [
        ("3 Sep 2020", "DATE", "2020-09-03"),
        ("3pm tmrw", "TIME", "2020-09-04T15:00"),
        ("Thursday", "DATE", "2020-09-03"),
        ("3 Oct 2020", "DATE", "2020-10-03"),
        ("next Sat.", "DATE", "2020-10-10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Physio Fri at 4 so let's see.", [("Fri", "DATE", "2025-04-11"), ("4", "TIME", "2025-04-11T16:00")]),
        ("We let him go on Friday.", [("Friday", "DATE", "2025-04-04")]),
    ],
)
def test_lets_is_no_past_tense(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ran a tempo 10k in 46:12, my best yet.", [("46:12", "DURATION", "PT46M12S")]),
        ("She won in 2:11:04.", [("2:11:04", "DURATION", "PT2H11M4S")]),
        ("The talk is at 10:30 in Room 4.", [("10:30", "TIME", "2025-04-09T10:30")]),
    ],
)
def test_minutes_no_clock_shows_are_a_race_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"3 more sleeps!" she shouted.', [("3 more sleeps", "DURATION", "P3D")]),
        ("Only 2 sleeps till the trip.", [("2 sleeps", "DURATION", "P2D")]),
        ("The baby sleeps well now.", [("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_sleeps_count_nights(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Got 4 hrs of sleep today and I'm calling it a win.",
            [("4 hrs", "DURATION", "PT4H"), ("today", "DATE", "PRESENT_REF")],
        ),
        (
            "Back on nights tonight. Slept badly today.",
            [("tonight", "TIME", "XXXX-XX-XXTNI"), ("today", "DATE", "PRESENT_REF")],
        ),
    ],
)
def test_today_without_a_dct_is_the_writers_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Home to Hartley Mon night, live on the telly at 7:45.",
            [("Mon night", "TIME", "2019-04-22TNI"), ("7:45", "TIME", "2019-04-22T19:45")],
        ),
        (
            "Friday night's show starts at 8.",
            [("Friday night", "TIME", "2019-04-26TNI"), ("8", "TIME", "2019-04-26T20:00")],
        ),
    ],
)
def test_an_hour_after_a_days_night_is_its_evening(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sat the 14th is no good, we're not back till the 16th. What about the 21st?",
            [
                ("Sat the 14th", "DATE", "2021-08-14"),
                ("the 16th", "DATE", "2021-08-16"),
                ("the 21st", "DATE", "2021-08-21"),
            ],
        ),
        ("They wrote about the 21st century.", [("the 21st century", "DATE", "20")]),
        ("We talked about the 5th amendment.", []),
    ],
)
def test_a_day_of_the_month_alone_after_till_or_in_a_plan(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2021, 8, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Party is at 2, so that's 8 hrs of asking.",
            [("2", "TIME", "2024-10-26T14:00"), ("8 hrs", "DURATION", "PT8H")],
        ),
        ("The meeting was at 10.", [("10", "TIME", "2024-10-26T10:00")]),
        ("Inflation is at 2, the bank said.", []),
        ("The match was at 2-1 by then.", []),
    ],
)
def test_a_bare_hour_of_what_is_held_at_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2024, 10, 26)) == expected
