"""Mends from a second reading of the eighty-fifth and eighty-sixth blind narrative rules: each row is a
sentence of our own showing the general English usage behind one mend.

- "opened on 4 March 1990 ... It has been closed for repairs since June": a present perfect reaches the
  writer's now, so a "since" in it does not reach back from the story's day to the year before.
- "... died in London in 1968. / Later life / ... in June he married": a section headed by a time after the
  story's end ("Aftermath", "Later life") goes on from where the lead ended, not from the lead's day.
- "In March 2022 the council closed it, and the minister visited the site today": a deictic day told while
  the story stands in a month of the DCT's year is the writer's day, not the first of that month.
- "the guards were changed at twelve o'clock every night": twelve o'clock before a set of nights is
  midnight (T24:00), not noon.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The museum opened on 4 March 1990 in a former mill. It has been closed for repairs since June.",
            None,
            [("4 March 1990", "DATE", "1990-03-04"), ("June", "DATE", "1990-06")],
        ),
        (
            "The castle fell on 2 March 1461. It is still a ruin, and has been shut to visitors since October.",
            None,
            [("2 March 1461", "DATE", "1461-03-02"), ("October", "DATE", "1461-10")],
        ),
    ],
)
def test_since_in_a_present_perfect_after_a_story_day(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Smith was born on 4 March 1901 and died in London in 1968.\n\nLater life\n\nHe retired from the"
            " army and in June he married.",
            None,
            [("4 March 1901", "DATE", "1901-03-04"), ("1968", "DATE", "1968"), ("June", "DATE", "1968-06")],
        ),
        (
            "The siege began on 12 May 1926 and the last defenders surrendered in November 1927.\n\nAftermath"
            "\n\nThe town was rebuilt, and in March the first market was held.",
            None,
            [
                ("12 May 1926", "DATE", "1926-05-12"),
                ("November 1927", "DATE", "1927-11"),
                ("March", "DATE", "1928-03"),
            ],
        ),
    ],
)
def test_later_section_after_a_lead_that_ran_to_the_end(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


def test_today_in_a_month_of_the_dct_year() -> None:
    text = (
        "The bridge was built in 1890. In March 2022 the council closed it for repairs, and the minister"
        " visited the site today."
    )
    assert typed(text, date(2022, 8, 15), NARRATIVE) == [
        ("1890", "DATE", "1890"),
        ("March 2022", "DATE", "2022-03"),
        ("today", "DATE", "2022-08-15"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guards were changed at twelve o'clock every night.",
            [("twelve o'clock", "TIME", "XXXX-XX-XXT24:00"), ("every night", "SET", "XXXX-XX-XXTNI")],
        ),
        (
            "Lunch was served at twelve o'clock every day.",
            [("twelve o'clock", "TIME", "XXXX-XX-XXT12:00"), ("every day", "SET", "P1D")],
        ),
    ],
)
def test_twelve_before_a_set_of_nights(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2019, 6, 1)) == expected
