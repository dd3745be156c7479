"""Mends of the review of the rules of the ninety-fourth blind news set and the ninety-fifth blind narrative
set (a second reader's own sentences).

- "Crews battled the blaze 14 hours late Monday": "late" after a counted length is the margin a thing missed
  its time by only after a verb of arriving, leaving, running or being ("landed 40 minutes late Tuesday",
  "was two hours late Friday"); after any other verb the length is how long the act went on and "late" the
  part of the day.
- "The company compared sales in 2021 with 1999, a record year": a year after its preposition earlier in a
  comparing clause is no figure, so the bare year compared with is still a year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crews battled the blaze 14 hours late Monday.",
            [("14 hours", "DURATION", "PT14H"), ("late Monday", "DATE", "2022-01-31")],
        ),
        (
            "Fighting raged two days late last week.",
            [("two days", "DURATION", "P2D"), ("late last week", "DATE", "2022-W04")],
        ),
        # a margin after a verb of arriving or of being
        (
            "The train was two hours late Friday.",
            [("two hours", "DURATION", "PT2H"), ("Friday", "DATE", "2022-01-28")],
        ),
        (
            "The flight landed 40 minutes early Monday.",
            [("40 minutes", "DURATION", "PT40M"), ("Monday", "DATE", "2022-01-31")],
        ),
    ],
)
def test_late_after_a_length_of_an_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company compared sales in 2021 with 1999, a record year.",
            [("2021", "DATE", "2021"), ("1999", "DATE", "1999")],
        ),
        # a figure in the clause still makes it a count compared with a count
        ("The panel compared 40 bids with 1850 pages of rules.", []),
    ],
)
def test_year_compared_after_a_year_in_the_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
