"""Rules added after the seventy-second blind news set (`data/gold/timex/blind_news_72.jsonl`, faith,
festivals and holidays across calendars) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "the Lunar New Year", "Chinese New Year", "Chinese New Year's Eve": the first day of the Chinese
  lunisolar year (the second new moon after the one of the month holding the December solstice, in
  China's time) and the day before it, computed for any year (`calendar.lunar_new_year`,
  `LUNAR_NEW_YEAR_HOLIDAYS`).
- "avoid the roads between 11 a.m. and 3 p.m. on Tuesday": a clock time still ahead listed before a
  weekday that is its own day's puts the weekday on that day, not a week later.
- "the Met Office has forecast showers for Monday afternoon": a day a forecast still standing (a present
  perfect) is "for" lies ahead of the report, as one a past "predicted" sets a bound "by" does.
- "Easter can fall as early as 22 March", "always falls between Jan. 21 and Feb. 20", "usually falls in
  March": a date without a year after "can", "always" or "usually" and "fall(s)" says where a movable
  day lands in any year, so it is that date of every year (`MOVABLE_DAY_FALL_LEADS`).
- "a new reign began, by custom, at the Chinese New Year after the accession": a feast named in a
  clause that tells a custom is no one day (`HOLIDAY_CUSTOM_MARKERS`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Millions of people are travelling home for the Lunar New Year, which falls on Saturday.",
            date(2020, 1, 22),
            [("Lunar New Year", "DATE", "2020-01-25"), ("Saturday", "DATE", "2020-01-25")],
        ),
        (
            "Restaurants in Chinatown will be fully booked on Chinese New Year's Eve.",
            date(2018, 2, 5),
            [("Chinese New Year's Eve", "DATE", "2018-02-15")],
        ),
        (
            "The company's factories in Shenzhen close for two weeks over Chinese New Year 1985.",
            date(1984, 11, 2),
            [("two weeks", "DURATION", "P2W"), ("Chinese New Year 1985", "DATE", "1985-02-20")],
        ),
        (
            "Shops selling red envelopes were busy before the Lunar New Year.",
            date(2023, 3, 1),
            [("Lunar New Year", "DATE", "2023-01-22")],
        ),
    ],
)
def test_the_lunar_new_year_is_computed(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Officials urged visitors to avoid the beach between 11 a.m. and 3 p.m. on Tuesday.",
            date(2023, 6, 26),
            [
                ("11 a.m.", "TIME", "2023-06-27T11:00"),
                ("3 p.m.", "TIME", "2023-06-27T15:00"),
                ("Tuesday", "DATE", "2023-06-27"),
            ],
        ),
        (
            "The council asked residents to stay off the roads between 8 a.m. and 6 p.m. on Saturday.",
            date(2022, 3, 9),
            [
                ("8 a.m.", "TIME", "2022-03-12T08:00"),
                ("6 p.m.", "TIME", "2022-03-12T18:00"),
                ("Saturday", "DATE", "2022-03-12"),
            ],
        ),
    ],
)
def test_a_clock_time_listed_before_its_own_weekday(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Because the feast follows the moon, it can fall as early as 22 March or as late as 25 April.",
            date(2011, 2, 3),
            [("22 March", "DATE", "XXXX-03-22"), ("25 April", "DATE", "XXXX-04-25")],
        ),
        (
            "The festival follows a lunar calendar and always falls between Jan. 21 and Feb. 20.",
            date(2017, 1, 5),
            [("Jan. 21", "DATE", "XXXX-01-21"), ("Feb. 20", "DATE", "XXXX-02-20")],
        ),
        (
            "The harvest festival, set by the moon, usually falls in September.",
            date(2019, 9, 2),
            [("September", "DATE", "XXXX-09")],
        ),
    ],
)
def test_where_a_movable_day_can_fall(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the Ming a new reign began, by custom, at the Chinese New Year after the accession.",
            [],
        ),
        (
            "In 1399 the king was crowned. Parliament traditionally met at Easter after a coronation.",
            [("1399", "DATE", "1399")],
        ),
    ],
)
def test_a_feast_in_a_custom_is_no_one_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The Met Office has forecast heavy showers for Monday afternoon.",
            date(2001, 8, 24),
            [("Monday afternoon", "TIME", "2001-08-27TAF")],
        ),
        (
            "Forecasters have predicted up to 20 cm of snow for Saturday.",
            date(2021, 1, 13),
            [("Saturday", "DATE", "2021-01-16")],
        ),
    ],
)
def test_a_standing_forecast_for_a_weekday(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
