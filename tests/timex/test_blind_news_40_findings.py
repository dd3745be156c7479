"""Rules added after the fortieth blind news set (`data/gold/timex/blind_news_40.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- A day of a month followed by "next year", "last year" or "this year" ("from 22 July next year") is one
  expression, that day in the year counted from now, as "July next year" is.
- A comparison after a percentage ("10% fewer than a year before") compares the count, as one after a
  number does: the time after "than" keeps no LESS_THAN or MORE_THAN and the words stay outside it.
- "the moment" followed by "of" or "when" ("recorded at the moment of submission") is the moment of an
  event, not the present; "at the moment" alone still is.
- "the fiscal year that ends Sept. 30" is a year of account and the day that closes it, as "the fiscal
  year ending Sept. 30" is: a length (P1Y) and its closing day.
- A length written with an article at the end of a headline ("in a single day", then a blank line) keeps
  its article: the next paragraph's first word is no noun the length qualifies.
- "on one day last week" names some day of that week, not a length of one day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2025, 12, 2)
THURSDAY = date(2023, 8, 24)
FRIDAY = date(2022, 7, 29)
WEDNESDAY = date(2019, 6, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new fees will apply from 14 May next year.",
            [("14 May next year", "DATE", "2026-05-14")],
        ),
        (
            "The office opened on 3rd March last year.",
            [("3rd March last year", "DATE", "2024-03-03")],
        ),
        (
            "The bridge is due to reopen on 30 June this year.",
            [("30 June this year", "DATE", "2025-06-30")],
        ),
    ],
)
def test_a_day_of_a_month_with_a_relative_year_is_one_expression(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arrivals in June were 15% more than a year earlier.",
            [("June", "DATE", "2023-06"), ("a year earlier", "DATE", "2022-06")],
        ),
        ("Arrivals by sea were 10% fewer than a year before.", [("a year before", "DATE", "2022")]),
    ],
)
def test_a_comparison_after_a_percentage_is_the_counts(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Online forms are time-stamped at the moment of submission.", []),
        ("The lights went out at the moment when the vote was called.", []),
        ("The office is closed at the moment.", [("the moment", "DATE", "PRESENT_REF")]),
    ],
)
def test_the_moment_of_an_event_is_not_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency expects to process a million claims in the fiscal year that ends Sept. 30.",
            [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2019-09-30")],
        ),
        (
            "The state spent $2 billion in the fiscal year that ended June 30.",
            [("the fiscal year", "DURATION", "P1Y"), ("June 30", "DATE", "2018-06-30")],
        ),
        ("Shops shut early in the week that ends with a holiday.", []),
    ],
)
def test_a_fiscal_year_that_ends_on_a_day_is_a_length_and_its_closing_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lifeboats called out nine times in a single day\n\nVolunteers at two stations were kept busy.",
            [("a single day", "DURATION", "P1D")],
        ),
        ("It was a three-year siege.", [("three-year", "DURATION", "P3Y")]),
        ("It was a three-year\nsiege.", [("three-year", "DURATION", "P3Y")]),
    ],
)
def test_a_headline_length_keeps_its_article_before_a_blank_line(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On one day last week, volunteers handed out 900 meals.", [("last week", "DATE", "2019-W22")]),
        ("The festival lasts one day.", [("one day", "DURATION", "P1D")]),
    ],
)
def test_on_one_day_is_some_day_not_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
