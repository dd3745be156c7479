"""Rules added after the forty-sixth blind narrative set (`data/gold/timex/blind_narrative_46.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A month names a whole month: once a story has moved on into a later year ("in June 1834"), a bare day
  named a few months after that month ("on 20 September") is a new step of the story, counted from the
  month's end, not the same day of an earlier year the text dated long before.
- An hour from one to four told without a.m. or p.m. after the story has reached a morning ("arrived in
  the morning; at about four o'clock") is that afternoon's: the small hours before dawn are said "in the
  morning" or "at night", and a morning already reached has left them behind.
"""

from __future__ import annotations

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill opened on 20 September 1833 with forty looms. The owners quarrelled through the "
            "winter and sold their shares in 1834. The new partners rebuilt the weir in June, and on "
            "20 September the mill reopened.",
            [
                ("20 September 1833", "DATE", "1833-09-20"),
                ("the winter", "DATE", "1833-WI"),
                ("1834", "DATE", "1834"),
                ("June", "DATE", "1834-06"),
                ("20 September", "DATE", "1834-09-20"),
            ],
        ),
        (
            # a bare day far from the month the story stands on still recalls the dated day
            "The treaty was signed on 20 September 1833. In February 1834 the envoy returned, and he reminded "
            "the council that on 20 September the old borders had been fixed.",
            [
                ("20 September 1833", "DATE", "1833-09-20"),
                ("February 1834", "DATE", "1834-02"),
                ("20 September", "DATE", "1833-09-20"),
            ],
        ),
        (
            "On 3 May 1812 the column left camp in the morning, and at about three o'clock it reached the "
            "ford.",
            [
                ("3 May 1812", "DATE", "1812-05-03"),
                ("the morning", "TIME", "1812-05-03TMO"),
                ("about three o'clock", "TIME", "1812-05-03T15:00"),
            ],
        ),
        (
            # an hour of the morning itself stays in the morning
            "On 3 May 1812 the column left camp in the morning, and at about ten o'clock it reached the "
            "ford.",
            [
                ("3 May 1812", "DATE", "1812-05-03"),
                ("the morning", "TIME", "1812-05-03TMO"),
                ("about ten o'clock", "TIME", "1812-05-03T10:00"),
            ],
        ),
    ],
)
def test_blind_narrative_46_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected
