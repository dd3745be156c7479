"""A sentence that opens on "In" and a four-digit number followed by a plural and a past verb is set in
that year ("In 1962 archaeologists found the wreck"): writers give a count of that size its thousands
comma, and a count goes on with a noun or a participle with its preposition ("In 2000 stores the chain
sells", "In 2000 patients treated with it"), which stay untagged."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

CASES = [
    ("In 1962 archaeologists found the site.", None, [("1962", "DATE", "1962")]),
    (
        "The dam failed in May. In 1962 divers found the wreck.",
        date(2020, 1, 1),
        [("May", "DATE", "2019-05"), ("1962", "DATE", "1962")],
    ),
    ('"It works." In 1987 engineers rebuilt the line.', None, [("1987", "DATE", "1987")]),
    ("In 2000 stores the chain sells bread.", date(2020, 1, 1), []),
    ("In 2000 patients treated with the drug, nothing changed.", date(2020, 1, 1), []),
    ("He said that in 1500 cases doctors erred.", date(2020, 1, 1), []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_a_year_opening_a_sentence_before_its_subject(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
