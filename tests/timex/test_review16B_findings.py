"""Mends from a second reading of the rules for the blind humanitarian, narrative and research sets: each row
is a sentence of our own.

- A numbered week of the year is an ISO week: a week 53 in a year of 52 weeks is the next year's first (never
  an invalid "2021-W53"), and a week told without a year near the new year is counted in the ISO year of
  the time around it (30 December 2025 is in week 1 of 2026).
- "won 6-4, 6-3 and 7 weeks later": the second count of a score opens no elliptical list of lengths; "at the
  ages of 3, 5 and 7 years" are ages, as "aged 3, 5 and 7 years" are.
- "relied on 3 days of food", "a ban that depends on 14 days without cases": a length of a thing after
  "on", not a count of days on which something happened ("it rained on 205 days").
- "the 1920s, 30s and 40s": every short decade listed after a full one is of its century.
- "the interest for that month": a noun in -est is no superlative, so "that month" keeps its value (as
  against "the highest for that month", a record among the like months of every year).
- "week 30 of her pregnancy" is a week of that, not of the year, even in a text that counts epidemiological
  weeks; "week 5 of 1500 participants" names no year.
- "seen 7 to 10 days after surgery": a range of counts before "after" and any noun phrase is a length, as
  "10 days after surgery" is, not only before a determiner ("after the last dose").
- "came in June and each year after that": "and" joins no range there, so June is one June, not every
  year's (as "between 1 May and 20 May each year" is).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Cases rose in epidemiological week 53 of 2021 and in week 53 of 2020.",
            date(2022, 2, 3),
            [
                ("epidemiological week 53 of 2021", "DATE", "2022-W01"),
                ("week 53 of 2020", "DATE", "2020-W53"),
            ],
        ),
        (
            "In epidemiological week 1, cholera cases rose to 300.",
            date(2025, 12, 30),
            [("epidemiological week 1", "DATE", "2026-W01")],
        ),
        (
            "In epidemiological week 53, cholera cases rose to 300.",
            date(2021, 1, 2),
            [("epidemiological week 53", "DATE", "2020-W53")],
        ),
    ],
)
def test_numbered_week_is_a_valid_iso_week(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won 6-4, 6-3 and 7 weeks later retired.", [("7 weeks later", "DATE", "2022-W12")]),
        ("Hearing was tested at the ages of 3, 5 and 7 years.", [("7 years", "DURATION", "P7Y")]),
    ],
)
def test_elliptical_list_not_scores_or_ages(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2022, 2, 3)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew relied on 3 days of food.", [("3 days", "DURATION", "P3D")]),
        ("Lifting the ban depends on 14 days without cases.", [("14 days", "DURATION", "P14D")]),
        ("It rained on 205 days of the year.", [("the year", "DATE", "2022")]),
    ],
)
def test_on_days_of_a_thing_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2022, 2, 3)) == expected


def test_short_decades_listed_after_a_full_one() -> None:
    assert typed("Jazz grew through the 1920s, 30s and 40s.", None) == [
        ("the 1920s", "DATE", "192"),
        ("30s", "DATE", "193"),
        ("40s", "DATE", "194"),
    ]


def test_noun_in_est_is_no_superlative() -> None:
    assert typed("In March the interest for that month was paid late.", date(2022, 2, 3)) == [
        ("March", "DATE", "2021-03"),
        ("that month", "DATE", "2021-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In epidemiological week 23 cases rose. She was in week 30 of her pregnancy.",
            [("epidemiological week 23", "DATE", "2022-W23")],
        ),
        (
            "Enrolment closed in week 5 of 1500 participants, from week 40 of 2019.",
            [("week 40 of 2019", "DATE", "2019-W40")],
        ),
    ],
)
def test_week_of_a_thing_is_no_week_of_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2022, 2, 3)) == expected


def test_each_year_after_and_joins_no_range() -> None:
    assert typed("He first came in June and each year after that he stayed longer.", date(2022, 2, 3))[0] == (
        "June",
        "DATE",
        "2021-06",
    )


def test_range_of_counts_before_after_and_a_bare_noun() -> None:
    assert typed("Patients were seen 7 to 10 days after surgery.", date(2022, 2, 3)) == [
        ("7 to 10 days", "DURATION", "PXD")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hale lectured abroad for the academic year 1931-32. He sailed in mid-September and came home in June.",
            [
                ("the academic year 1931-32", "DATE", "1932"),
                ("mid-September", "DATE", "1931-09"),
                ("June", "DATE", "1932-06"),
            ],
        ),
        # a past perfect still looks back from the autumn
        (
            "She taught for the school year 1950-51. She arrived in early September; she had married in June.",
            [
                ("the school year 1950-51", "DATE", "1951"),
                ("early September", "DATE", "1950-09"),
                ("June", "DATE", "1950-06"),
            ],
        ),
    ],
)
def test_months_after_the_autumn_of_an_academic_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
