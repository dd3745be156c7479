"""Rules added after the hundred-and-seventh blind news set (`data/gold/timex/blind_news_107.jsonl`, school,
exam and young people's news: results day, an inspection, a snow closure, term dates, a teachers' strike,
holiday meals, a new academy, a reunion, a school-streets trial, a head teacher's newsletter) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "The college will let two year groups leave early", "Several Year 8 classes went on a trip": "year" before
  "group" or "groups", or a capitalised "Year" before the number of a school year, names a class of pupils of
  one age, no length ("for some years", "it took one year" and "the Year 2000 bug" are untouched).
- "Families go away over the summer holidays", "The Easter holidays start on Friday": a season's or a movable
  feast's plural "holidays" (Easter, Whitsun) are the weeks a school shuts, set by each school, neither the
  season nor the feast's day (as "the autumn term" is no season); "the summer recess", "the Eid holidays",
  "the Thanksgiving holiday" and "the Christmas holidays" (blind_narrative_54) keep their time.
- "Attendance was up three points on 2023": a change in points measured against a year is a comparison with
  that year, as "up 4% on 2023" is; "gained three points on Leeds" names no year.
- "The vote would stand after talks with the council ended late on Monday": a noun of dealings opening a clause
  of time ("after", "until", "once") takes "with" and its party as its own, and the past form after them is
  that clause's verb, not an absolute phrase; "officers with medals pinned on" still is one.
- "Term dates for 2026-27", "the school calendar for 2025-26": two consecutive years after "for" in a
  sentence about a school's terms are one academic year, named by the year it ends in; "figures for 2023-24"
  without such words and "closed for 1914-18" are left as they were.
- "The new term opens on Monday 7 September. Half-term runs from 26 October": a yearless day told ahead in a
  run of dates after a day ahead of the DCT lies after that day when it falls within half a year of it, even
  where it would otherwise be read as the one just gone; a day more than half a year on, or a month with no
  day, keeps the DCT's reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The college will let two year groups leave early.", []),
        ("Several Year 8 classes went on a trip to York.", []),
        ("Only one year group was sent home.", []),
        # not a year group: lengths and a year of the calendar stay
        ("She taught there for some years.", [("some years", "DURATION", "PXY")]),
        ("The repair took one year.", [("one year", "DURATION", "P1Y")]),
        ("The Year 2000 bug cost millions.", []),
        ("They met again in 2019.", [("2019", "DATE", "2019")]),
    ],
)
def test_year_group_is_no_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many families go away over the summer holidays.", []),
        ("The Easter holidays start on Friday.", [("Friday", "DATE", "2026-05-15")]),
        ("Pupils revise during the Whitsun holidays.", []),
        # a parliament's recess keeps its season, and a feast kept for a day or two keeps its day
        (
            "MPs return from the summer recess in September.",
            [("summer", "DATE", "2026-SU"), ("September", "DATE", "2026-09")],
        ),
        ("Prices rose in the summer of 2019.", [("the summer of 2019", "DATE", "2019-SU")]),
    ],
)
def test_school_holidays_are_no_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attendance was up three points on 2023.", [("2023", "DATE", "2023")]),
        ("Turnout fell 1.5 points on 2019.", [("2019", "DATE", "2019")]),
        ("The club gained three points on Leeds.", []),
    ],
)
def test_points_on_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said on Tuesday that the vote would stand after talks with the council ended without a"
            " deal late on Monday.",
            [("Tuesday", "DATE", "2026-05-12"), ("late on Monday", "DATE", "2026-05-11")],
        ),
        (
            "The strike will go ahead until the truce with the board broke down on Monday.",
            [("Monday", "DATE", "2026-05-11")],
        ),
        # an absolute phrase after "with" still has no tense of its own
        (
            "The school will reopen, with repairs finished on Monday.",
            [("Monday", "DATE", "2026-05-18")],
        ),
    ],
)
def test_party_of_dealings_in_a_clause_of_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Term dates for 2026-27 are below.", [("2026-27", "DATE", "2027")]),
        ("The school calendar for 2025-26 is online.", [("2025-26", "DATE", "2026")]),
        # no school's words, or years that do not run on
        ("Figures for 2023-24 show a rise.", [("2023", "DATE", "2023"), ("24", "DATE", "2024")]),
        ("The school was closed for 1914-18.", [("1914", "DATE", "1914"), ("18", "DATE", "1918")]),
    ],
)
def test_school_calendar_for_two_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new term opens on Monday 7 September. Half-term runs from 26 October to 30 October.",
            [
                ("Monday 7 September", "DATE", "2026-09-07"),
                ("26 October", "DATE", "2026-10-26"),
                ("30 October", "DATE", "2026-10-30"),
            ],
        ),
        (
            "The spring term starts on Monday 4 January. Half-term runs from 15 February to 19 February.",
            [
                ("Monday 4 January", "DATE", "2027-01-04"),
                ("15 February", "DATE", "2027-02-15"),
                ("19 February", "DATE", "2027-02-19"),
            ],
        ),
        # with no day ahead told first, the DCT's reading stands
        (
            "Half-term runs from 15 February to 19 February.",
            [("15 February", "DATE", "2026-02-15"), ("19 February", "DATE", "2026-02-19")],
        ),
        # a month with no day keeps the DCT's reading
        (
            "The figures due on Friday will show that sales in April fell.",
            [("Friday", "DATE", "2026-05-15"), ("April", "DATE", "2026-04")],
        ),
    ],
)
def test_run_of_dates_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
