"""Rules added after the blind shownotes set (`data/gold/timex/blind_shownotes.jsonl`, podcast show notes,
video descriptions, episode guides and a radio listing) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "0:00 Welcome / 3:40 The first dig / 11:25 Finds in the trench": a run of lines, each opening on a reading
  and a title, that starts at zero and climbs is a recording's chapter list; its readings are positions in
  the recording, not times of the page's day. A live page's stamps stay times: their run does not open on
  zero ("09:00 Registration"), or their entries are sentences ("00:45 First result in.").
- "Week 2: Acts 3-5", a blank line, "October 14: the film": a day range's month is not looked for across a
  blank line, where another paragraph, a list's next line, opens on its own month ("10-18 October" and a
  range wrapped onto the next line of the same paragraph keep it).
- "Coming next, a quick look ahead: Friday's trade figures", "We look ahead to Saturday's final": an event a
  day names after a look ahead is still to come, as after "ahead of"; "looked back at Monday's vote" stays
  past.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2025, 9, 10)
SUNDAY = date(2015, 8, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chapters\n\n0:00 Welcome\n\n3:40 The first dig\n\n11:25 Finds in the trench\n\n19:02 Questions",
            [],
        ),
        ("In this episode\n00:00 Hello\n06:20 Your letters\n14:45 The quiz\n1:05:30 Next time", []),
        # a programme's lines open past zero: times of the day
        (
            "Programme\n09:00 Registration\n10:15 Keynote\n11:00 Coffee",
            [
                ("09:00", "TIME", "2025-09-10T09:00"),
                ("10:15", "TIME", "2025-09-10T10:15"),
                ("11:00", "TIME", "2025-09-10T11:00"),
            ],
        ),
        # a live page from midnight: its entries are sentences
        (
            "Live\n00:00 Polls have closed.\n00:45 The first result is in.\n01:30 Turnout is up.",
            [
                ("00:00", "TIME", "2025-09-10T00:00"),
                ("00:45", "TIME", "2025-09-10T00:45"),
                ("01:30", "TIME", "2025-09-10T01:30"),
            ],
        ),
        # two lines are no chapter list
        (
            "Schedule\n0:00 doors\n2:30 first band",
            [("0:00", "TIME", "2025-09-10T00:00"), ("2:30", "TIME", "2025-09-10T02:30")],
        ),
    ],
)
def test_chapter_marks_of_a_recording(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "READING PLAN\n\nSeptember 15: Acts 1-2\n\nSeptember 29: Acts 3-5\n\nOctober 13: the film",
            [
                ("September 15", "DATE", "2015-09-15"),
                ("September 29", "DATE", "2015-09-29"),
                ("October 13", "DATE", "2015-10-13"),
            ],
        ),
        # the month on the same line, or on the next line of the same paragraph, is the range's
        (
            "The festival runs 10-18 October.",
            [("10", "DATE", "2015-10-10"), ("18 October", "DATE", "2015-10-18")],
        ),
        (
            "The fair will run from 10-18\nOctober on the common.",
            [("10", "DATE", "2015-10-10"), ("18\nOctober", "DATE", "2015-10-18")],
        ),
    ],
)
def test_day_range_month_not_across_a_blank_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coming next, a quick look ahead: Friday's trade figures and the budget.",
            [("Friday", "DATE", "2025-09-12")],
        ),
        ("We look ahead to Saturday's final with the captain.", [("Saturday", "DATE", "2025-09-13")]),
        ("Looking ahead to Sunday's race, the champion sounds nervous.", [("Sunday", "DATE", "2025-09-14")]),
        # looking back, or no look at all: the day's event is one already held
        ("He looked back at Monday's vote.", [("Monday", "DATE", "2025-09-08")]),
        ("Friday's trade figures surprised the market.", [("Friday", "DATE", "2025-09-05")]),
    ],
)
def test_look_ahead_to_a_days_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
