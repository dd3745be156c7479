"""Second reading of session 12's grammar and lexicon rules: each row a sentence of our own that a rule as
first written got wrong.

- `_CLAUSE_CLOSE_AFTER` was defined twice in grammar.py; the later one (for a clause-closing "one day")
  replaced the year rules' own, which takes a clause joined by "and": "It was 1917 and the country was at
  war" lost its year.
- A year closing a list's line after a comma ("BSc Physics, University of Leeds, 2009") is the entry's
  year only when the entry is a title or a name, capitalised before the comma; "and in the south, 1950."
  is a count in prose.
- Two seasons joined by a slash are a trade's selling-season label only before a word for goods
  ("the autumn/winter 2025 collection"); "In spring/summer 2020 the pandemic closed schools" names seasons.
- "moved the family a year later" in a past story after a time told goes on from that time; only a verb
  that moves a scheduled thing with no story before it ("pushed the launch a week later") gives a length.
- "under 2 years of treatment" counts years of a thing, a length, not the age of the people before it
  ("children under 3 years of age" still is an age).
- (lead) A season lived through ("we have had a hot summer", "after a difficult winter, the club is
  rebuilding") has gone by, whatever the tense of its clause: it was the nearest summer to the DCT, even
  one still ahead.
- "will be delayed one day": after a verb that moves a thing, a clause-closing "one day" is how far it
  moves, not "some day".
- "later that morning" keeps the end of that part of the day (mod END), as the gold sets have it; only
  "later that year/month/day" go without a mod.
- "the first Monday of the year 2019" takes the year given after "the year"; "the last Sunday of the
  year" is December's last, as "the first Sunday of the year" is January's first.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 1917 and the country was at war.", [("1917", "DATE", "1917")]),
        ("It sounded like 1991 and everyone danced.", [("1991", "DATE", "1991")]),
        ("Cases in the north rose to 2450, and in the south, 1950.", []),
        ("Prize money for the winner was 5000, for the runner-up, 2000.", []),
        ("BSc Physics, University of Leeds, 2009", [("2009", "DATE", "2009")]),
        (
            "In spring/summer 2020 the pandemic closed schools.",
            [("spring", "DATE", "2022-SP"), ("summer 2020", "DATE", "2020-SU")],
        ),
        ("The autumn/winter 2025 collection was shown in Paris.", []),
        (
            "In 1990 he joined the firm. He moved the family a year later to Leeds.",
            [("1990", "DATE", "1990"), ("a year later", "DATE", "1991")],
        ),
        ("The league pushed the final two days later.", [("two days", "DURATION", "P2D")]),
        ("Most patients under 2 years of treatment improved.", [("under 2 years", "DURATION", "P2Y")]),
        ("Not for children under 3 years of age.", []),
        ("The vote will be delayed one day.", [("one day", "DURATION", "P1D")]),
        ("She said she would come home one day.", [("one day", "DATE", "FUTURE_REF")]),
        (
            "We met on the first Monday of the year 2019.",
            [("the first Monday of the year 2019", "DATE", "2019-01-07")],
        ),
        (
            "In 2019 we met on the last Sunday of the year.",
            [("2019", "DATE", "2019"), ("the last Sunday of the year", "DATE", "2019-12-29")],
        ),
    ],
)
def test_review_13a(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("On 30 November 1939 the war began. Later that morning the bombs fell.", "END"),
        ("In 1990 he left. He returned later that year.", None),
    ],
)
def test_later_that_keeps_the_end_of_a_part_of_the_day(text: str, mod: str | None) -> None:
    assert resolve_expressions(text, THURSDAY)[-1].mod == mod


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a season lived through has gone by, whatever the tense of its clause
        ("We have had a hot summer.", date(2022, 2, 3), [("summer", "DATE", "2021-SU")]),
        (
            "After a difficult summer, the club is rebuilding.",
            date(2022, 2, 3),
            [("summer", "DATE", "2021-SU")],
        ),
        (
            "After a difficult winter, the club is rebuilding.",
            date(2022, 8, 3),
            [("winter", "DATE", "2021-WI")],
        ),
        ("They have had a long winter.", date(2022, 2, 3), [("winter", "DATE", "2021-WI")]),
        ("We had a hot and dry summer.", date(2022, 2, 3), [("summer", "DATE", "2021-SU")]),
    ],
)
def test_a_season_lived_through_has_gone_by(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
