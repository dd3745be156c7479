"""Rules added after the eighty-eighth blind news set (`data/gold/timex/blind_news_88.jsonl`, Irish, Scottish,
Australian and New Zealand newspaper and broadcaster copy) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "the weekend just gone", "in the month just gone": the unit that has just ended, as "last week" is, with
  "just gone" in the extent; "It's just gone ten o'clock" stays a clock time.
- "over the bank holiday weekend": the weekend the holiday lengthens, read as "the weekend" is and named
  without its article, as "the Easter weekend" is.
- "on Saturday 13 and Sunday 14 July": a pair of weekdays with their days takes the month told once after
  the second, as a range with "to" does; "saw Friday 12 and Saturday 13 patients" has no month.
- "rose 6 per cent in the year to March", said in February: a past report of a period a month closes is of
  the last such month, however far back; "will be frozen in the year to March" looks ahead.
- with no DCT, a weekday written with a day and month that fits no year near the story's ("began in 1978 ...
  gives entry on Saturday 13 July") is that day of an unknown year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2018, 8, 6)
THURSDAY = date(2022, 6, 2)
THURSDAY_2024 = date(2024, 5, 2)
FEBRUARY = date(2019, 2, 14)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Ticket sales over the weekend just gone were the best of the season.",
            MONDAY,
            [("the weekend just gone", "DATE", "2018-W31-WE")],
        ),
        (
            "Retail sales slipped in the month just gone, the bureau said.",
            THURSDAY,
            [("the month just gone", "DATE", "2022-05")],
        ),
        (
            "Shares in the miner outperformed in the week just gone.",
            THURSDAY,
            [("the week just gone", "DATE", "2022-W21")],
        ),
        (
            "The year just gone was the wettest the farm has known.",
            MONDAY,
            [("The year just gone", "DATE", "2017")],
        ),
        (
            "Traffic was heavy on the motorways over the bank holiday weekend.",
            MONDAY,
            [("bank holiday weekend", "DATE", "2018-W31-WE")],
        ),
        (
            "More rain is expected over the bank holiday weekend, forecasters said.",
            THURSDAY,
            [("bank holiday weekend", "DATE", "2022-W22-WE")],
        ),
        (
            "Weekend passes cover every concert on Saturday 13 and Sunday 14 July.",
            THURSDAY_2024,
            [("Saturday 13", "DATE", "2024-07-13"), ("Sunday 14 July", "DATE", "2024-07-14")],
        ),
        (
            "Induction evenings are on Tuesday 5 or Wednesday 6 July at the clubhouse.",
            THURSDAY,
            [("Tuesday 5", "DATE", "2022-07-05"), ("Wednesday 6 July", "DATE", "2022-07-06")],
        ),
        (
            "Visitor arrivals rose 6 per cent in the year to March, the agency said.",
            FEBRUARY,
            [("the year", "DURATION", "P1Y"), ("March", "DATE", "2018-03")],
        ),
        (
            "The fair opened in 1978 in a single field. Weekend passes give entry on Saturday 13 July.",
            None,
            [("1978", "DATE", "1978"), ("Saturday 13 July", "DATE", "XXXX-07-13")],
        ),
    ],
)
def test_blind_news_88_findings(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "It's just gone ten o'clock and the polls are closed.",
            MONDAY,
            [("ten o'clock", "TIME", "2018-08-06T10:00")],
        ),
        (
            "The clinic saw Friday 12 and Saturday 13 patients respectively.",
            THURSDAY,
            [("Friday", "DATE", "2022-05-27"), ("Saturday", "DATE", "2022-05-28")],
        ),
        (
            "Fares will be frozen in the year to March.",
            FEBRUARY,
            [("the year", "DURATION", "P1Y"), ("March", "DATE", "2019-03")],
        ),
    ],
)
def test_blind_news_88_look_alikes(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    """Look-alikes the rules above leave as they were."""
    assert typed(text, dct) == expected
