"""Rules added after the hundred-and-eighth blind news set (`data/gold/timex/blind_news_108.jsonl`,
gardening, nature and outdoors columns and news: a hosepipe ban, a flower show, a garden bird count, a
tree-felling row, a frost warning, an allotment society's AGM, country diaries and sowing calendars) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "Feed the hens once a week from now on": "from now on" closing its phrase starts a habit, so the units
  before it are its rate ("once a week") and no date a week ahead; "two weeks from now on Friday" still
  counts on to the day it reaches.
- "The winter was mild: March was the coldest month": a capitalised "March" opening a sentence or a clause
  before "is" or "was" is its subject, the month, not the verb; "The March was peaceful" (a march, with its
  article) and "May was late" (a name as well) are left alone.
- "the wettest June and July anyone can remember": a month ranked against the like months of other years is
  not tagged ("the hottest July on record"), and a second month joined to it by "and" or "or" shares the
  rank; months in a plain pair ("in June and July") stay months.
- "Don't plant out early: last year a frost on 17 May killed the beans": a clause after a colon opens on its
  year as a sentence or a clause after a semicolon does, and the yearless date in it lies in that year.
- "Starlings fell by a fifth on 2023": a change told as a fraction ("by half", "by a third") measured
  against a year is the year, as "up 4% on 2023" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2024, 4, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Feed the hens once a week from now on.",
            [("once a week", "SET", "P1W"), ("now", "DATE", "PRESENT_REF")],
        ),
        (
            "The choir will rehearse every two weeks from now on, the vicar said.",
            [("every two weeks", "SET", "P2W"), ("now", "DATE", "PRESENT_REF")],
        ),
        # "from now" reaching a day, or closing the phrase: a date ahead
        ("The shop opens a week from now.", [("a week from now", "DATE", "2024-W16")]),
        (
            "Two weeks from now on Friday the fair opens.",
            [("Two weeks from now", "DATE", "2024-W17"), ("Friday", "DATE", "2024-04-19")],
        ),
    ],
)
def test_from_now_on_starts_a_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March was cold and wet in the hills.", [("March", "DATE", "2024-03")]),
        (
            "The winter was mild: March is the month we fear.",
            [("The winter", "DATE", "2023-WI"), ("March", "DATE", "2024-03")],
        ),
        # a march with its article, an order to march, and a month that is also a name
        ("The March was peaceful.", []),
        ("March to the gate and wait.", []),
        ("May was late for supper.", []),
    ],
)
def test_march_opening_a_copular_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the wettest June and July anyone could remember.", []),
        ("The reservoirs recorded their driest April or May since 1990.", [("1990", "DATE", "1990")]),
        # no rank before the pair
        (
            "We picked strawberries in June and July.",
            [("June", "DATE", "2023-06"), ("July", "DATE", "2023-07")],
        ),
    ],
)
def test_a_rank_covers_both_months_of_a_pair(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Don't plant out early: last year a frost on 17 May killed the beans.",
            [("last year", "DATE", "2023"), ("17 May", "DATE", "2023-05-17")],
        ),
        (
            "Book early: next year the fair opens on 3 June.",
            [("next year", "DATE", "2025"), ("3 June", "DATE", "2025-06-03")],
        ),
        # the year in a later sentence frames nothing before it
        (
            "Book early: the fair opens on 3 June. Last year it was wet.",
            [("3 June", "DATE", "2024-06-03"), ("Last year", "DATE", "2023")],
        ),
    ],
)
def test_a_year_opening_a_clause_after_a_colon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hedgehog sightings fell by a fifth on 2022.", [("2022", "DATE", "2022")]),
        ("Visitor numbers were up by a third on 2019.", [("2019", "DATE", "2019")]),
        ("Rainfall was down by half on 2021, the water board said.", [("2021", "DATE", "2021")]),
    ],
)
def test_a_change_told_as_a_fraction_on_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
