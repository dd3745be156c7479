"""Typeset text carries blanks other than the ASCII space: no-break spaces from HTML, thin and narrow
no-break spaces around numbers and units, en, em and ideographic spaces from word processors. An
expression written with any of them is found exactly as with a space, and keeps its own characters."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only

DCT = date(2022, 2, 3)  # a Thursday

BLANKS = {
    "no-break space": "\u00a0",
    "thin space": "\u2009",
    "narrow no-break space": "\u202f",
    "en space": "\u2002",
    "em space": "\u2003",
    "ideographic space": "\u3000",
}

SENTENCES = [
    ("The strike began last{}week.", [("last{}week", "2022-W04")]),
    ("The plant closed a{}year ago.", [("a{}year ago", "2021")]),
    ("The talks resume next{}month.", [("next{}month", "2022-03")]),
    (
        "They met at 10{}a.m. on March{}3, 2021.",
        [("10{}a.m.", "2021-03-03T10:00"), ("March{}3, 2021", "2021-03-03")],
    ),
    ("The line was shut for two{}hours.", [("two{}hours", "PT2H")]),
]


@pytest.mark.parametrize("blank", BLANKS.values(), ids=BLANKS.keys())
@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_an_expression_with_a_typeset_blank_is_found_as_with_a_space(
    blank: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = only(sentence.replace("{}", blank), DCT)
    assert [(text, value) for text, value, _ in found] == [
        (surface.replace("{}", blank), value) for surface, value in expected
    ]


def test_a_line_separator_still_ends_a_line() -> None:
    found = only("Updated Thursday\u2028The vote was held last week.", DCT)
    assert [(text, value) for text, value, _ in found] == [
        ("Thursday", "2022-02-03"),
        ("last week", "2022-W04"),
    ]
