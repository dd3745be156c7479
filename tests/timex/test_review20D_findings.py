"""Review of the eighty-eighth blind rounds' rules (news and narrative): each row is a sentence of our own.

- "the financial year just gone", "the full year just gone", "the decade just gone": an adjective between
  the article and the unit, or a decade or century, is still the last such period; "the year and a half
  just gone" is a length. Before, "just gone" made the whole phrase drop out, though "the financial year"
  alone was found.
- "Friday 11, Saturday 12 and Sunday 13 March", "Saturday 5, Sunday 6 March": a list of weekdays with
  their days takes the month told once at its end, as a pair with "and" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2018, 8, 6)
THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The financial year just gone was the best the club has had.",
            MONDAY,
            [("The financial year just gone", "DATE", "2017")],
        ),
        (
            "Profit over the full year just gone rose 4 per cent.",
            MONDAY,
            [("the full year just gone", "DATE", "2017")],
        ),
        (
            "In the decade just gone, house prices doubled.",
            MONDAY,
            [("the decade just gone", "DATE", "200")],
        ),
        (
            "The year and a half just gone was hard on the farm.",
            MONDAY,
            [("The year and a half just gone", "DURATION", "P1Y6M")],
        ),
        (
            "The museum opens Friday 11, Saturday 12 and Sunday 13 March.",
            THURSDAY,
            [
                ("Friday 11", "DATE", "2022-03-11"),
                ("Saturday 12", "DATE", "2022-03-12"),
                ("Sunday 13 March", "DATE", "2022-03-13"),
            ],
        ),
        (
            "Round three fixtures: Saturday 5, Sunday 6 March.",
            THURSDAY,
            [("Saturday 5", "DATE", "2022-03-05"), ("Sunday 6 March", "DATE", "2022-03-06")],
        ),
    ],
)
def test_review20d_findings(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
