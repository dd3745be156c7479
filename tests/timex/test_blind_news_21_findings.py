"""Rules added after the twenty-first blind news set (`data/gold/timex/blind_news_21.jsonl`, newspaper
and wire copy of 1988-1993) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "had been due to expire at midnight tonight": "tonight" names the night of the day of writing in any
  tense, so the midnight it qualifies closes that day; a bare "midnight" told in the past tense is still
  the one that opened the day.
- "on his first trip abroad since taking office in January, will meet": "since" before a gerund phrase
  looks back to the date that phrase leads to, whatever the tense of the main clause (a causal "since"
  takes a finite clause, never a gerund, so "Since the rules take effect in January, ..." keeps the
  clause's own tense).
- "the current fiscal year, which began July 1": a fiscal year is named by the calendar year it ends in,
  so when the text says it opened in a month after January of the anchor's year, it is the next
  calendar year's; opened in the year before, it is the anchor's year; with no opening stated, "the
  current fiscal year" stays the year of the DCT. "the fiscal year that begins Oct. 1" (or "beginning
  Oct. 1") said in March opens ahead and is named by the year after that; the relative clause says
  which year of account is meant, as "the year that" after other units does not.
- "earned $3 million last fiscal year", "plans to hire next fiscal year": "fiscal" between a relative
  word and "year" names a year of account, counted from the DCT like "last year" (found while writing
  the rows above; an American fiscal year has no fixed opening month, so no British April is assumed).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(1994, 3, 15)
THURSDAY = date(1994, 9, 15)
SATURDAY = date(1994, 2, 5)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The truce had been due to take effect at midnight tonight.",
            TUESDAY,
            [("midnight tonight", "TIME", "1994-03-15T24:00")],
        ),
        (
            "Voting was supposed to end at midnight tonight, officials said.",
            THURSDAY,
            [("midnight tonight", "TIME", "1994-09-15T24:00")],
        ),
        (
            "A warehouse on the river burned down shortly before midnight.",
            TUESDAY,
            [("midnight", "TIME", "1994-03-14T24:00")],
        ),
    ],
)
def test_tonight_names_the_night_of_writing_in_any_tense(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The governor, on her first trip abroad since taking office in January, will visit Ottawa on Friday.",
            TUESDAY,
            [("January", "DATE", "1994-01"), ("Friday", "DATE", "1994-03-18")],
        ),
        (
            "The envoy, back in the capital for the first time since leaving it in October, will brief the"
            " cabinet on Monday.",
            THURSDAY,
            [("October", "DATE", "1993-10"), ("Monday", "DATE", "1994-09-19")],
        ),
        (
            "Since the new rules take effect in January, the bank will hire 200 people.",
            THURSDAY,
            [("January", "DATE", "1995-01")],
        ),
    ],
)
def test_since_before_a_gerund_phrase_looks_back(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The school district expects a small surplus in the current fiscal year, which began July 1.",
            THURSDAY,
            [("the current fiscal year", "DATE", "1995"), ("July 1", "DATE", "1994-07-01")],
        ),
        (
            "The agency has already spent $4 million in the current fiscal year, which began Oct. 1.",
            SATURDAY,
            [("the current fiscal year", "DATE", "1994"), ("Oct. 1", "DATE", "1993-10-01")],
        ),
        (
            "The agency has already spent $4 million in the current fiscal year.",
            THURSDAY,
            [("the current fiscal year", "DATE", "1994")],
        ),
        (
            "Congress must pass a budget for the fiscal year that begins Oct. 1.",
            TUESDAY,
            [("the fiscal year", "DATE", "1995"), ("Oct. 1", "DATE", "1994-10-01")],
        ),
        (
            "The state's spending plan for the fiscal year beginning July 1 cuts aid to cities.",
            TUESDAY,
            [("the fiscal year", "DATE", "1995"), ("July 1", "DATE", "1994-07-01")],
        ),
        ("The chain earned $3 million last fiscal year.", THURSDAY, [("last fiscal year", "DATE", "1993")]),
        (
            "The mill plans to hire 300 workers next fiscal year.",
            TUESDAY,
            [("next fiscal year", "DATE", "1995")],
        ),
        (
            "The brewer forecasts volumes in the current fiscal year that run a little ahead of budget.",
            THURSDAY,
            [("the current fiscal year", "DATE", "1994")],
        ),
    ],
)
def test_a_fiscal_year_is_named_by_the_year_it_ends_in(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
