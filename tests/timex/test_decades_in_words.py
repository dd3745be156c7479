"""Decades spelled as words: "the nineties" (taken as the 1900s'), "the late sixties", and the
British "the noughties" for the 2000s; "in his twenties" is an age."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only

CASES = [
    ("During the noughties the town boomed.", [("the noughties", "200", None)]),
    ("In the late nineties it slumped.", [("the late nineties", "199", "END")]),
    ("In his twenties he sang in a band.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_decades_in_words(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, date(2023, 11, 10)) == expected
