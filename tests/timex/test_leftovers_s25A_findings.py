"""Leftovers of earlier rounds taken up again (anchoring): each row is a sentence of our own showing the
general English usage behind one finding; rows where a rule must not apply are kept beside it.

- "Sales were sharply higher in March", "Exports were 4 per cent down in March", "There was a sharp rise in
  March", said in mid-February: a change in figures told with a past copula (its manner or size, then the
  adverb or the noun of the change) is as measured as one told with its verb ("rose sharply in March"), so
  the month is over; "were expected to be higher in March", "were to be higher in March" and a condition
  ("If sales were higher in March, ... would") look ahead. "Prices rose 4 per cent on hopes of a deal in
  March" was already right: the month dates the deal, still ahead.
- "In 1851 the hall is open from May to October", "In 1900 the mill employs 300 people and closes in
  August": a story's sentence opening on its year tells that year in the historical present, so the months
  are that year's; without the year ("The hall is open from April to October"), with a past the year dates
  ("In 1995 the trust bought the hall, which is open from April to October") or with the writer's "today"
  between, they stay every year's; a present plan ("In 1874 the town is set to build a pier in May") is
  still the writer's.
- "The guide is updated every spring and published in March", "The survey is carried out each year and
  released in October": a second present verb joined by "and" to one told with a set of years shares its
  habit, so the month is every year's, in news too; a past ("was updated every spring and published") and
  a "will" keep one month.
- Already right before this round, kept as rows: "In 1913 he said he will return in May next year" (1914),
  "2024 should be better, with a new line due in May" said in 2023 (May 2024), "throughout the 1900s" (a
  decade, as "the 1900s" alone), "The hall as it stood in 1851 is today a museum" (today is the writer's).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only

WEDNESDAY = date(2024, 2, 14)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales were sharply higher in March.", [("March", "2023-03", None)]),
        ("Exports were 4 per cent down in March.", [("March", "2023-03", None)]),
        ("Ferry bookings were lower in April.", [("April", "2023-04", None)]),
        ("There was a sharp rise in March.", [("March", "2023-03", None)]),
        ("There was a 4 per cent fall in exports in March.", [("March", "2023-03", None)]),
        ("Prices rose 4 per cent on hopes of a deal in March.", [("March", "2024-03", None)]),
        # a forecast, a plan seen from the past and a supposed change look ahead
        ("Sales were expected to be higher in March.", [("March", "2024-03", None)]),
        ("Rates were to be higher in March.", [("March", "2024-03", None)]),
        ("If sales were higher in March, the target would be met.", [("March", "2024-03", None)]),
    ],
)
def test_change_in_figures_told_with_a_copula(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        (
            None,
            "In 1851 the hall is open from May to October.",
            [("1851", "1851", None), ("May", "1851-05", None), ("October", "1851-10", None)],
        ),
        (
            date(2020, 5, 1),
            "In 1874, the pier is open from May to September.",
            [("1874", "1874", None), ("May", "1874-05", None), ("September", "1874-09", None)],
        ),
        (
            None,
            "In 1900 the mill employs 300 people and closes in August.",
            [("1900", "1900", None), ("August", "1900-08", None)],
        ),
        # no year opening the sentence, a past the year dates, the writer's "today": every year's months
        (
            None,
            "The hall is open from April to October.",
            [("April", "XXXX-04", None), ("October", "XXXX-10", None)],
        ),
        (
            date(2020, 5, 1),
            "In 1995 the trust bought the hall, which is open from April to October.",
            [("1995", "1995", None), ("April", "XXXX-04", None), ("October", "XXXX-10", None)],
        ),
        (
            None,
            "In 1851 the hall opened; today it is open from May to October.",
            [
                ("1851", "1851", None),
                ("today", "PRESENT_REF", None),
                ("May", "XXXX-05", None),
                ("October", "XXXX-10", None),
            ],
        ),
        # a present plan before its infinitive is the writer's
        (
            date(2020, 5, 1),
            "In 1874 the town is set to build a pier in May.",
            [("1874", "1874", None), ("May", "2020-05", None)],
        ),
        (
            None,
            "The hall as it stood in 1851 is today a museum.",
            [("1851", "1851", None), ("today", "PRESENT_REF", None)],
        ),
        (
            None,
            "In 1913 he said he will return in May next year.",
            [("1913", "1913", None), ("May next year", "1914-05", None)],
        ),
    ],
)
def test_historical_present_framed_by_a_year(
    dct: date | None, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, dct, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guide is updated every spring and published in March.",
            [("every spring", "XXXX-SP", None), ("March", "XXXX-03", None)],
        ),
        (
            "The survey is carried out each year and released in October.",
            [("each year", "P1Y", None), ("October", "XXXX-10", None)],
        ),
        # a past habit told of one year, and a "will", keep one month
        (
            "The survey was carried out last year and released in October.",
            [("last year", "2023", None), ("October", "2023-10", None)],
        ),
        (
            "The survey is carried out each year and will be released in October.",
            [("each year", "P1Y", None), ("October", "2024-10", None)],
        ),
    ],
)
def test_month_of_a_verb_sharing_a_yearly_set(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        (
            date(2023, 11, 10),
            "Sales fell in 2023; 2024 should be better, with a new line due in May.",
            "2024-05",
        ),
        (
            date(2024, 1, 10),
            "Sales fell in 2023; 2024 should be better, with a new line due in May.",
            "2024-05",
        ),
    ],
)
def test_plan_of_the_coming_year(dct: date, text: str, expected: str) -> None:
    assert [value for surface, value, _ in only(text, dct, NEWS) if surface == "May"] == [expected]


@pytest.mark.parametrize("text", ["The mill closed throughout the 1900s.", "The mill thrived in the 1900s."])
def test_the_1900s_with_or_without_throughout(text: str) -> None:
    assert only(text, WEDNESDAY, NARRATIVE) == [("the 1900s", "190", None)]
