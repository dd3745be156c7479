"""Rules added after the hundredth blind news set (`data/gold/timex/blind_news_100.jsonl`, food, restaurant
and hospitality news: a restaurant opening, an awards night, a hygiene closure, a pub's licence hearing, a
price war, a food festival, a bakery's centenary, a season preview, a set-lunch review and a hotel strike) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "Breakfast is served Monday to Saturday, 8-11.30am", "the café opens Wednesday to Sunday, 9-4pm": a run of
  weekdays given a range of hours whose first hour is bare (its half of the day is written once, on the
  closing hour) is a standing schedule, as "Monday to Saturday, 9am-6pm" is; both weekdays are SETs and both
  hours every day's. A run with no hours, or a run followed by a range of dates, stays one stretch of days.
- "the 1950s-style diner", "a 1960s-era estate": a decade that opens a compound adjective modifies the noun
  after it, and the article before it is the noun's, as in "a [three-year] siege"; "the 1960s-1970s" and a
  dash set off by spaces leave the decade's article where it was.
- "The inn serves Sunday roasts from noon", "Saturday brunches are booked out", "a Sunday roast": a weekday
  before a meal a kitchen serves on that day of every week names a kind of dish or a series of sittings, as
  "Sunday suppers" does, not one date; "On Sunday lunches were served late" keeps the day.
- "The grouse season opens on 12 August, and some kitchens serve the first birds the same evening": in an
  undated text, "the same" morning or evening repeats the yearless day just named, as "that evening" does
  once a weekday has fixed the month's days; a bare "that evening" after a yearless date, and "the same
  evening" after a month alone, stay any day's.
- "The cottage is fully booked for New Year": "for" before a capitalised "New Year" without "the" names the
  holiday, 1 January, as "since New Year" and "over New Year" do; "for the new year" stays the year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2024, 10, 15)
SUNDAY_IN_DECEMBER = date(2023, 12, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Breakfast is served Monday to Saturday, 8-11.30am, in the conservatory.",
            [
                ("Monday", "SET", "XXXX-WXX-1"),
                ("Saturday", "SET", "XXXX-WXX-6"),
                ("8", "TIME", "XXXX-XX-XXT08:00"),
                ("11.30am", "TIME", "XXXX-XX-XXT11:30"),
            ],
        ),
        (
            "The café, reopened in June, is open Wednesday to Sunday, 9-4pm.",
            [
                ("June", "DATE", "2024-06"),
                ("Wednesday", "SET", "XXXX-WXX-3"),
                ("Sunday", "SET", "XXXX-WXX-7"),
                ("9", "TIME", "XXXX-XX-XXT09:00"),
                ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        # no hours after the run, or a range of dates after it: one stretch of days
        (
            "Breakfast was served Monday to Saturday in the marquee.",
            [("Monday", "DATE", "2024-10-14"), ("Saturday", "DATE", "2024-10-19")],
        ),
        (
            "The inspectors will visit from Monday to Friday, 3-7 March.",
            [
                ("Monday", "DATE", "2024-10-21"),
                ("Friday", "DATE", "2024-10-25"),
                ("3", "DATE", "2025-03-03"),
                ("7 March", "DATE", "2025-03-07"),
            ],
        ),
    ],
)
def test_weekday_run_with_a_bare_opening_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met in the 1950s-style diner on the corner.", [("1950s", "DATE", "195")]),
        ("The 1960s-era estate will be pulled down.", [("1960s", "DATE", "196")]),
        # a range of decades, a spaced dash, a decade standing alone
        (
            "Prices rose through the 1960s-1970s boom.",
            [("the 1960s", "DATE", "196"), ("1970s", "DATE", "197")],
        ),
        ("He cooked there in the 1980s - a hard decade.", [("the 1980s", "DATE", "198")]),
    ],
)
def test_decade_opening_a_compound_adjective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inn serves Sunday roasts from noon.", [("noon", "TIME", "2024-10-15T12:00")]),
        ("Saturday brunches are booked out until spring.", [("spring", "DATE", "2025-SP")]),
        ("We had a Sunday roast at my sister's.", []),
        # "on" makes the weekday one day; a singular lunch may be one day's
        ("On Sunday lunches were served late.", [("Sunday", "DATE", "2024-10-13")]),
        ("Sunday lunch was tense.", [("Sunday", "DATE", "2024-10-13")]),
    ],
)
def test_weekday_before_a_meal_served_weekly(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cottage is fully booked for New Year.", [("New Year", "DATE", "2024-01-01")]),
        (
            "She went home for New Year and came back on the 4th.",
            [("New Year", "DATE", "2023-01-01"), ("the 4th", "DATE", "2023-01-04")],
        ),
        # "the new year" is a year; "New Year's Eve" a day of its own
        ("The chef has big plans for the new year.", [("the new year", "DATE", "2024")]),
        ("The hotel is full for New Year's Eve.", [("New Year's Eve", "DATE", "2023-12-31")]),
    ],
)
def test_for_new_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY_IN_DECEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oyster season opens on 1 September, and most bars shuck the first ones the same evening.",
            [("1 September", "DATE", "XXXX-09-01"), ("the same evening", "TIME", "XXXX-09-01TEV")],
        ),
        (
            "The market opens on 1 May. That same morning the stalls go up.",
            [("1 May", "DATE", "XXXX-05-01"), ("That same morning", "TIME", "XXXX-05-01TMO")],
        ),
        # no "same", or no day named before it
        (
            "The fair opens on 1 May. That evening there is a dance.",
            [("1 May", "DATE", "XXXX-05-01"), ("That evening", "TIME", "XXXX-XX-XXTEV")],
        ),
        (
            "The fair opens in May, and the same evening the mayor speaks.",
            [("May", "DATE", "XXXX-05"), ("the same evening", "TIME", "XXXX-XX-XXTEV")],
        ),
    ],
)
def test_same_part_of_a_yearless_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
