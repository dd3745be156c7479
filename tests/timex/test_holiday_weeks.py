""" "Christmas week", "Easter week", "Thanksgiving week": the week holding the feast, as "Easter weekend"
is the weekend holding it; the feast's own side of now (by tense) picks which year's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in Christmas week.", [("Christmas week", "DATE", "2021-W51")]),
        ("Easter week traffic was heavy.", [("Easter week", "DATE", "2021-W13")]),
        ("Thanksgiving week will be busy.", [("Thanksgiving week", "DATE", "2022-W47")]),
        ("Christmas week's sales rose.", [("Christmas week", "DATE", "2021-W51")]),
        ("The Easter weekend was busy.", [("Easter weekend", "DATE", "2021-W13-WE")]),
    ],
)
def test_the_week_of_a_feast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
