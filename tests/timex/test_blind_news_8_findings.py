"""Rules added after the eighth blind news set (`data/gold/timex/blind_news_8.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- A wire lead dated by a weekday of the publication's week ("..., the institute said on Monday") is
  news even when the same sentence first reaches back to a year long past ("since records began in
  1880") and the story then recalls more of them: the weekday, and the months told after "this
  summer", lie around the DCT, not in the years recalled.
- "the week to Sunday", "the week through Saturday": a week counted back from the day that closes it
  is a length, as "the week ended Friday" and "the year to March" are.
- "once every 20 years", "twice every three months": a frequency over a counted interval is one set,
  with "once" or "twice" in its extent, as "twice a week" is.
- "a summer like 2018", "a year unlike 2020": a number likened to a period is a year; "sold like 2000
  copies" is still a count.
- "the hottest July on record", "the wettest June since 1910": a month ranked among the same months of
  other years describes a kind of month and is not a time of its own.
- "said hospitals needed a plan by the summer at the latest": a deadline "at the latest" lies ahead of
  the statement, whose past tense is the report's.
- "109 litres of water a day", "two cups of coffee a day": a measure of some stuff, then the period it
  recurs in, is a rate (SET), as "5,000 ships a year" is; "after three years of war a day of peace"
  counts a length of time and keeps "a day" a length.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2022, 8, 8)
TUESDAY = date(2019, 3, 12)
THURSDAY = date(2015, 1, 8)


def test_a_lead_dated_by_a_weekday_is_news_though_it_recalls_old_years() -> None:
    text = (
        "BERGEN, Aug 8 (Reuters) - The glacier has lost a third of its ice since measurements began in"
        " 1901, scientists said in a study published on Monday. It shrank fastest between 1930 and 1950,"
        " when summers were warm, and again after 1990. This summer it lost two metres of ice in June and"
        " July alone."
    )
    assert typed(text, MONDAY) == [
        ("Aug 8", "DATE", "2022-08-08"),
        ("1901", "DATE", "1901"),
        ("Monday", "DATE", "2022-08-08"),
        ("1930", "DATE", "1930"),
        ("1950", "DATE", "1950"),
        ("1990", "DATE", "1990"),
        ("This summer", "DATE", "2022-SU"),
        ("June", "DATE", "2022-06"),
        ("July", "DATE", "2022-07"),
    ]


def test_a_story_of_old_years_with_no_weekday_stays_a_narrative() -> None:
    text = (
        "The fort was built in 1820 and rebuilt in 1850. A garrison held it from 1861 to 1865, and it was"
        " abandoned in 1890. Its walls fell in March."
    )
    assert typed(text, MONDAY)[-1] == ("March", "DATE", "1890-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases rose to 412 in the week to Sunday, up from 358 the previous week.",
            [
                ("the week", "DURATION", "P1W"),
                ("Sunday", "DATE", "2019-03-10"),
                ("the previous week", "DATE", "2019-W09"),
            ],
        ),
        (
            "Admissions fell 3 percent in the week through Saturday.",
            [("the week", "DURATION", "P1W"), ("Saturday", "DATE", "2019-03-09")],
        ),
        ("Sales reached a record in the week.", [("the week", "DATE", "2019-W11")]),
    ],
)
def test_a_week_closed_by_a_weekday_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods like that used to come once every 20 years.", [("once every 20 years", "SET", "P20Y")]),
        ("The committee meets twice every three months.", [("twice every three months", "SET", "P3M")]),
        ("The comet returns once every 76 years.", [("once every 76 years", "SET", "P76Y")]),
        ("Take one tablet once a day.", [("once a day", "SET", "P1D")]),
    ],
)
def test_a_frequency_over_a_counted_interval_is_one_set(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 2050, a summer like 2018 will count as a cool one.",
            [("2050", "DATE", "2050"), ("2018", "DATE", "2018")],
        ),
        ("Nobody wants another year like 2020.", [("2020", "DATE", "2020")]),
        ("It was a season unlike 1998 in every way.", [("1998", "DATE", "1998")]),
        ("The shop sold like 2000 copies.", []),
        ("Fans like 2000 of them came.", []),
    ],
)
def test_a_number_likened_to_a_period_is_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July was the hottest July on record in the valley.", [("July", "DATE", "2022-07")]),
        ("It was the wettest June since 1910.", [("1910", "DATE", "1910")]),
        ("The driest March came in 1953.", [("1953", "DATE", "1953")]),
        ("Rain fell on most days last July.", [("last July", "DATE", "2022-07")]),
    ],
)
def test_a_ranked_month_is_a_description(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The college said hospitals needed a plan by the summer at the latest.",
            [("the summer", "DATE", "2015-SU")],
        ),
        (
            "The minister said the law had to pass by March, at the latest.",
            [("March", "DATE", "2015-03")],
        ),
        ("Engineers said the repairs were finished in March.", [("March", "DATE", "2014-03")]),
    ],
)
def test_a_deadline_at_the_latest_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents used an average of 109 litres of water a day in January.",
            [("a day", "SET", "P1D"), ("January", "DATE", "2015-01")],
        ),
        ("The mill turns out 40 tonnes of paper a day.", [("a day", "SET", "P1D")]),
        ("Patients were given two doses of the drug a day.", [("a day", "SET", "P1D")]),
        (
            "After three years of war a day of calm felt strange.",
            [("three years", "DURATION", "P3Y"), ("a day", "DURATION", "P1D")],
        ),
    ],
)
def test_a_measure_of_stuff_per_period_is_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
