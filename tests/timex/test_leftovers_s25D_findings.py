"""Leftovers pass (leftovers_s25D) over errors earlier rounds left alone: each row is a sentence of our own
showing the general English usage behind one finding.

- "3000 may join the march": "may" after a four-digit subject made a date
  of any count before it. As review_s25D narrowed "should", "must" and "shall", a year is said to be, to
  see, to bring, to mark, to prove or to become something ("2028 may mark the end"); people join marches, so
  "may" now takes a year only before such a verb (after "not", "also", "surely", "well", "still" or
  "likely"). "will", "could", "would" and "might" keep any verb after a year ("2028 will host the Games",
  "1999 could have been worse", "2024 will go down as the hottest year"), so "1500 will attend the rally"
  is still read as a year: a count and a year before those modals differ only in what the number is.
- "Lunch is served until 2.30 today", "The shop closes at 5.30 today": a dotted time before a bare
  "today" or "tomorrow" was read as the small hours, because the day was taken for a part of the day
  ("at 2.30 this afternoon"). A bare day names no half, so the time is read as the dotted time closing
  its clause is: a midday meal runs into the afternoon, one to five are the afternoon's unless the small
  hours are told before them, an evening's dinner is the evening's, and a morning hour stays ("Breakfast
  is served until 9.30 today").
- "Next year's May elections", "This year's March budget": after a relative year's possessive, a
  capitalised "May" or "March" before a lower-case word can be no modal nor verb, as after "its"; it is
  that year's month ("this year's October shows" already was). "Next year's May Day parade" names a day
  of its own and is left.
- "Before dawn they left at four.": a story that has reached a morning reads an hour of one to four told
  without a.m. as the afternoon's ("arrived in the morning; at about four o'clock the clansmen came"); a
  dawn, a night or waking told in the hour's own sentence keeps it in the small hours, as the grammar
  already reads it. "Morning" alone, which runs on to noon, does not.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

TUESDAY = date(2026, 3, 10)
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3000 may join the march.", []),
        ("2028 will host the Games.", [("2028", "DATE", "2028")]),
        ("1999 could have been worse.", [("1999", "DATE", "1999")]),
        ("2025 will be a year of change.", [("2025", "DATE", "2025"), ("a year", "DURATION", "P1Y")]),
        ("2026 could see rates fall.", [("2026", "DATE", "2026")]),
        ("2027 might prove harder for growers.", [("2027", "DATE", "2027")]),
        ("2028 may mark the end of the old line.", [("2028", "DATE", "2028")]),
        ("2029 will not be easy.", [("2029", "DATE", "2029")]),
        ("2030 would bring the first trains.", [("2030", "DATE", "2030")]),
    ],
)
def test_year_subject_of_a_modal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lunch is served until 2.30 today.", [("2.30 today", "TIME", "2026-03-10T14:30")]),
        ("The shop closes at 5.30 today.", [("5.30 today", "TIME", "2026-03-10T17:30")]),
        ("The meeting starts at 4.45 tomorrow.", [("4.45 tomorrow", "TIME", "2026-03-11T16:45")]),
        ("Dinner is at 8.15 today.", [("8.15 today", "TIME", "2026-03-10T20:15")]),
        # a morning's hour and a meal of the morning stay; the small hours told before keep it theirs
        ("Breakfast is served until 9.30 today.", [("9.30 today", "TIME", "2026-03-10T09:30")]),
        ("The session starts at 10.30 today.", [("10.30 today", "TIME", "2026-03-10T10:30")]),
        (
            "After a night at sea, the ferry arrives at 4.30 today.",
            [("a night", "DURATION", "P1D"), ("4.30 today", "TIME", "2026-03-10T04:30")],
        ),
        # a part of the day told after it still decides
        ("The bus left at 2.30 this morning.", [("2.30 this morning", "TIME", "2026-03-10T02:30")]),
    ],
)
def test_dotted_time_before_a_bare_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Next year's May elections will be close.",
            [("Next year", "DATE", "2027"), ("May", "DATE", "2027-05")],
        ),
        (
            "This year's March budget cut taxes.",
            [("This year", "DATE", "2026"), ("March", "DATE", "2026-03")],
        ),
        ("Last year's May was wet.", [("Last year", "DATE", "2025"), ("May", "DATE", "2025-05")]),
        # a lower-case "may" is the modal; a capitalised word after the month names something of its own
        ("Next year's may be better.", [("Next year", "DATE", "2027")]),
        ("Last year's May Queen was Ann.", [("Last year", "DATE", "2025")]),
    ],
)
def test_ambiguous_month_after_a_relative_years_possessive(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before dawn they left at four.",
            [("dawn", "TIME", "2026-03-10TMO"), ("four", "TIME", "2026-03-10T04:00")],
        ),
        (
            "Before daybreak the patrol set off at three o'clock.",
            [("daybreak", "TIME", "2026-03-10TMO"), ("three o'clock", "TIME", "2026-03-10T03:00")],
        ),
        # a morning the story has reached, told alone, leaves the hour the afternoon's
        (
            "The convoy arrived in the morning; at about four o'clock the rebels came.",
            [("the morning", "TIME", "2026-03-10TMO"), ("about four o'clock", "TIME", "2026-03-10T16:00")],
        ),
    ],
)
def test_small_hours_told_with_a_morning_reference(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NEWS) == expected
