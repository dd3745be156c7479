"""Rules added after the thirty-eighth blind news set (`data/gold/timex/blind_news_38.jsonl`, military
and defence news) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "by the end of fiscal 2027", "in late fiscal 2024", "mid-fiscal 2025": a period modifier before a
  fiscal year closes, opens or splits that year of account as it does a calendar year ("the end of
  2027"), and is part of the expression.
- "a budget for the fiscal year beginning Oct. 1", proposed in February: the yearless day after a fiscal
  year's "beginning" or "that begins" is the day that opens the year of account just named (the fiscal
  year 1996 opens on 1 October 1995), whatever the tense of the clause it stands in.
- "On 17 September 1944 the division landed ... On the night of 25 September the survivors were ferried
  back": a yearless date of a past-tense clause, told shortly after a day written out with its year
  years before the DCT, goes on with that story; a past act does not move to the weeks just after the
  time of writing because its day of the year is near.
- "On 17 September 1944, the division landed ... in an attempt to end the war by Christmas": a sentence
  that opens on a day or a month written with its year ("On 17 September 1944,", "In May 1998") frames
  the holidays and yearless dates it names, as one opening on a year alone ("In 2011") does.
- "landed on 12 September 1943 in an attempt to take the island by Christmas ... On the night of 24
  September the survivors were taken off": the deadline an aim looks to ("to ... by Christmas") is told
  in passing; the story goes on from the day it was on, so a later yearless date is not counted on from
  the deadline.
- "consultation on the future use of the site", "plans for the future development of the port": "the
  future" before a noun it qualifies is an adjective and names no time, as before a role ("the future
  king"); "in the future" and "the future looks bright" still name the future.
- "this year or next", "this month or next": "next" alone after "this" and a unit, joined by "or" or
  "and", is the unit after the current one (the unit is left out, as in "that day and the next").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

TUESDAY = date(2026, 2, 17)
MONDAY = date(1995, 2, 6)
SATURDAY = date(2024, 9, 21)
MARCH = date(2025, 3, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The navy now expects the ships to reach full capability by the end of fiscal 2028.",
            [("now", "PRESENT_REF", None), ("the end of fiscal 2028", "2028", "END")],
        ),
        ("Orders slowed in late fiscal 2024, the company said.", [("late fiscal 2024", "2024", "END")]),
        ("Testing resumes in early fiscal 2027.", [("early fiscal 2027", "2027", "START")]),
        ("The agency spent $2 billion in fiscal 2025.", [("fiscal 2025", "2025", None)]),
    ],
)
def test_a_period_modifier_qualifies_a_fiscal_year(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(e.text, e.value, e.mod) for e in resolve_expressions(text, TUESDAY)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The Pentagon proposed a budget of $250 billion for the fiscal year beginning Oct. 1.",
            MONDAY,
            [("the fiscal year", "DATE", "1996"), ("Oct. 1", "DATE", "1995-10-01")],
        ),
        (
            "Lawmakers approved a spending plan for the fiscal year that begins July 1.",
            date(2011, 5, 12),
            [("the fiscal year", "DATE", "2012"), ("July 1", "DATE", "2011-07-01")],
        ),
        (
            "The college expects a surplus in the current fiscal year, which began July 1.",
            date(2019, 9, 10),
            [("the current fiscal year", "DATE", "2020"), ("July 1", "DATE", "2019-07-01")],
        ),
        # no fiscal year before it: the past tense keeps the last 1 October
        ("The plant closed on Oct. 1.", MONDAY, [("Oct. 1", "DATE", "1994-10-01")]),
    ],
)
def test_the_day_opening_a_fiscal_year_is_in_the_year_it_opens(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Veterans laid wreaths yesterday.\n\nOn 14 September 1944, about 6,000 men of the brigade "
            "landed near the town.\n\nThe brigade was meant to hold the crossings for two days until "
            "tanks arrived. On the night of 24 September, about 1,800 survivors were taken back over the "
            "river in boats.",
            SATURDAY,
            [
                ("yesterday", "DATE", "2024-09-20"),
                ("14 September 1944", "DATE", "1944-09-14"),
                ("two days", "DURATION", "P2D"),
                ("24 September", "DATE", "1944-09-24"),
            ],
        ),
        # the news of the DCT's own days: a past date near the DCT keeps the last one
        (
            "The mayor opened the bridge on Friday. Work on it started on 25 September.",
            SATURDAY,
            [("Friday", "DATE", "2024-09-20"), ("25 September", "DATE", "2023-09-25")],
        ),
    ],
)
def test_a_past_yearless_date_goes_on_with_a_story_years_back(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "On 14 September 1944, the brigade landed near the town in an attempt to end the war by Christmas.",
            SATURDAY,
            [("14 September 1944", "DATE", "1944-09-14"), ("Christmas", "DATE", "1944-12-25")],
        ),
        (
            "On March 3, 2009, the company said it would repay the loan by Christmas.",
            date(2019, 5, 2),
            [("March 3, 2009", "DATE", "2009-03-03"), ("Christmas", "DATE", "2009-12-25")],
        ),
        (
            "In May 1998 the mill closed, and it was sold before Christmas.",
            date(2019, 5, 2),
            [("May 1998", "DATE", "1998-05"), ("Christmas", "DATE", "1998-12-25")],
        ),
    ],
)
def test_a_sentence_opening_on_a_dated_day_frames_its_holidays(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Nobody will lose their job this year or next," the minister said.',
            [("this year", "DATE", "2025"), ("next", "DATE", "2026")],
        ),
        (
            "Prices may rise this month or next.",
            [("this month", "DATE", "2025-03"), ("next", "DATE", "2025-04")],
        ),
        (
            "The money will be spent this year and next on new roads.",
            [("this year", "DATE", "2025"), ("next", "DATE", "2026")],
        ),
        # "next" with its own unit is an expression of its own; after "last year" nothing is left out
        (
            "It will not happen this year or next year.",
            [("this year", "DATE", "2025"), ("next year", "DATE", "2026")],
        ),
        (
            "Sales fell last year and next quarter looks weak.",
            [("last year", "DATE", "2024"), ("next quarter", "DATE", "2025-Q2")],
        ),
    ],
)
def test_next_alone_after_this_unit_is_the_following_unit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MARCH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consultation on the future use of the site will run for eight weeks.",
            [("eight weeks", "DURATION", "P8W")],
        ),
        ("Plans for the future development of the port were shelved.", []),
        ("The board will decide in the future.", [("the future", "DATE", "FUTURE_REF")]),
        ("In the future, use the side door.", [("the future", "DATE", "FUTURE_REF")]),
    ],
)
def test_the_future_before_its_noun_is_an_adjective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MARCH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veterans gathered at the cemetery yesterday.\n\nOn 12 September 1943, about 4,000 troops landed "
            "on the island in an attempt to take it by Christmas. One company held the harbour for five "
            "days. On the night of 24 September, about 900 survivors were taken off by boat.",
            [
                ("yesterday", "DATE", "2024-09-20"),
                ("12 September 1943", "DATE", "1943-09-12"),
                ("Christmas", "DATE", "1943-12-25"),
                ("five days", "DURATION", "P5D"),
                ("24 September", "DATE", "1943-09-24"),
            ],
        ),
    ],
)
def test_an_aims_deadline_does_not_move_the_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
