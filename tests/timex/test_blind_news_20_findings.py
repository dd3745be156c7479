"""Rules added after the twentieth blind news set (`data/gold/timex/blind_news_20.jsonl`, markets and
economy copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "fell less than expected in March", "grew as forecast in January": a participle of expecting after
  "than" or "as" is a comparison, not a verb that points ahead; the clause's own verb dates the month.
- "The bank predicted in January that growth would slow": a date right after a verb of expecting,
  followed by the that-clause of what was expected, tells when the act took place.
- "35 days a year earlier", "58 days a year ago": a length followed by a period counted back is a length
  and a date, not a rate ("twelve hours a day" is).
- "rose to 41,000 in May from 38,500 in April ... a year earlier": a month after "from" or in a
  since-clause is the base of a comparison, not the month a report is about; "a year earlier" and "the
  month" refer to the reported month.
- "Output fell in April ... Output was 3.4% lower than a year earlier": a comparison with no time of its
  own in a report on a month is with that month a year before, also a few sentences on and after days
  named since ("a year ago" still counts from the writer's now).
- "0.7% in the previous quarter" after "second-quarter growth": "previous"/"prior" quarter is the one
  before the quarter the report is about ("last quarter" counts from the DCT).
- "3 per cent of GDP in 2022-23": in a sentence about a budget's or an account's figures, a span of two
  consecutive years is one year of account, named by the year it ends in.
- "The week's gain": a possessive names the period itself, with no preposition before it.
- "will watch April retail sales figures": a month qualifying figures is the month they cover, already
  closed, whatever the tense of the wait for them.
- "0.6% in the second", "better than the first": an ordinal alone later in the clause names another
  quarter or half of the year just named, counted from that one whatever was named between; one that
  would still lie ahead of the DCT while the named one does not is the year before's ("2.0 percent in the
  first quarter, after 1.5 percent in the fourth").
- "expects sales to end the year higher": "end" before an article is a verb; the modifier "end" takes
  none ("end June").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NEWS = DocumentKind.NEWS
TUESDAY = date(2021, 3, 16)
THURSDAY = date(2021, 6, 10)
SATURDAY = date(2021, 7, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retail sales rose more slowly than expected in February, the statistics office said.",
            [("February", "DATE", "2021-02")],
        ),
        ("Exports grew as forecast in January.", [("January", "DATE", "2021-01")]),
        ("Economists expected a pickup in June.", [("June", "DATE", "2021-06")]),
        (
            "The central bank predicted in January that growth would slow.",
            [("January", "DATE", "2021-01")],
        ),
        ("The central bank predicted a rebound in June.", [("June", "DATE", "2021-06")]),
    ],
)
def test_a_comparison_or_a_dated_forecast_does_not_point_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patients waited 41 days for surgery, against 35 days a year earlier.",
            [
                ("41 days", "DURATION", "P41D"),
                ("35 days", "DURATION", "P35D"),
                ("a year earlier", "DATE", "2020"),
            ],
        ),
        ("Nurses on the ward worked twelve hours a day.", [("twelve hours a day", "SET", "P1D")]),
    ],
)
def test_a_length_before_a_period_counted_back_is_no_rate(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Car registrations rose to 41,000 in May from 38,500 in April, but stayed below their level "
            "of a year earlier.",
            [("May", "DATE", "2021-05"), ("April", "DATE", "2021-04"), ("a year earlier", "DATE", "2020-05")],
        ),
        (
            "Rents rose 0.6% in May, the largest rise since the index began in January 2015. Rents in the "
            "capital fell in the month.",
            [
                ("May", "DATE", "2021-05"),
                ("January 2015", "DATE", "2015-01"),
                ("the month", "DATE", "2021-05"),
            ],
        ),
        (
            "Factory output fell 1.2% in April, the statistics agency said. Analysts had looked for a "
            "smaller drop. Output was 3.4% lower than a year earlier.",
            [("April", "DATE", "2021-04"), ("a year earlier", "DATE", "2020-04")],
        ),
        (
            "Factory output fell 1.2% in April, the statistics agency said. Analysts had looked for a "
            "smaller drop. Output is lower than it was a year ago.",
            [("April", "DATE", "2021-04"), ("a year ago", "DATE", "2020")],
        ),
    ],
)
def test_a_year_earlier_compares_with_the_month_reported(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


def test_a_year_earlier_after_a_range_of_days_compares_with_the_month_reported() -> None:
    text = (
        "Asking prices fell 0.3% in June, a survey showed on Monday. The average price dropped between "
        "9 May and 12 June. Prices were 1.8% higher than a year earlier."
    )
    assert typed(text, date(2021, 6, 14), NEWS)[-1] == ("a year earlier", "DATE", "2020-06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Second-quarter growth of 0.4% compared with 0.7% in the previous quarter.",
            [("Second-quarter", "DATE", "2021-Q2"), ("the previous quarter", "DATE", "2021-Q1")],
        ),
        ("Output fell last quarter.", [("last quarter", "DATE", "2021-Q2")]),
    ],
)
def test_the_previous_quarter_is_before_the_one_reported(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2021, 7, 29), NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deficit is forecast to fall to 3 per cent of GDP in 2022-23.",
            [("2022-23", "DATE", "2023")],
        ),
        (
            "The strike of 1984-85 closed most of the pits.",
            [("1984", "DATE", "1984"), ("85", "DATE", "1985")],
        ),
    ],
)
def test_a_span_of_two_years_in_a_budget_is_a_year_of_account(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2021, 10, 27), NEWS) == expected


def test_a_possessive_period_needs_no_preposition() -> None:
    assert typed("The week's gain in oil prices was the largest since June.", SATURDAY, NEWS) == [
        ("The week", "DATE", "2021-W28"),
        ("June", "DATE", "2021-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders will watch April retail sales figures, due on Thursday.",
            [("April", "DATE", "2021-04"), ("Thursday", "DATE", "2021-05-13")],
        ),
        ("The July meeting will decide.", [("July", "DATE", "2021-07")]),
    ],
)
def test_a_month_qualifying_figures_has_closed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2021, 5, 11), NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company expects sales to end the year 5% higher.", [("the year", "DATE", "2021")]),
        ("The plant will close by end June.", [("end June", "DATE", "2021-06")]),
    ],
)
def test_end_before_an_article_is_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Exports rose 1.1% in the third quarter after 0.6% in the second.",
            date(2021, 11, 5),
            [("the third quarter", "DATE", "2021-Q3"), ("the second", "DATE", "2021-Q2")],
        ),
        (
            "Output grew 2.0 percent in the first quarter, after 1.5 percent in the fourth.",
            date(2021, 5, 20),
            [("the first quarter", "DATE", "2021-Q1"), ("the fourth", "DATE", "2020-Q4")],
        ),
        (
            "Margins in the second half should be wider than in the first.",
            date(2021, 8, 25),
            [("the second half", "DATE", "2021-H2"), ("the first", "DATE", "2021-H1")],
        ),
        (
            "Sales fell in the third quarter for the first time since 2019.",
            date(2021, 11, 5),
            [("the third quarter", "DATE", "2021-Q3"), ("2019", "DATE", "2019")],
        ),
    ],
)
def test_an_ordinal_alone_names_another_period_of_the_year(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, NEWS) == expected
