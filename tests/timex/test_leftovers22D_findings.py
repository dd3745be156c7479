"""Leftovers of clock times and weekdays found by this session's developers: each row is a sentence of our own
showing the general English usage behind one finding.

- "The wedding is on Saturday", "the hearings are on Monday": a present "be" that puts a thing held at a set
  time (a party, a meeting, a final) on a weekday tells what is coming, even in a text of one line (a
  headline's plain present otherwise tells the past). Said on that very weekday outside news, the day meant
  is a week on (the speaker's own day would be "today"); news names its own day by its weekday and keeps it.
  "The shop is closed on Monday", "the party was on Saturday" and "the focus is on Monday's vote" are left.
- "Supper will be at 7.45.", "Kick-off is at 3.00.": a dotted hour closing its clause after "will be" or a
  hyphened noun of what is held is a clock time, as after "is" and a plain noun; "The price will be at 7.30."
  stays an amount.
- "In 1902 the hall held evening concerts at half past eight": the hour of what "evening" names is the
  evening's on an unnamed day of a story year as on a named day; "the mill opened at half past seven" keeps
  its morning.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SUNDAY = date(2026, 11, 22)
NEWS = DocumentKind.NEWS
COLLOQUIAL = DocumentKind.COLLOQUIAL
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The wedding is on Saturday.", NEWS, [("Saturday", "DATE", "2026-11-28")]),
        ("the gig is on Saturday, bring a chair", COLLOQUIAL, [("Saturday", "DATE", "2026-11-28")]),
        ("The rehearsal is on Friday.", NEWS, [("Friday", "DATE", "2026-11-27")]),
        ("The county hearings are on Monday.", NEWS, [("Monday", "DATE", "2026-11-23")]),
        ("Kick-off is on Tuesday.", COLLOQUIAL, [("Tuesday", "DATE", "2026-11-24")]),
        # said on the weekday itself: a speaker's own day would be "today"; news keeps its own weekday
        ("the final is on Sunday, can't wait", COLLOQUIAL, [("Sunday", "DATE", "2026-11-29")]),
        ("The final is on Sunday.", NEWS, [("Sunday", "DATE", "2026-11-22")]),
        # no thing held, a past "be", a possessive's noun: left as they were
        ("The wedding was on Saturday.", NEWS, [("Saturday", "DATE", "2026-11-21")]),
        ("The focus is on Friday's vote.", NEWS, [("Friday", "DATE", "2026-11-20")]),
        ("The weather is on Saturday.", NEWS, [("Saturday", "DATE", "2026-11-21")]),
    ],
)
def test_scheduled_event_is_on_a_weekday(
    text: str, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supper will be at 7.45.", [("7.45", "TIME", "2026-11-22T19:45")]),
        ("The meeting will be at 10.15.", [("10.15", "TIME", "2026-11-22T10:15")]),
        ("Breakfast will be at 8.15.", [("8.15", "TIME", "2026-11-22T08:15")]),
        ("Kick-off is at 3.00.", [("3.00", "TIME", "2026-11-22T15:00")]),
        ("Kick-off will be at 2.30.", [("2.30", "TIME", "2026-11-22T14:30")]),
        # what is priced or counted stays an amount
        ("The price will be at 7.30.", []),
        ("Shares will be at 4.50.", []),
    ],
)
def test_dotted_hour_after_will_be_or_a_hyphened_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY, COLLOQUIAL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1902 the hall held evening concerts at half past eight.",
            [("1902", "DATE", "1902"), ("half past eight", "TIME", "1902-XX-XXT20:30")],
        ),
        (
            "In June 1902 the hall held evening concerts at half past eight.",
            [("June 1902", "DATE", "1902-06"), ("half past eight", "TIME", "1902-06-XXT20:30")],
        ),
        # no evening named: the hour stays as it is told
        (
            "In 1902 the mill opened at half past seven.",
            [("1902", "DATE", "1902"), ("half past seven", "TIME", "1902-XX-XXT07:30")],
        ),
        (
            "In 1902 the hall held concerts at half past eight.",
            [("1902", "DATE", "1902"), ("half past eight", "TIME", "1902-XX-XXT08:30")],
        ),
    ],
)
def test_evening_hour_of_a_story_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected
