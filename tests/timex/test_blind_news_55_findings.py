"""Rules added after the fifty-fifth blind news set (`data/gold/timex/blind_news_55.jsonl`, stories on
official statistics and economic data releases) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "up 6% in the year to date": written apart, "the year to date" is a noun phrase and keeps its article;
  "the year-to-date total" is an adjective, and the article belongs to the noun.
- "in the decade to 2011": ten years counted back from the year that closes them, a length and that
  year, as "the year to March" is a length and its closing month.
- "against 0.4% in the same month last year": one expression, the month the report is on a year back, as
  "a year earlier" is; after "between May and June" that month is the one the range closes on.
- "The fall in exports was driven by cars", "the fall was steeper": "fall" with "in" and what declined,
  or with a predicate only a decline takes, is no season.
- "a strike in March that shut the mines in the middle of the month": a part of "the month" in a
  sentence that has just named a month is of that month, as "the month" alone is.
- "grew 0.4% in the third quarter, after growth of 0.2% in the second": a period after "after" and a
  change with its figure is the base the new figure follows, not the period reported; so "a year
  earlier" compares with the quarter reported.
- "will publish its estimate of growth in May on 12 July": a month after a noun of figures and "for" or
  "in" is the period the figures cover, closed before they come out, whatever the tense.
- "Two years ago, the results of the 2019 survey came out in March": a count back opening the sentence
  gives a bare month its year, and a year naming a thing ("the 2019 survey") does not take it away.
- "cut in February 2023, when ..., and in June, when ...": a bare month joined by "and in" to a month the
  sentence has dated is the first such month after it.
- "Net migration, provisional: year ending March 2026": a statistics label's period without its article
  is a length, as "the year ending March 2026" is.
- In an undated text, "Retail sales: May 2026. Next published on 18 June 2026. The release covers the
  change since April": a month named in the present right after the paragraph dated its time is near
  that time, not every year's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2019, 10, 15)
THURSDAY = date(2023, 11, 16)
FRIDAY = date(2016, 7, 8)
MONDAY = date(2024, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports have risen 6% in the year to date.", [("the year to date", "DATE", "2019")]),
        ("The year-to-date total is 12% higher.", [("year-to-date", "DATE", "2019")]),
    ],
)
def test_the_year_to_date_keeps_its_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of farms fell by a fifth in the decade to 2011.",
            [("the decade", "DURATION", "P10Y"), ("2011", "DATE", "2011")],
        ),
        (
            "Wages rose faster than prices in the decade through 2007.",
            [("the decade", "DURATION", "P10Y"), ("2007", "DATE", "2007")],
        ),
    ],
)
def test_the_decade_to_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Food prices rose 0.6% in September, against 0.4% in the same month last year.",
            [("September", "DATE", "2019-09"), ("the same month last year", "DATE", "2018-09")],
        ),
        (
            "Rents rose 0.2% between July and August, compared with 0.5% in the same month a year earlier.",
            [
                ("July", "DATE", "2019-07"),
                ("August", "DATE", "2019-08"),
                ("the same month a year earlier", "DATE", "2018-08"),
            ],
        ),
    ],
)
def test_the_same_month_last_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fall in exports was driven by cars and machinery.", []),
        ("The fall was largely driven by fewer overseas students.", []),
        ("Analysts said the fall was steeper than they had expected.", []),
        ("We moved to Ohio in the fall.", [("the fall", "DATE", "2019-FA")]),
    ],
)
def test_the_fall_as_a_decline(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output fell in May because of a strike that shut the mines in the middle of the month.",
            [("May", "DATE", "2016-05"), ("the middle of the month", "DATE", "2016-05")],
        ),
        (
            "Sales dropped in April, when storms closed hundreds of shops at the end of the month.",
            [("April", "DATE", "2016-04"), ("the end of the month", "DATE", "2016-04")],
        ),
        (
            "Sales rose in May, and the chain has hired extra staff through the end of the month.",
            [("May", "DATE", "2016-05"), ("the end of the month", "DATE", "2016-07")],
        ),
        (
            "Sales dropped in April. The new rules will take effect at the end of the month.",
            [("April", "DATE", "2016-04"), ("the end of the month", "DATE", "2016-07")],
        ),
    ],
)
def test_a_part_of_the_month_just_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


def test_the_base_after_after_is_not_the_quarter_reported() -> None:
    text = (
        "The economy grew 0.4% in the three months to September, after growth of 0.2% in the second "
        "quarter. Compared with a year earlier, output was 1.1% higher."
    )
    assert typed(text, THURSDAY) == [
        ("the three months", "DURATION", "P3M"),
        ("September", "DATE", "2023-09"),
        ("the second quarter", "DATE", "2023-Q2"),
        ("a year earlier", "DATE", "2022-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency will publish its estimate of growth in June on 12 August.",
            [("June", "DATE", "2016-06"), ("12 August", "DATE", "2016-08-12")],
        ),
        (
            "Investors will look closely at the figures for April when they come out.",
            [("April", "DATE", "2016-04")],
        ),
        ("We will travel to Spain in June.", [("June", "DATE", "2017-06")]),
    ],
)
def test_a_month_of_figures_still_to_come_out(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two years ago, the results of the 2019 survey came out in March.",
            [("Two years ago", "DATE", "2021"), ("2019", "DATE", "2019"), ("March", "DATE", "2021-03")],
        ),
        (
            "A decade ago, the figures were first published in October.",
            [("A decade ago", "DATE", "2013"), ("October", "DATE", "2013-10")],
        ),
    ],
)
def test_a_count_back_opening_the_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fees were cut in February 2023, when the new board took over, and in June, when the grant rose.",
            [("February 2023", "DATE", "2023-02"), ("June", "DATE", "2023-06")],
        ),
        (
            "The bank raised its rate in November 2022 and again in March.",
            [("November 2022", "DATE", "2022-11"), ("March", "DATE", "2023-03")],
        ),
    ],
)
def test_a_month_joined_to_a_dated_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net migration, provisional: year ending March 2026.",
            [("year", "DURATION", "P1Y"), ("March 2026", "DATE", "2026-03")],
        ),
        (
            "He said the best year ending in March was the last.",
            [("March", "DATE", "2024-03")],
        ),
    ],
)
def test_a_labels_year_ending(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


def test_a_month_near_the_time_an_undated_paragraph_dated() -> None:
    text = (
        "Retail sales: May 2026. Next published on 18 June 2026. The release covers the change in the "
        "three months to May and the change since April."
    )
    assert typed(text, None) == [
        ("May 2026", "DATE", "2026-05"),
        ("18 June 2026", "DATE", "2026-06-18"),
        ("the three months", "DURATION", "P3M"),
        ("May", "DATE", "2026-05"),
        ("April", "DATE", "2026-04"),
    ]
