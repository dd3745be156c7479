"""Rules added after the hundred-and-sixth blind news set (`data/gold/timex/blind_news_106.jsonl`, property,
housing and mortgage news) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "Courts granted 410 eviction orders in the first quarter, according to figures released today": a lead
  that reports what was said or published on the day of writing ("said today", "published today",
  "released today") is news, however many old years the story then gives; a lead without it, and an
  encyclopedia's present "Today the castle is a museum", are left to the other signs.
- "It was 1975 before the bridge reopened", "It was 1948 when she came home": the year a cleft's "it was"
  puts first, before "before", "when" or "until", is a year, as "It was 1917, and ..." is; an amount after
  another subject ("The asking price was 1999 before ...") and "That is 2000 until ..." stay numbers.
- "Traders expect another cut on Thursday", "a quarter-point cut on Thursday": a verb form after
  "another", or after a determiner and a hyphenated measure ("quarter-point", "two-year"), is a noun, so
  the verb before decides the weekday; a hyphenated noun that is a subject ("Its co-founder said on
  Thursday") keeps its verb.
- "the inflation figure for September, which was 1.7%": a past relative clause set off right after a date
  tells of the date in its own tense, whatever the clause around it; a present one ("which is the month the
  rules name") leaves the clause around it to decide.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import detect_document_kind
from tests.timex.timex_support import typed

TUESDAY = date(2024, 11, 5)
MONDAY = date(2025, 1, 13)
THURSDAY = date(2019, 6, 13)

_EVICTION_STORY = (
    "Courts in Scotland granted 410 eviction orders in the first quarter, {lead}. That was the most since "
    "2009, when 900 were granted, and well above the 210 of 2004. Orders fell every year from 2010 to 2014 "
    "and rose again in 2015. The peak, in 1993, was 1,400. Landlords' groups blamed a law passed in 2012; "
    "tenants' groups blamed rents that doubled after 2006. Figures for the second quarter follow in "
    "September."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_EVICTION_STORY.format(lead="according to figures released today"), DocumentKind.NEWS),
        (_EVICTION_STORY.format(lead="the registry said today"), DocumentKind.NEWS),
        # no day of writing reported in the lead
        (_EVICTION_STORY.format(lead="according to the figures"), DocumentKind.NARRATIVE),
        # an encyclopedia's present "Today"
        (
            "Today the castle is a museum. It was built in 1320 and rebuilt in 1455. The Scots took it in "
            "1513, and it fell to ruin after 1650. Repairs began in 1890 and ended in 1902. It opens in "
            "September.",
            DocumentKind.NARRATIVE,
        ),
    ],
)
def test_lead_reporting_today(text: str, kind: DocumentKind) -> None:
    assert detect_document_kind(text, THURSDAY) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 1975 before the bridge reopened to traffic.", [("1975", "DATE", "1975")]),
        ("It was 1948 when she came home from Malta.", [("1948", "DATE", "1948")]),
        ("It was 1917, and the country was at war.", [("1917", "DATE", "1917")]),
        # another subject's amount, and "that" pointing back
        ("The asking price was 1999 before the agent cut it.", []),
        ("That is 2000 until the next payment falls due.", []),
    ],
)
def test_year_of_a_cleft(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders expect another cut on Thursday.", [("Thursday", "DATE", "2024-11-07")]),
        ("Traders expect a quarter-point cut on Thursday.", [("Thursday", "DATE", "2024-11-07")]),
        ("The board expects a half-point rise on Thursday.", [("Thursday", "DATE", "2024-11-07")]),
        # the verb itself, and a hyphenated subject before it
        ("The bank cut rates on Thursday.", [("Thursday", "DATE", "2024-10-31")]),
        ("Its co-founder said on Thursday that sales fell.", [("Thursday", "DATE", "2024-10-31")]),
    ],
)
def test_noun_after_another_or_a_measured_compound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rents are set from the inflation figure for September, which was 1.7%.",
            [("September", "DATE", "2024-09")],
        ),
        (
            "Pensions will be raised in line with prices for September, which were 1.7% higher.",
            [("September", "DATE", "2024-09")],
        ),
        # a present relative clause tells nothing of the date's side of now
        (
            "Rents will be set from the inflation figure for September, which is the month the rules name.",
            [("September", "DATE", "2025-09")],
        ),
    ],
)
def test_past_relative_clause_after_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
