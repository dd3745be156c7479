"""Mends from the second reading of the rules added after blind sets narrative 81, news 82 and news 83:
each row is a sentence of our own that the rules of that round read wrongly.

- "the driver was handed over two hours later": "over" after a verb is its particle, not a hedge, so the
  count before "later" is still the clock time reached ("over" hedges only after the words
  `OVER_AS_MORE_THAN_AFTER` names, as the finder reads it).
- "rained on Monday, mostly in the afternoon": "mostly" tells how much, not how often; the afternoon is
  that Monday's, not every day's.
- "at half past midnight", "twenty past midnight": a face whose word is no hour of the clock is found from
  the named hour ("midnight", "noon") as well.
- "It was ten to midnight when the call came": after "it was", "to" tells the time, as for "ten to six".
- "at half past midnight this morning": the day named after the face is the day of the clock time.
- "open from ten to midnight": after "from" a bare count before "to midnight" opens a range of hours.
- "twenty minutes after midnight Mass": a named hour qualifying a noun (`QUALIFIED_BY_PART_OF_DAY`) names
  an event, and the minutes are a length after it (since blind_news_98, "midnight Mass" itself is the
  rite's name and untagged).
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
            "Police stopped the car at 3 p.m. and the driver was handed over two hours later.",
            [("3 p.m.", "TIME", "2011-03-26T15:00"), ("two hours later", "TIME", "2011-03-26T17:00")],
        ),
        (
            "It rained heavily on Monday, mostly in the afternoon.",
            [("Monday", "DATE", "2011-03-21"), ("the afternoon", "TIME", "2011-03-21TAF")],
        ),
        (
            "They were still fighting at half past midnight.",
            [("half past midnight", "TIME", "2011-03-26T00:30")],
        ),
        (
            "The last bus left at twenty past midnight.",
            [("twenty past midnight", "TIME", "2011-03-26T00:20")],
        ),
        (
            "It was ten to midnight when the call came.",
            [("ten to midnight", "TIME", "2011-03-26T23:50")],
        ),
        (
            "We left the pub at half past midnight this morning.",
            [("half past midnight this morning", "TIME", "2011-03-26T00:30")],
        ),
        (
            # "midnight Mass" is the rite's name, untagged as the gold sets leave it (blind_news_28,
            # blind_news_98): the length after it stays
            "He collapsed twenty minutes after midnight Mass.",
            [("twenty minutes", "DURATION", "PT20M")],
        ),
        (
            "The bar is open from ten to midnight.",
            [("ten", "TIME", "2011-03-26T22:00"), ("midnight", "TIME", "2011-03-26T24:00")],
        ),
    ],
)
def test_review19b_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
