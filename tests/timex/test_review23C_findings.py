"""Mends after a second reading of the rules of the ninety-third and ninety-fourth blind narrative sets and
the twentieth leftovers pass: each row is a sentence of our own that one rule read wrongly.

- A headline's count restated below it with its noun ("1800 runners finish ... The 1800 runners set off",
  "from 1500 parishes") is no title's year.
- A feast in a sentence with "every year" stays one year's when the year is likened to the habit ("As every
  year"), when the habit is another clause's ("which is held every year") or when the sentence names a
  year ("but that year").
- A part of the day in a sentence with "every day" stays the day's when the sentence names the day ("On 3
  May 1862 he rose at dawn, as he did every day").
- "Since 2000 people have signed the petition, the council must debate it": a cause before its main
  clause; the number is a count.
- "the 1500 storm damage claims", "the 1200 famine relief workers": a disaster noun qualifying another
  noun is no named disaster.
- "The elections that fall in Ohio", "the troops that winter at Valley Forge": a season and the place it was
  spent in, not a verb.
- "it will reopen by the next summer": a plan's "the next summer" is the writer's.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
DCT = date(2022, 2, 3)
CHRISTMAS_WEEK = date(2022, 12, 27)


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "1800 runners finish marathon\n\nThe 1800 runners set off at 9 a.m.",
            DCT,
            None,
            [("9 a.m.", "TIME", "2022-02-03T09:00")],
        ),
        ("1500 pilgrims arrive\n\nPilgrims came from 1500 parishes.", DCT, None, []),
        (
            "As every year, thousands gathered in the square on Christmas Eve.",
            CHRISTMAS_WEEK,
            None,
            [("every year", "SET", "P1Y"), ("Christmas Eve", "DATE", "2022-12-24")],
        ),
        (
            "The fair, which is held every year, opened on the Fourth of July with a parade.",
            CHRISTMAS_WEEK,
            None,
            [("every year", "SET", "P1Y"), ("the Fourth of July", "DATE", "2022-07-04")],
        ),
        (
            "In 1880 the family lived on the coast. Every summer they sailed to Maine, but that year they"
            " stayed home for the Fourth of July.",
            None,
            NARRATIVE,
            [
                ("1880", "DATE", "1880"),
                ("Every summer", "SET", "XXXX-SU"),
                ("that year", "DATE", "1880"),
                ("the Fourth of July", "DATE", "1880-07-04"),
            ],
        ),
        (
            "On 3 May 1862 he rose at dawn, as he did every day, and rode to the river.",
            None,
            NARRATIVE,
            [
                ("3 May 1862", "DATE", "1862-05-03"),
                ("dawn", "TIME", "1862-05-03TMO"),
                ("every day", "SET", "P1D"),
            ],
        ),
        ("Since 2000 people have signed the petition, the council must debate it.", DCT, None, []),
        (
            "The 1500 storm damage claims were paid within a month.",
            DCT,
            None,
            [("a month", "DURATION", "P1M")],
        ),
        ("Of the 1200 famine relief workers, half fell ill.", DCT, None, []),
        (
            "In 1850 the village was poor. The elections that fall in Ohio went badly for the Whigs.",
            None,
            NARRATIVE,
            [("1850", "DATE", "1850"), ("that fall", "DATE", "1850-FA")],
        ),
        (
            "In 1850 the village was poor. The troops that winter at Valley Forge suffered.",
            None,
            NARRATIVE,
            [("1850", "DATE", "1850"), ("that winter", "DATE", "1850-WI")],
        ),
        (
            "The school closed in 2019 after a flood. Officials now say it will reopen by the next summer.",
            DCT,
            None,
            [
                ("2019", "DATE", "2019"),
                ("now", "DATE", "PRESENT_REF"),
                ("the next summer", "DATE", "2022-SU"),
            ],
        ),
    ],
)
def test_review23C_findings(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected
