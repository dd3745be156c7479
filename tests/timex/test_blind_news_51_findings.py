"""Rules added after the fifty-first blind news set (`data/gold/timex/blind_news_51.jsonl`: disaster and
emergency-response stories) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "in the hours after the dam failed": the stretch of hours on either side of an event named by a noun
  phrase is a length of unstated count, as "the days after" and "the weeks before" are.
- In an undated text, "the next day", "the next morning" and "the previous night" after a weekday named
  alone ("on Saturday") are the weekday after or before it: days count from a weekday as from a date.
- In an undated text a clock time told after a weekday named alone ("a fire drill on Thursday at about
  11am", "The storm peaked on Sunday. Winds gusted ... at about 11pm") is on that weekday, as a clock
  time in a dated text falls on the day just told.
- "said it expected 40 sailings by midnight", after a morning clock time: what a past "expected" looks
  forward to lies after the expecting, so the midnight is the one closing that day, not the one that
  opened it.
- "have waited outside the police cordon since Saturday", "since the weekend": what has run since a day
  began on it, so the day is the last one before now, whatever a word misread as the clause's verb
  ("cordon") says of the tense.
- "has banned outdoor work between noon and 5 p.m.": the hours a ban or a permit sets, as a range, are
  those hours of every day, as "after 10 p.m." is; a day written after the range's close makes them
  that day's.
- "has moved its opening hours to 6 a.m. to 11 a.m.", "visiting hours are 2 p.m. to 8 p.m.": the clock
  times a place's hours are named as are those of every day it keeps them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2016, 5, 10)
WEDNESDAY = date(2019, 3, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds were rescued in the hours after the dam failed.",
            [("hours", "DURATION", "PTXH")],
        ),
        (
            "Crews cleared the road in the hours before the convoy arrived.",
            [("hours", "DURATION", "PTXH")],
        ),
        (
            "In the days after the storm, the army flew in water.",
            [("days", "DURATION", "PXD")],
        ),
        # the small hours of a night are no length
        ("Rescuers worked in the early hours of Sunday.", [("Sunday", "DATE", "2016-05-08")]),
        # "the hours" with nothing on either side of it is no stretch of time told
        ("The hours were long and the pay was poor.", []),
    ],
)
def test_the_hours_either_side_of_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Families sheltered in schools on Saturday and returned the next day to find their homes gone.",
            [("Saturday", "DATE", "XXXX-WXX-6"), ("the next day", "DATE", "XXXX-WXX-7")],
        ),
        (
            "The cyclone made landfall on Saturday night. Rescuers arrived the next morning.",
            [("Saturday night", "TIME", "XXXX-WXX-6TNI"), ("the next morning", "TIME", "XXXX-WXX-7TMO")],
        ),
        (
            "The ferry sank on Monday. Its crew had gone ashore the previous night.",
            [("Monday", "DATE", "XXXX-WXX-1"), ("the previous night", "TIME", "XXXX-WXX-7TNI")],
        ),
        # a month named after the weekday moves the story off it: the day after is no weekday
        (
            "The ferry sank on Saturday. In June the inquiry opened, and the next day the captain resigned.",
            [
                ("Saturday", "DATE", "XXXX-WXX-6"),
                ("June", "DATE", "XXXX-06"),
                ("the next day", "DATE", "XXXX-XX-XX"),
            ],
        ),
    ],
)
def test_days_counted_from_an_undated_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There will be a full fire drill on Thursday at about 11am.",
            [("Thursday", "DATE", "XXXX-WXX-4"), ("about 11am", "TIME", "XXXX-WXX-4T11:00")],
        ),
        (
            "The storm peaked on Sunday. Winds gusted to 94 mph at about 11pm.",
            [("Sunday", "DATE", "XXXX-WXX-7"), ("about 11pm", "TIME", "XXXX-WXX-7T23:00")],
        ),
        # a month named after the weekday leaves the clock time without a day
        (
            "The storm peaked on Sunday. In March winds gusted to 94 mph at about 11pm.",
            [
                ("Sunday", "DATE", "XXXX-WXX-7"),
                ("March", "DATE", "XXXX-03"),
                ("about 11pm", "TIME", "XXXX-XX-XXT23:00"),
            ],
        ),
    ],
)
def test_a_clock_time_on_an_undated_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


def test_days_counted_from_a_weekday_in_a_dated_text_keep_their_dates() -> None:
    text = "Families sheltered in schools on Saturday and returned the next day to find their homes gone."
    assert typed(text, date(2024, 5, 8)) == [
        ("Saturday", "DATE", "2024-05-04"),
        ("the next day", "DATE", "2024-05-05"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first ferry left at 6:10 a.m., and the port said it expected 40 sailings by midnight.",
            [("6:10 a.m.", "TIME", "2016-05-10T06:10"), ("midnight", "TIME", "2016-05-10T24:00")],
        ),
        # a past act at midnight told after the morning is still the midnight that opened the day
        (
            "Police reached the house at 7 a.m. Two shots were heard shortly before midnight, neighbours said.",
            [("7 a.m.", "TIME", "2016-05-10T07:00"), ("midnight", "TIME", "2016-05-09T24:00")],
        ),
    ],
)
def test_a_midnight_expected_after_a_morning(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relatives have waited outside the police cordon since Saturday.",
            [("Saturday", "DATE", "2019-03-09")],
        ),
        (
            "Relatives have waited outside the police cordon since the weekend.",
            [("the weekend", "DATE", "2019-W10-WE")],
        ),
        ("The shop has been shut since Monday.", [("Monday", "DATE", "2019-03-11")]),
        # without "since" a plan keeps its weekday and weekend ahead
        ("The shop will reopen on Monday.", [("Monday", "DATE", "2019-03-18")]),
        ("Roads will be closed over the weekend.", [("the weekend", "DATE", "2019-W11-WE")]),
    ],
)
def test_since_a_weekday_or_the_weekend_reaches_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


FRIDAY = date(2023, 7, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry has banned outdoor work between noon and 5 p.m. until the alert is lifted.",
            [("noon", "TIME", "XXXX-XX-XXT12:00"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00")],
        ),
        (
            "The heat wave began on Saturday. The city banned outdoor work between noon and 4 p.m.",
            [
                ("Saturday", "DATE", "2023-07-15"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
                ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        # a day after the range's close makes it that day's hours
        (
            "The ministry banned outdoor work between noon and 5 p.m. on Saturday.",
            [
                ("noon", "TIME", "2023-07-15T12:00"),
                ("5 p.m.", "TIME", "2023-07-15T17:00"),
                ("Saturday", "DATE", "2023-07-15"),
            ],
        ),
        (
            "The park has moved its opening hours to 6 a.m. to 11 a.m. during the heat.",
            [("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("11 a.m.", "TIME", "XXXX-XX-XXT11:00")],
        ),
        # the hours of a day named before them are that day's
        (
            "Opening hours on Saturday will be 10 a.m. to 2 p.m.",
            [
                ("Saturday", "DATE", "2023-07-22"),
                ("10 a.m.", "TIME", "2023-07-22T10:00"),
                ("2 p.m.", "TIME", "2023-07-22T14:00"),
            ],
        ),
    ],
)
def test_standing_hours_of_a_ban_or_a_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
