"""Rules added after the hundred-and-first blind news set (`data/gold/timex/blind_news_101.jsonl`,
architecture, planning and built-heritage news: a tower's planning application, a listed lido's
reopening, an appeal inquiry, a demolition weekend, a library prize, a cathedral roof, a heritage-at-risk
register, a New Town's anniversary, a bridge closure, a neighbours' dispute) was scored once: each row is
a sentence of our own showing the general English usage behind one finding.

- "The Corn Exchange will reopen on Friday 4 September after a refit, the trust said yesterday. The
  hall, opened in 1862, was enlarged in 1897 ...": a lead that announces a coming day of the
  publication's calendar in the plain future ("will reopen on", "will close over the weekend of") is news,
  however many old years its background then gives, so its "yesterday" and its yearless months are the
  writer's; a future seen from a past day ("would sail on 3 June") is no such lead.
- "The trust bought the chapel in 2009. Its architect will speak at the meeting on the Thursday": in news
  whose last story time is a bare year, "the Thursday" has no week of the story to fall in (a year has
  none), so the DCT's reading stands; a weekday the text has told, and a narrative's story, still give it
  its week.
- "to last until the 22nd century", "into the twenty-second century": the next century is named in plans
  and forecasts as a date, as the current one is (and "twenty-second" is no longer read as twenty
  seconds); later centuries are dates as well (see `test_leftovers23B_findings.py`).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import analyze_text
from tests.timex.timex_support import typed

WEDNESDAY = date(2015, 8, 19)
MONDAY = date(2016, 5, 2)

_BACKGROUND = (
    " The hall, opened in 1862, was enlarged in 1897, bombed in 1941 and restored in 1953. It closed in 1979,"
    " became a bingo hall in 1984 and shut again in 2011. Inspectors found rot in June."
)
_BACKGROUND_DATES = [
    ("1862", "DATE", "1862"),
    ("1897", "DATE", "1897"),
    ("1941", "DATE", "1941"),
    ("1953", "DATE", "1953"),
    ("1979", "DATE", "1979"),
    ("1984", "DATE", "1984"),
    ("2011", "DATE", "2011"),
]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The Corn Exchange will reopen on Friday 4 September after a refit, the trust said yesterday."
            + _BACKGROUND,
            WEDNESDAY,
            [
                ("Friday 4 September", "DATE", "2015-09-04"),
                ("yesterday", "DATE", "2015-08-18"),
                *_BACKGROUND_DATES,
                ("June", "DATE", "2015-06"),
            ],
        ),
        (
            "Roads around the Corn Exchange will close over the weekend of 22-23 August, the council said"
            " yesterday." + _BACKGROUND,
            WEDNESDAY,
            [
                ("22", "DATE", "2015-08-22"),
                ("23 August", "DATE", "2015-08-23"),
                ("yesterday", "DATE", "2015-08-18"),
                *_BACKGROUND_DATES,
                ("June", "DATE", "2015-06"),
            ],
        ),
    ],
)
def test_a_lead_announcing_a_coming_day_is_news(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


_FLEET = (
    " on 3 June, the admiral wrote. It had left Scapa in 1914 and fought in 1915 and 1916; by 1917 it had lost"
    " nine ships, and in 1918 it sailed home."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The fleet will sail" + _FLEET, DocumentKind.NEWS),
        # a future seen from a past day, and a past day of the story, make no such lead
        ("The fleet would sail" + _FLEET, DocumentKind.NARRATIVE),
        ("The fleet sailed" + _FLEET, DocumentKind.NARRATIVE),
    ],
)
def test_only_a_plain_future_lead_makes_news(text: str, kind: DocumentKind) -> None:
    assert analyze_text(text, MONDAY).kind == kind


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The trust bought the chapel in 2009. Its architect will speak at the meeting on the Thursday.",
            MONDAY,
            [("2009", "DATE", "2009"), ("Thursday", "DATE", "2016-05-05")],
        ),
        (
            "The inquiry opened on Tuesday 26 April and heard the architect on the Thursday.",
            MONDAY,
            [("Tuesday 26 April", "DATE", "2016-04-26"), ("Thursday", "DATE", "2016-04-28")],
        ),
        # a narrative without a DCT keeps its story's reading
        (
            "The regiment reached Brussels in 1815 and marched out on the Sunday.",
            None,
            [("1815", "DATE", "1815"), ("Sunday", "DATE", "1815-01-01")],
        ),
    ],
)
def test_the_weekday_after_a_bare_year_in_news(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new roof is built to last until the 22nd century.", [("the 22nd century", "DATE", "21")]),
        (
            "Sea levels will keep rising into the twenty-second century.",
            [("the twenty-second century", "DATE", "21")],
        ),
        ("In the 21st century the works stopped.", [("the 21st century", "DATE", "20")]),
        # a later century is a date too, in fiction as in fact (the leftovers pass of round 23 tags it)
        ("The novel is set in the 30th century.", [("the 30th century", "DATE", "29")]),
    ],
)
def test_the_next_century(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
