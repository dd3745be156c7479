"""Rules added after the eighty-second blind news set (`data/gold/timex/blind_news_82.jsonl`, short online
news reports of 2004-2016 written on the day) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "arrived some two hours later", "some 40 minutes later" after a clock time: a hedged count of hours or
  minutes before "later" is a length with the hedge's mod, as "[about an hour] later" and "[almost an
  hour] later" are in the gold sets, not the clock time reached; which reading won had hung on which of
  the two candidates was longer ("about three hours" and "three hours later" are the same length, "some
  two hours" is shorter than "two hours later"). An unhedged "two hours later" stays the clock time.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2011, 3, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry left at 11 a.m. and docked some two hours later.",
            [("11 a.m.", "TIME", "2011-03-26T11:00"), ("some two hours", "DURATION", "PT2H")],
        ),
        (
            "The alarm sounded at 9:10; some 40 minutes later the first engine arrived.",
            [("9:10", "TIME", "2011-03-26T09:10"), ("some 40 minutes", "DURATION", "PT40M")],
        ),
        (
            "Voting ended at 8 p.m. and the first result came some twenty minutes later.",
            [("8 p.m.", "TIME", "2011-03-26T20:00"), ("some twenty minutes", "DURATION", "PT20M")],
        ),
        (
            "The ferry left at 11 a.m. and docked two hours later.",
            [("11 a.m.", "TIME", "2011-03-26T11:00"), ("two hours later", "TIME", "2011-03-26T13:00")],
        ),
        (
            "The ferry left at 11 a.m. and docked about an hour later.",
            [("11 a.m.", "TIME", "2011-03-26T11:00"), ("about an hour", "DURATION", "PT1H")],
        ),
    ],
)
def test_hedged_hours_before_later_are_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
