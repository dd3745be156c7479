"""Rules added after the thirty-first blind news set (`data/gold/timex/blind_news_31.jsonl`, space and
astronomy news) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- The deep past is told in millions and billions of years ("formed about 4.6 billion years ago",
  "millions of years ago"): further back than a TIMEX3 year of four digits can be written, so the date is
  the past (PAST_REF), with "about" as APPROX; a count of years ago past the year 9999 BC ("about 100,000
  years ago") is the same past, not an unknown day. Lengths of that order are millennia: "4.6 billion
  years" is P4600000L, "millions of years" and "tens of thousands of years" PXL; "4.1 billion years old"
  is an age.
- "the Sun." after an article is the star, its full stop no abbreviation's dot: an article makes the word
  a noun.
- A decimal count of an interval after "every" ("circles the sun every 2.7 years") is a recurrence (SET),
  as "every two years" is.
- A distance "a second" or "a minute" ("37 miles a second", "24 kilometers a second") is a speed, as
  "seventy miles an hour" is, not a recurring second.
- A countdown reading keeps its finer units ("stopped the clock at T-minus 3 minutes 50 seconds"): no part
  of it is a length, as "T-minus 35 minutes" is not.
- "687 Earth days": a count of days named as the Earth's, told beside a planet's own day, is a length, as
  "30 calendar days" is.
- A weekday that a forecast's odds are for ("gave a 70% chance of acceptable weather for Wednesday") or
  that the next chance is ("the next opportunity is Thursday") lies ahead of the DCT, whatever the tense
  of the verb that reports it, and so do the odds that go on to another day ("falling to 45% on
  Thursday").
- "needed weeks to" a bare plural unit after "needed" is a length, as after "took".
- A clock time of what is still to come ("The capsule is scheduled to undock at 5:53 p.m.") after a
  sentence that named a day ahead and then the day of its report ("will leave the station on Thursday
  ..., officials said on Friday") is on the day ahead, not on the day of the report or the DCT; a clock
  time told in the past after it stays where the report's rules put it.
- A year followed by two capitals and a number ("2019 OQ7", "1997 XF11") is a minor planet's provisional
  designation, a name: the year tells when the object was found, not when anything in the sentence is.
- A season joined by "and" to the season just named, before a word in -ing that is only a verb ("spent
  the spring and summer repairing equipment"), is the second season, not a modifier of a noun.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

SUNDAY = date(2025, 6, 29)
MONDAY = date(2019, 5, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The oldest grains in the meteorite formed about 4.6 billion years ago.",
            [("about 4.6 billion years ago", "PAST_REF", "APPROX")],
        ),
        ("The dinosaurs died out 66 million years ago.", [("66 million years ago", "PAST_REF", None)]),
        ("The river cut the canyon millions of years ago.", [("millions of years ago", "PAST_REF", None)]),
        (
            "People first crossed to the island about 100,000 years ago.",
            [("about 100,000 years ago", "PAST_REF", "APPROX")],
        ),
        ("The Sun has been shining for 4.6 billion years.", [("4.6 billion years", "P4600000L", None)]),
        (
            "The sheet will take tens of thousands of years to melt.",
            [("tens of thousands of years", "PXL", None)],
        ),
        ("The hills were worn down over millions of years.", [("millions of years", "PXL", None)]),
        ("Her samples were 4.1 billion years old.", []),
    ],
)
def test_the_deep_past_is_the_past_and_its_lengths_are_millennia(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, MONDAY) == expected


def test_an_ago_within_four_digit_years_keeps_its_year() -> None:
    assert only("The village was built about 5,300 years ago.", MONDAY) == [
        ("about 5,300 years ago", "BC3282", "APPROX")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The comet began its long fall back towards the Sun. It will return in 2061.",
        "The probe flew closer than any before to the Sun. Its shield held.",
    ],
)
def test_the_sun_after_an_article_is_no_weekday(text: str) -> None:
    assert all(kind != "DATE" or not value.startswith("2019-05") for _, kind, value in typed(text, MONDAY))


def test_a_weekday_abbreviation_still_names_a_day() -> None:
    assert typed("The market opens Sun. 9 June at noon.", MONDAY)[0] == ("Sun. 9 June", "DATE", "2019-06-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The asteroid circles the sun every 2.7 years.", [("every 2.7 years", "SET", "P2.7Y")]),
        ("The comet comes back every 5.3 years.", [("every 5.3 years", "SET", "P5.3Y")]),
    ],
)
def test_a_decimal_interval_after_every_recurs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Earth ploughs through the trail at 37 miles a second, and the grains burn up.",
        "It was moving at about 24 kilometers a second.",
        "The lava crept forward at two metres a minute.",
    ],
)
def test_a_distance_a_second_is_a_speed(text: str) -> None:
    assert typed(text, MONDAY) == []


def test_a_distance_a_day_is_still_a_rate() -> None:
    assert typed("The glacier moves two metres a day.", MONDAY) == [("a day", "SET", "P1D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Controllers stopped the clock at T-minus 3 minutes 50 seconds when a computer failed.", []),
        ("The count halted at T-minus 4 minutes and 10 seconds.", []),
        ("The hold at T-minus 10 minutes lasted 45 minutes.", [("45 minutes", "DURATION", "PT45M")]),
    ],
)
def test_a_countdown_reading_keeps_its_finer_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A year on Mars lasts 687 Earth days.",
            [("A year", "DURATION", "P1Y"), ("687 Earth days", "DURATION", "P687D")],
        ),
        (
            "Sol 500 came about 514 Earth days after the landing.",
            [("about 514 Earth days", "DURATION", "P514D")],
        ),
    ],
)
def test_earth_days_are_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the rocket is not ready, the next opportunity is Thursday.", ("Thursday", "DATE", "2025-07-03")),
        ("Forecasters gave a 70% chance of good weather for Wednesday.", ("Wednesday", "DATE", "2025-07-02")),
        (
            "Forecasters gave a 70% chance of good weather for Wednesday, falling to 45% on Thursday.",
            ("Thursday", "DATE", "2025-07-03"),
        ),
        (
            "Forecasters put the probability of rain at a 40 percent chance for Friday.",
            ("Friday", "DATE", "2025-07-04"),
        ),
    ],
)
def test_a_prospects_weekday_lies_ahead(text: str, expected: tuple[str, str, str]) -> None:
    assert typed(text, SUNDAY)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He missed a chance to score on Saturday.", ("Saturday", "DATE", "2025-06-28")),
        ("There was a 60% chance of rain on Saturday.", ("Saturday", "DATE", "2025-06-28")),
        ("The forecast for Friday was wrong.", ("Friday", "DATE", "2025-06-27")),
    ],
)
def test_a_chance_told_in_the_past_stays_past(text: str, expected: tuple[str, str, str]) -> None:
    assert typed(text, SUNDAY)[-1] == expected


def test_needed_weeks_is_a_length() -> None:
    assert typed("The old telescope needed weeks to capture a comparable view.", MONDAY) == [
        ("weeks", "DURATION", "PXW")
    ]


def test_a_season_joined_before_a_verb_in_ing_is_a_season() -> None:
    text = "The crew arrived on April 1 and spent the spring and summer repairing equipment."
    assert typed(text, date(2006, 9, 23)) == [
        ("April 1", "DATE", "2006-04-01"),
        ("the spring", "DATE", "2006-SP"),
        ("summer", "DATE", "2006-SU"),
    ]


def test_a_season_before_a_noun_in_ing_is_no_time() -> None:
    assert typed("The shop sells spring and winter clothing in bulk.", MONDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Astronomers say 2019 OQ7 is between 57 and 130 meters across.", []),
        ("The asteroid 1997 XF11 will pass the Moon in 2028.", [("2028", "DATE", "2028")]),
        ("In 2019 UK exports rose.", [("2019", "DATE", "2019")]),
    ],
)
def test_a_year_opening_an_asteroids_designation_is_a_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


SATURDAY = date(2006, 9, 23)
REPORT = "A crew will leave the station on Thursday after six months in orbit, officials said on Friday. "


def test_a_clock_time_ahead_goes_on_from_the_day_ahead_before_a_report() -> None:
    text = REPORT + "The capsule is scheduled to undock at 5:53 p.m. and land at 9:13 p.m."
    assert typed(text, SATURDAY)[-2:] == [
        ("5:53 p.m.", "TIME", "2006-09-28T17:53"),
        ("9:13 p.m.", "TIME", "2006-09-28T21:13"),
    ]


def test_a_clock_time_told_in_the_past_after_a_report_is_not_put_ahead() -> None:
    assert typed(REPORT + "The new crew docked at 8:21 a.m.", SATURDAY)[-1] == (
        "8:21 a.m.",
        "TIME",
        "2006-09-23T08:21",
    )
