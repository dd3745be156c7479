"""Rules added after the seventy-ninth blind narrative set (`data/gold/timex/blind_narrative_79.jsonl`,
encyclopedia histories of nineteenth-century wars in the Americas) was scored once: each row is a sentence
of our own showing the general English usage behind one finding.

- "the war's final months", "the siege's last weeks": a stage word and a plural unit after the possessive of
  an event noun are a stretch of the event, as "the last months of the war" is; after a person's name
  ("Lincoln's final months") they are a stage of a life and are left be, as "his final months" is.
- "announced that the works would be sold on 14 February 1879. That morning ...": a day a past plan or
  announcement looked ahead to does not move the story, but "that morning" or "that day" just after it
  points to that day, and the story goes on from there.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war's final months were a retreat through the hills.",
            [("final months", "DURATION", "PXM")],
        ),
        (
            "Food ran short in the siege's last weeks.",
            [("last weeks", "DURATION", "PXW")],
        ),
        (
            "The occupation's first years passed quietly.",
            [("first years", "DURATION", "PXY")],
        ),
        ("Lincoln's final months were spent in Washington.", []),
    ],
)
def test_stage_of_an_event_after_its_possessive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 1930 the board said the new bridge would open on 3 August 1931. That day crowds lined "
            "the river. The first toll was paid on 5 August.",
            [
                ("May 1930", "DATE", "1930-05"),
                ("3 August 1931", "DATE", "1931-08-03"),
                ("That day", "DATE", "1931-08-03"),
                ("5 August", "DATE", "1931-08-05"),
            ],
        ),
        (
            "In March 1902 the council announced that the mill would be auctioned on 9 June 1903. That "
            "morning the workers barred the gates. The sale took place on 20 June.",
            [
                ("March 1902", "DATE", "1902-03"),
                ("9 June 1903", "DATE", "1903-06-09"),
                ("That morning", "TIME", "1903-06-09TMO"),
                ("20 June", "DATE", "1903-06-20"),
            ],
        ),
    ],
)
def test_that_day_after_a_day_a_plan_looked_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected
