"""Rules added after the hundred-and-fifth blind news set (`data/gold/timex/blind_news_105.jsonl`, music
industry and live-music news: a reunion tour, a washed-out festival, a chart race, a delayed album, a
session player's obituary, a royalties case, a gig guide, a premiere, a streaming deal and an awards night)
was scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "The pier was rebuilt once; in 1987 the storm took it in mid-October": a clause after a semicolon that
  opens on its year sets the year of the months it names without one, as a sentence opening on it does.
- "shortly after the 1975 had taken the stage", "The 1921 were a choir": English does not put "the"
  before a year it names ("in 1975"; "the 1975 tour" makes the year an attribute), so "the" and a year
  that is the subject of an auxiliary is a name; "the 1975 tour" and "the 1975 season" stay years.
- "The ferry had been due to sail on 2 December", said in November: a plan given up was for a day on either
  side of the writer's, most likely the nearest, not the last one gone by ("had been built on 2 December"
  is a past act and keeps the last one).
- "a Sixties girl group", "a Nineties hit": a decade word capitalised inside a sentence, after a word in
  lower case, is the decade's name; an age is written in lower case ("in her sixties"), and after a
  capitalised word it is part of a name the sets leave untagged ("the Dirty Thirties").
- "Over the years the hall has changed hands": after "over", "the" and a plural unit are a length of
  unstated count, article included, as in TimeBank; "for years" stays the unit alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2024, 11, 7)
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier has been rebuilt once; in 1987 the storm took it in mid-October.",
            [("1987", "DATE", "1987"), ("mid-October", "DATE", "1987-10")],
        ),
        (
            "The choir has toured abroad twice; in 2009 it sang in Prague in March.",
            [("2009", "DATE", "2009"), ("March", "DATE", "2009-03")],
        ),
        # the year closes the clause before the semicolon and opens none: the month is the writer's
        (
            "The pier opened in 1987; it closes in March.",
            [("1987", "DATE", "1987"), ("March", "DATE", "2025-03")],
        ),
    ],
)
def test_year_opening_a_clause_after_a_semicolon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans cheered long after the 1975 had taken the stage at Leeds.", []),
        ("The 1921 were a choir of miners from Rhondda.", []),
        ("The 1975 have sold out the arena in Dublin.", []),
        # an attribute of a noun, or a year after a preposition, is a year
        ("The 1975 tour was the band's first.", [("1975", "DATE", "1975")]),
        ("In 1975 the band had a hit.", [("1975", "DATE", "1975")]),
        ("Of the singers in 1975, few had records out.", [("1975", "DATE", "1975")]),
    ],
)
def test_the_and_a_year_as_a_subject_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry had been due to sail on 2 December but will now leave in the new year.",
            [
                ("2 December", "DATE", "2024-12-02"),
                ("now", "DATE", "PRESENT_REF"),
                ("the new year", "DATE", "2025"),
            ],
        ),
        ("The hearing had been scheduled for January.", [("January", "DATE", "2025-01")]),
        # the nearest is behind the writer's day
        ("The hearing had been scheduled for 3 September.", [("3 September", "DATE", "2024-09-03")]),
        # a past act, not a plan: the last one gone by
        ("The ferry had been built on 2 December.", [("2 December", "DATE", "2023-12-02")]),
    ],
)
def test_plan_given_up_is_the_nearest(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She sang with a Sixties girl group and had a Nineties hit.",
            [("Sixties", "DATE", "196"), ("Nineties", "DATE", "199")],
        ),
        # an age in lower case, a name after a capitalised word, a word opening the sentence
        ("The drummers, all in their sixties, still tour.", []),
        ("Farmers remember the Dirty Thirties.", []),
        ("Seventies bands filled the hall.", []),
    ],
)
def test_capitalised_decade_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the years the hall has changed hands four times.", [("the years", "DURATION", "PXY")]),
        ("The club has, over the decades, hosted hundreds of bands.", [("the decades", "DURATION", "PXDE")]),
        # no "over": the unit alone, as before
        ("The hall stood empty for years.", [("years", "DURATION", "PXY")]),
    ],
)
def test_over_the_plural_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected
