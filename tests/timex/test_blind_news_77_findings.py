"""Rules added after the seventy-seventh blind news set (`data/gold/timex/blind_news_77.jsonl`,
humanitarian, aid and public-health situation reports) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "in epidemiological week 14", "calendar week 9 of 2024": a week of the year named by its number is
  that ISO week, of the year written or else of the year around it ("epi week 52" in early January is
  the old year's, and "week 1" after it the new year's); a bare "week 6" is such a week only once the
  text has counted weeks so, and stays untagged in a season, a trial or a pregnancy.
- "above the 1991-2020 average, and the crop planted in April": the years a statistic is taken over are
  its baseline, not the time the report has come to.
- "Weekly cases fell", "daily deaths peaked": a frequency word before a count of a surveillance series
  names no recurrence.
- "the money came months too late", "the line opened years late": a bare plural unit before "late",
  "early" or "too soon" is the margin by which a thing missed its time, a length.
- "admissions were the highest for that month since 2011": "that month" after a superlative and "for"
  is that month of every year, a record compared across years, not one month.
- "said on Friday that the March-May rains would fail": a month on the subject of a reported clause
  with a modal looks ahead, whatever the tense of the verb of saying.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2022, 4, 19)
MONDAY = date(2024, 1, 8)
THURSDAY = date(2021, 11, 18)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Clinics reported 640 measles cases in epidemiological week 14, the ministry said.",
            TUESDAY,
            [("epidemiological week 14", "DATE", "2022-W14")],
        ),
        (
            "The plant was shut in calendar week 9 of 2021 for maintenance.",
            TUESDAY,
            [("calendar week 9 of 2021", "DATE", "2021-W09")],
        ),
        (
            "The surveillance unit logged 310 influenza cases in epi week 52 and 280 in week 1.",
            MONDAY,
            [("epi week 52", "DATE", "2023-W52"), ("week 1", "DATE", "2024-W01")],
        ),
        (
            "Admissions rose in ISO week 12. They had been falling since week 6.",
            TUESDAY,
            [("ISO week 12", "DATE", "2022-W12"), ("week 6", "DATE", "2022-W06")],
        ),
        ("The Bears lost in week 6 and again in week 7.", TUESDAY, []),
        ("Patients improved by week 3 of the trial.", TUESDAY, []),
    ],
)
def test_a_numbered_week_of_the_year(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rainfall was 30 per cent below the 1981-2010 average, and the wheat sown in April failed.",
            [("1981", "DATE", "1981"), ("2010", "DATE", "2010"), ("April", "DATE", "2021-04")],
        ),
        (
            "Summer was 1.4 degrees above the 1961–1990 baseline; in August the reservoirs ran dry.",
            [("1961", "DATE", "1961"), ("1990", "DATE", "1990"), ("August", "DATE", "2021-08")],
        ),
        (
            "In 2019 the average price fell, and in July it rose again.",
            [("2019", "DATE", "2019"), ("July", "DATE", "2019-07")],
        ),
    ],
)
def test_the_years_of_a_baseline_are_no_reference_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Weekly cases have fallen since the spring, the health board said.",
            [("the spring", "DATE", "2021-SP")],
        ),
        ("Daily deaths peaked in March.", [("March", "DATE", "2021-03")]),
        ("The board publishes its figures weekly.", [("weekly", "SET", "P1W")]),
    ],
)
def test_a_frequency_word_before_a_count_of_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant came months too late to save the harvest.", [("months", "DURATION", "PXM")]),
        ("The new line opened years late and far over budget.", [("years", "DURATION", "PXY")]),
        ("We got to the station hours too early.", [("hours", "DURATION", "PTXH")]),
        ("Those were the days early in the war.", []),
    ],
)
def test_a_bare_unit_before_late_or_early(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales in October were the highest for that month since 1998.",
            [("October", "DATE", "2021-10"), ("1998", "DATE", "1998")],
        ),
        (
            "Rainfall in May was the lowest on record for that month.",
            [("May", "DATE", "2021-05")],
        ),
        (
            "The mill closed in May 1990. Two hundred jobs were lost that month.",
            [("May 1990", "DATE", "1990-05"), ("that month", "DATE", "1990-05")],
        ),
    ],
)
def test_that_month_of_a_record(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters said on Monday that the March-May rains would also fail.",
            [("Monday", "DATE", "2021-11-15"), ("March", "DATE", "2022-03"), ("May", "DATE", "2022-05")],
        ),
        (
            "The ministry warned the June harvest will be poor.",
            [("June", "DATE", "2022-06")],
        ),
    ],
)
def test_a_month_on_the_subject_of_a_reported_modal_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected
