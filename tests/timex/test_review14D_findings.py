"""Review 14D: feast offsets that cross a year's end, addresses, reign lengths."""

import pytest

from tests.timex.timex_support import typed

CASES = [
    # a day counted from a feast across New Year takes the year it falls in
    (
        "The charter was sealed on the octave of Christmas 1300.",
        [("the octave of Christmas 1300", "DATE", "1301-01-01")],
    ),
    (
        "The court sat on the octave of the Holy Innocents 1300.",
        [("the octave of the Holy Innocents 1300", "DATE", "1301-01-04")],
    ),
    (
        "The bishop died on the vigil of the Circumcision 1301.",
        [("the vigil of the Circumcision 1301", "DATE", "1300-12-31")],
    ),
    # an address named for a sovereign is no regnal year; one with more years than the reign had neither
    ("He gave 3 George V Road as his address.", []),
    ("It was 18 William IV, was it not?", []),
    # a reign the table lacked: "1 James II" is the year from 6 February 1685
    ("The act of 1 James II was repealed.", [("1 James II", "DATE", "1685")]),
    ("He wrote 4 Edward VII Street as his address.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review14d(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
