"""Rules added after the fifty-third blind narrative set (`data/gold/timex/blind_narrative_53.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A plural unit with no count between "the" and "after" or "before" and the event that bounds it ("the
  years after the siege", "the weeks before the deadline", "the months after his injury", "the decades
  before 1850") is a stretch of unknown length (PXY, PXW, PXM, PXDE), as "the years that followed" is;
  "the days before were calm", with no event named, is not.
- A month told with a past-tense verb that an adverb of how often makes a habit ("the fleet usually
  sailed in April", "flax was generally sown in April") or with "used to" is that month of every year,
  as a month of a present-tense habit is; the months after it in its sentence go on as the habit's until
  a year names one occasion ("but in 1902 it left in May"), and "were used to ferry troops in June" (a
  purpose) stays the story's June.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WRITTEN = date(2021, 5, 11)
STORY = "The mills on the river closed in 1900. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first cafés of the city date from the years after the siege of 1683.",
            [("years", "DURATION", "PXY"), ("1683", "DATE", "1683")],
        ),
        (
            "Applications arrived in large numbers in the weeks before the deadline.",
            [("weeks", "DURATION", "PXW")],
        ),
        ("His form fell away in the months after his injury.", [("months", "DURATION", "PXM")]),
        (
            "The valley was cleared for farms in the decades before 1850.",
            [("decades", "DURATION", "PXDE"), ("1850", "DATE", "1850")],
        ),
        ("In the years that followed, the port declined.", [("years", "DURATION", "PXY")]),
        ("The days before were calm, and the weeks after brought rain.", []),
    ],
)
def test_a_plural_unit_before_or_after_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            STORY + "The fleet usually sailed for the islands in April.",
            [("1900", "DATE", "1900"), ("April", "DATE", "XXXX-04")],
        ),
        (
            STORY + "Flax was generally sown in April and pulled by hand in August.",
            [("1900", "DATE", "1900"), ("April", "DATE", "XXXX-04"), ("August", "DATE", "XXXX-08")],
        ),
        (
            STORY + "The county court used to sit in June.",
            [("1900", "DATE", "1900"), ("June", "DATE", "XXXX-06")],
        ),
        (
            STORY + "The fleet usually sailed in April, but in 1902 it left in May.",
            [
                ("1900", "DATE", "1900"),
                ("April", "DATE", "XXXX-04"),
                ("1902", "DATE", "1902"),
                ("May", "DATE", "1902-05"),
            ],
        ),
        (
            STORY + "The barges were used to ferry troops in June.",
            [("1900", "DATE", "1900"), ("June", "DATE", "1900-06")],
        ),
        (
            STORY + "The usually quiet town flooded in April.",
            [("1900", "DATE", "1900"), ("April", "DATE", "1900-04")],
        ),
    ],
)
def test_a_month_of_a_past_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected
