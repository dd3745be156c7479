"""Rules added after the eighty-eighth blind narrative set (`data/gold/timex/blind_narrative_88.jsonl`,
encyclopedia lives of twentieth-century political leaders) was scored once: each row is a sentence of our
own showing the general English usage behind one finding.

- "Hanna Vogel (1918 – 7 June 1994)", "(3 April 1899 – 1961)": an encyclopedia gives a life in brackets
  after the name, and where only the year of one end is known the other end is still a full date; the bare
  year is then a year like the date beside it. A number before a dash and a day and month that close no
  later year ("(1924 – 2 June 1900)"), or a count after a date ("– 2050 points)"), stays untagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2021, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanna Vogel (1918 – 7 June 1994) was a German trade unionist.",
            [("1918", "DATE", "1918"), ("7 June 1994", "DATE", "1994-06-07")],
        ),
        (
            "Tomas Ruiz (1902 – October 1977) was a Chilean diplomat.",
            [("1902", "DATE", "1902"), ("October 1977", "DATE", "1977-10")],
        ),
        (
            "Edith Hale (1921 – Sept. 14, 2003) was an American union organizer.",
            [("1921", "DATE", "1921"), ("Sept. 14, 2003", "DATE", "2003-09-14")],
        ),
        (
            "Pieter de Wit (3 April 1899 – 1961) was a Dutch minister of finance.",
            [("3 April 1899", "DATE", "1899-04-03"), ("1961", "DATE", "1961")],
        ),
        ("The catalogue (No. 1924 – 2 May 1997) lists every print.", [("2 May 1997", "DATE", "1997-05-02")]),
        ("The batch (1924 – 2 June 1900) was rejected.", [("2 June 1900", "DATE", "1900-06-02")]),
        ("Her record (12 March 1999 – 2050 points) still stands.", [("12 March 1999", "DATE", "1999-03-12")]),
    ],
)
def test_bracketed_life_with_one_full_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
