"""A first person's present progressive with a date tells an arrangement still ahead, whatever the verb:
"I'm working from home on Wednesday", "we are seeing them on Friday". A third person's ("they are
working on Wednesday") and a past progressive ("I was working on Wednesday") keep their own readings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2008, 4, 26)

CASES = [
    ("I'm working from home on Wednesday.", [("Wednesday", "DATE", "2008-04-30")]),
    ("I am working from home on Wednesday.", [("Wednesday", "DATE", "2008-04-30")]),
    ("We are seeing the builders on Friday.", [("Friday", "DATE", "2008-05-02")]),
    ("They are working on Wednesday.", [("Wednesday", "DATE", "2008-04-23")]),
    ("I was working on Wednesday.", [("Wednesday", "DATE", "2008-04-23")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_first_persons_progressive_with_a_weekday_looks_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected
