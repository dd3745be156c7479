"""Known leftovers of the news readings, mended by general rules: each row is a sentence of our own showing
the general English usage behind one mend, with the look-alikes that must stay as they are.

- "Last year Diwali fell on 12 November", "Easter came early last year, on 31 March", "Christmas fell on a
  Wednesday last year": a yearless date or feast in a clause that names its own year takes that year, past
  a feast the year has already framed, right after the year ("last year, in May") or with "last year"
  later in a past clause; "Christmas sales were up on last year" compares and keeps the last Christmas.
- "fell 8% from the same two days last year", "against the same three months of 2013": the span just told,
  named again in the year it is compared with, is no length of its own (only the year is tagged).
- "on Saturday, the Day of Arafah": a feast's own name in apposition to a weekday is an expression of its
  own, as "Monday, the Columbus Day holiday" is; "the next day, the feast of ..." still restates the day.
- "held every year on the weekend nearest January 24", "each year on the Sunday closest to 11 November": a
  weekend tied to a day of the year in a yearly habit is a weekend of every year (XXXX-WXX-WE, as
  blind_narrative_90 tags it), a weekday so tied is left untagged (as a yearly "the Sunday nearest to 14
  November" is in the gold sets); "on the Sunday before Christmas" in a dated clause stays a day.
- "Budget 2024: what it means for you", "Census 2021 results", "Agenda 2063": a capitalised budget, count
  or plan named by its year gives that year, as "the 2024 budget" does; "Flight 2024" stays a label.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Last year Diwali fell on 12 November.",
            date(2024, 12, 2),
            [
                ("Last year", "DATE", "2023"),
                ("Diwali", "DATE", "2023-11-12"),
                ("12 November", "DATE", "2023-11-12"),
            ],
        ),
        (
            "Easter came early last year, on 31 March.",
            date(2025, 12, 1),
            [
                ("Easter", "DATE", "2024-03-31"),
                ("early last year", "DATE", "2024"),
                ("31 March", "DATE", "2024-03-31"),
            ],
        ),
        (
            "The shop closed last year, in May.",
            date(2025, 12, 1),
            [("last year", "DATE", "2024"), ("May", "DATE", "2024-05")],
        ),
        (
            "Christmas fell on a Wednesday last year.",
            date(2025, 12, 29),
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("Wednesday", "DATE", "2024-12-25"),
                ("last year", "DATE", "2024"),
            ],
        ),
        # look-alikes: a comparison with last year keeps the feast just gone
        (
            "Christmas sales were up on last year.",
            date(2025, 12, 29),
            [("Christmas", "DATE", "2025-12-25"), ("last year", "DATE", "2024")],
        ),
        (
            "The board will set the fee for next year in the autumn.",
            date(2026, 3, 29),
            [("next year", "DATE", "2027"), ("the autumn", "DATE", "2026-FA")],
        ),
        (
            "In 2019 Thanksgiving came on November 28.",
            date(2024, 12, 2),
            [
                ("2019", "DATE", "2019"),
                ("Thanksgiving", "DATE", "2019-11-28"),
                ("November 28", "DATE", "2019-11-28"),
            ],
        ),
    ],
)
def test_date_in_a_clause_naming_its_year(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


def test_reported_future_keeps_out_of_the_opening_year() -> None:
    # the date belongs to what he said he would do, not to the year he said it in
    found = typed("Last year he said he would return on 12 November.", date(2024, 12, 2))
    assert found[0] == ("Last year", "DATE", "2023")
    assert found[1][0] == "12 November" and found[1][2] != "2023-11-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Takings fell 8 percent from the same two days last year.", [("last year", "DATE", "2014")]),
        ("Exports grew 2% against the same three months of 2013.", [("2013", "DATE", "2013")]),
        # look-alikes: a length with no year compared stays a length
        ("The talks lasted two days.", [("two days", "DURATION", "P2D")]),
        ("Both teams trained the same two days.", [("two days", "DURATION", "P2D")]),
    ],
)
def test_same_span_a_year_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2015, 11, 28)) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Pilgrims gathered on Mount Arafat on Saturday, the Day of Arafah.",
            date(2024, 6, 17),
            [("Saturday", "DATE", "2024-06-15"), ("the Day of Arafah", "DATE", "2024-06-15")],
        ),
        # look-alike: "the feast of" after a day restates the day
        (
            "The garrison landed the next day, the feast of the Nativity of St John the Baptist.",
            date(2024, 6, 17),
            [("the next day", "DATE", "2024-06-18")],
        ),
    ],
)
def test_feast_in_apposition_to_a_weekday(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The festival is held every year on the weekend nearest January 24.",
            date(2024, 12, 2),
            [
                ("every year", "SET", "P1Y"),
                ("the weekend", "DATE", "XXXX-WXX-WE"),
                ("January 24", "DATE", "XXXX-01-24"),
            ],
        ),
        (
            "Wreaths are laid each year on the Sunday closest to 11 November.",
            date(2024, 12, 2),
            [("each year", "SET", "P1Y"), ("11 November", "DATE", "XXXX-11-11")],
        ),
        # look-alikes: a dated clause keeps its day, and the feast after "the weekend"
        (
            "We met on the Sunday before Christmas.",
            date(2024, 12, 2),
            [("the Sunday before Christmas", "DATE", "2023-12-24")],
        ),
        (
            "The fair was held on the weekend after Easter.",
            date(2024, 3, 20),
            [("Easter", "DATE", "2023-04-09")],
        ),
    ],
)
def test_day_tied_to_a_date_in_a_yearly_habit(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget 2024: what it means for you", [("2024", "DATE", "2024")]),
        ("Census 2021 results show the town grew.", [("2021", "DATE", "2021")]),
        ("Agenda 2063 sets goals for the continent.", [("2063", "DATE", "2063")]),
        # look-alikes: a label and an amount
        ("Flight 2024 landed late.", []),
        ("A budget of 2000 pounds was set.", []),
    ],
)
def test_plan_named_by_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2024, 10, 30)) == expected
