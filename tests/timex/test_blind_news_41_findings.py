"""Rules added after the forty-first blind news set (`data/gold/timex/blind_news_41.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "Tuesday's vote on the welfare amendments will ...": a short prepositional phrase on the day's noun
  comes before the verb of the clause that noun is subject of, so that verb tells which way the day
  lies ("will decide": ahead; "was": over), and a present copula on a scheduled event ("Wednesday's
  concert for the flood victims is sold out") tells it is still ahead, as it does without the phrase.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2026, 1, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuesday's vote on the new housing levy will decide the mayor's future.",
            [("Tuesday", "DATE", "2026-01-13")],
        ),
        (
            "Saturday's match against the league leaders is the last of the season.",
            [("Saturday", "DATE", "2026-01-17")],
        ),
        (
            "Friday's vote on the harbour plan was closer than the council expected.",
            [("Friday", "DATE", "2026-01-09")],
        ),
        (
            "Wednesday's concert for the flood victims is sold out.",
            [("Wednesday", "DATE", "2026-01-14")],
        ),
    ],
)
def test_blind_news_41_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
