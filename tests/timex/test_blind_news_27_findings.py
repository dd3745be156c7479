"""Rules added after the twenty-seventh blind news set (`data/gold/timex/blind_news_27.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A past participle that opens a past verb's object, or follows its article, and stands before its noun
  ("reported failed pumps in March", "found damaged cables in March") describes the noun: the past verb
  still dates its own event, so a month nine months back stays in the past however near the next one is.
- Basketball's words of play ("rebounds", "fouling out", "a three-pointer") make "the fourth quarter" a
  period of play, not of the year, as football's and cricket's words already do.
- "will begin at 00:01 on Tuesday, January 27 and end at midnight on Wednesday": the end told after "and"
  comes after the start even when the start is a clock time put on a date written out; and a weekday
  after "<clock time> on" is the day the clock time has just been put on.
- "ruled on Tuesday local time": the zone that places the day stays in the weekday's extent, as it does
  after a clock time.
- "struck at 14:32 local time (05:32 UTC) ... two hours later": a clock time in parentheses restates the
  one before it in another zone; the story goes on counting on its own clock, the first one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2010, 12, 9)
SATURDAY = date(2021, 7, 10)
WEDNESDAY = date(2026, 1, 21)
WEDNESDAY_2011 = date(2011, 11, 16)
SUNDAY = date(2015, 9, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dealers first reported failed pumps in March.", [("March", "DATE", "2010-03")]),
        ("Inspectors found damaged cables in March.", [("March", "DATE", "2010-03")]),
        ("Customers returned unopened boxes in March.", [("March", "DATE", "2010-03")]),
        # a future in the past still looks ahead from the time of writing
        ("The airline said flights would resume in March.", [("March", "DATE", "2011-03")]),
    ],
)
def test_a_participle_before_its_noun_leaves_the_past_verb_dating_its_event(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reyes had 19 points and nine rebounds before fouling out in the fourth quarter.", []),
        ("Her three-pointer in the fourth quarter sealed it.", []),
        ("Sales rose 4% in the fourth quarter.", [("the fourth quarter", "DATE", "2020-Q4")]),
    ],
)
def test_basketball_words_make_a_quarter_a_period_of_play(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The walkout will begin at 6 a.m. on Monday, February 2 and end at midnight on Tuesday.",
            [
                ("6 a.m.", "TIME", "2026-02-02T06:00"),
                ("Monday, February 2", "DATE", "2026-02-02"),
                ("midnight", "TIME", "2026-02-03T24:00"),
                ("Tuesday", "DATE", "2026-02-03"),
            ],
        ),
        (
            "Drivers will stop work at 00:01 on Tuesday, January 27 and return at midnight on Wednesday.",
            [
                ("00:01", "TIME", "2026-01-27T00:01"),
                ("Tuesday, January 27", "DATE", "2026-01-27"),
                ("midnight", "TIME", "2026-01-28T24:00"),
                ("Wednesday", "DATE", "2026-01-28"),
            ],
        ),
        (
            "The strike will begin on January 27 and end at 6 p.m. on Wednesday.",
            [
                ("January 27", "DATE", "2026-01-27"),
                ("6 p.m.", "TIME", "2026-01-28T18:00"),
                ("Wednesday", "DATE", "2026-01-28"),
            ],
        ),
    ],
)
def test_the_end_of_a_coordinated_span_follows_a_clock_time_on_a_written_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal ruled on Monday local time that the ban was lawful.",
            [("Monday local time", "DATE", "2011-11-14")],
        ),
        (
            "The tribunal ruled on Monday. Local time was noon.",
            [("Monday", "DATE", "2011-11-14"), ("noon", "TIME", "2011-11-14T12:00")],
        ),
    ],
)
def test_local_time_after_a_weekday_stays_in_its_extent(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY_2011) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake struck at 3:10 p.m. local time (06:10 UTC). A strong aftershock followed two hours later.",
            [
                ("3:10 p.m. local time", "TIME", "2015-09-13T15:10"),
                ("06:10 UTC", "TIME", "2015-09-13T06:10"),
                ("two hours later", "TIME", "2015-09-13T17:10"),
            ],
        ),
        (
            "The ferry left at 06:10 UTC. It docked two hours later.",
            [("06:10 UTC", "TIME", "2015-09-13T06:10"), ("two hours later", "TIME", "2015-09-13T08:10")],
        ),
    ],
)
def test_counting_goes_on_from_the_clock_a_parenthesis_restates(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected
