"""Findings of the review of the rules after blind narrative sets 79 and 80: each row is a sentence of our
own that failed before its mend.

- A day a past plan ("would open on 3 August 1931") looked to is where "that day" points only when the story
  has no day of its own yet; after a dated day ("On 5 May 1930 the board announced ...") "That evening" is
  the evening of the day the story is on, and counts after it go on from there.
- "World War II's final months": a war's numeral between the noun and its possessive; "the Napoleonic
  Wars' final years": a plural's possessive, without which the plural event nouns of the table never held.
- "the century's closing years", "the year's final months": a span of the calendar owns its stages as an
  event does, as "the closing years of the century" has them.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
DCT = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 5 May 1930 the board announced that the new bridge would open on 3 August 1931. That evening "
            "the directors dined at the Guildhall. The first toll was paid on 5 August.",
            [
                ("5 May 1930", "DATE", "1930-05-05"),
                ("3 August 1931", "DATE", "1931-08-03"),
                ("That evening", "TIME", "1930-05-05TEV"),
                ("5 August", "DATE", "1930-08-05"),
            ],
        ),
        (
            "On 12 March 1902 the council announced that the mill would be auctioned on 9 June 1903. That "
            "afternoon the workers marched to the town hall. Two days later the mayor resigned.",
            [
                ("12 March 1902", "DATE", "1902-03-12"),
                ("9 June 1903", "DATE", "1903-06-09"),
                ("That afternoon", "TIME", "1902-03-12TAF"),
                ("Two days later", "DATE", "1902-03-14"),
            ],
        ),
    ],
)
def test_that_after_a_plan_told_on_a_dated_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "World War II's final months brought famine to the Netherlands.",
            [("final months", "DURATION", "PXM")],
        ),
        (
            "The Napoleonic Wars' final years ruined the port.",
            [("final years", "DURATION", "PXY")],
        ),
        ("The Smiths' final years were spent in Devon.", []),
        (
            "The year's final months were the wettest on record.",
            [("The year", "DATE", "2022"), ("final months", "DURATION", "PXM")],
        ),
        (
            "The decade's closing years saw a boom in railways.",
            [("The decade", "DATE", "202"), ("closing years", "DURATION", "PXY")],
        ),
    ],
)
def test_stage_after_more_possessives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected
