"""Rules added after the blind research set (`data/gold/timex/blind_research.jsonl`, methods and results
prose from study reports, abstracts and trial protocols) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "daily means computed from hourly readings", "stored as hourly averages": a frequency word before a
  measured series names no recurrence, as "a monthly normal" does not; "sampled daily and readings logged
  hourly" keeps both, as "and" joins a clause there, not a second kind.
- "from week 40 of 2019 to week 20 of 2020": a calendar week numbered within the year named (a trial's own
  "week 12" stays untagged).
- "followed up at 6, 12 and 24 months": the bare counts of a list closed by a unit are lengths of it.
- "read at 06:00, 14:00 and 22:00": a list of colon clock times goes on after a comma, and after a
  recurring day's clock time the times listed recur too.
- "more than 20 hours a week", "4.1 hours a week": a bound and a decimal count belong to the rate.
- "peaked in February 2020, before falling sharply in March": what happened next goes on from the month
  just dated.
- "Last year the rules changed, and a review will report in the autumn": a clause that foretells does not
  take the past year the sentence opened on.
- "a visit 7 to 10 days after the last dose": a range of counts before "after" and a noun phrase is a
  length, as a single count is.
- "healthy volunteers aged 18 to 55 years": an age range, no length.
- "caught between 1 May and 20 May each year": dates closed by "each year" are every year's.
- "exceeded 30 °C on 41 days": a count of days after "on", no length.
- "a week later on average in 2015 than in 2014": a counted comparison with its adjunct before "than".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2008, 4, 10)
SUNDAY = date(2021, 9, 19)
FRIDAY = date(2024, 2, 2)
MONDAY = date(2005, 10, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daily means were computed from hourly readings at each station.", []),
        ("The strain data were stored as hourly averages, and the daily range was small.", []),
        (
            "Samples were taken daily and readings were logged hourly.",
            [("daily", "SET", "P1D"), ("hourly", "SET", "PT1H")],
        ),
    ],
)
def test_frequency_word_before_a_measured_series(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases were counted from week 40 of 2019 to week 20 of 2020.",
            [("week 40 of 2019", "DATE", "2019-W40"), ("week 20 of 2020", "DATE", "2020-W20")],
        ),
        ("The primary outcome was measured at week 12.", []),
    ],
)
def test_numbered_week_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patients will be seen again at 3, 6 and 12 months after surgery.",
            [("3", "DURATION", "P3M"), ("6", "DURATION", "P6M"), ("12 months", "DURATION", "P12M")],
        ),
        (
            "Plasma was sampled at 2, 4 and 8 hours after the dose.",
            [("2", "DURATION", "PT2H"), ("4", "DURATION", "PT4H"), ("8 hours", "DURATION", "PT8H")],
        ),
        ("She scored 12, 15 and 20 points in the three games.", []),
    ],
)
def test_bare_counts_of_a_list_closed_by_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Water levels were read every 8 hours, at 06:00, 14:00 and 22:00, by the keeper.",
            [
                ("every 8 hours", "SET", "PT8H"),
                ("06:00", "TIME", "XXXX-XX-XXT06:00"),
                ("14:00", "TIME", "XXXX-XX-XXT14:00"),
                ("22:00", "TIME", "XXXX-XX-XXT22:00"),
            ],
        ),
        (
            "Today the ferries leave at 09:15, 13:40 and 18:05.",
            [
                ("Today", "DATE", "2008-04-10"),
                ("09:15", "TIME", "2008-04-10T09:15"),
                ("13:40", "TIME", "2008-04-10T13:40"),
                ("18:05", "TIME", "2008-04-10T18:05"),
            ],
        ),
    ],
)
def test_list_of_colon_clock_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A third of the nurses worked more than 48 hours a week.",
            [("more than 48 hours a week", "SET", "P1W")],
        ),
        ("Carers cut their paid work by 4.1 hours a week.", [("4.1 hours a week", "SET", "P1W")]),
    ],
)
def test_rate_with_a_bound_or_a_decimal_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


def test_month_told_next_after_a_dated_month() -> None:
    assert typed("Admissions peaked in January 2020, before falling sharply in April.", SUNDAY) == [
        ("January 2020", "DATE", "2020-01"),
        ("April", "DATE", "2020-04"),
    ]


def test_foretold_season_after_a_past_year_opening_the_sentence() -> None:
    assert typed("Last year the rules changed, and a review will report in the autumn.", FRIDAY) == [
        ("Last year", "DATE", "2023"),
        ("the autumn", "DATE", "2024-FA"),
    ]


def test_range_of_counts_before_after_and_a_noun_phrase() -> None:
    assert typed("Stitches are removed 7 to 10 days after the operation.", FRIDAY) == [
        ("7 to 10 days", "DURATION", "PXD")
    ]


def test_age_range_after_aged() -> None:
    assert typed("The trial enrolled healthy volunteers aged 18 to 55 years.", FRIDAY) == []


def test_dates_closed_by_each_year() -> None:
    text = (
        "The colony was studied from 2012 to 2016. Chicks were ringed between 10 June and 25 June each year."
    )
    assert typed(text, None) == [
        ("2012", "DATE", "2012"),
        ("2016", "DATE", "2016"),
        ("10 June", "DATE", "XXXX-06-10"),
        ("25 June", "DATE", "XXXX-06-25"),
        ("each year", "SET", "P1Y"),
    ]


def test_count_of_days_after_on() -> None:
    assert typed("The city topped 35 degrees on 23 days last summer.", FRIDAY) == [
        ("last summer", "DATE", "2023-SU")
    ]


def test_counted_comparison_with_an_adjunct_before_than() -> None:
    assert typed("The swallows arrived a week later on average in 2015 than in 2014.", FRIDAY) == [
        ("a week", "DURATION", "P1W"),
        ("2015", "DATE", "2015"),
        ("2014", "DATE", "2014"),
    ]
