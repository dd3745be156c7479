"""Rules added for readings earlier rounds left wrong: each row is a sentence of our own showing the general
English usage behind one mend.

- "celebrates her 100th birthday on Sunday", "marks its 50th anniversary on Monday", "graduates on Monday":
  a present-tense verb of a personal milestone with a day tells what lies ahead, as "retires on Friday" and
  "turns 100 on Sunday" do, even in a story otherwise told in the past; "the report marks a shift on
  Monday", "the team celebrates on Sunday" and "celebrated her birthday on Sunday" keep their readings.
- "shares rose sharply at 10.30 on Monday": a dotted figure after "at" with a day after it is a 24-hour
  clock even in a clause of a change, when the word before "at" names no level; "rose to 10.30 on Monday",
  "closed at 10.30 on Monday", "closed higher at 10.30" and "at 12.50 euros" stay amounts.
- "the January before last", "the summer before last", "the June after next": a month or season one year
  back from last January (on from next June), as "the year before last" and "the Monday before last" are
  counted; "last January" and "the January before the election" keep their readings.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2026, 2, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The whole village turned out for the party. She celebrates her 100th birthday on Sunday.",
            [("Sunday", "DATE", "2026-03-01")],
        ),
        (
            "The couple is celebrating their golden wedding anniversary on Sunday.",
            [("Sunday", "DATE", "2026-03-01")],
        ),
        (
            "The choir was founded by two teachers. It marks its 50th anniversary on Monday.",
            [("Monday", "DATE", "2026-03-02")],
        ),
        ("He sat his last exam a while ago. He graduates on Monday.", [("Monday", "DATE", "2026-03-02")]),
        ("She celebrated her 100th birthday on Sunday.", [("Sunday", "DATE", "2026-02-22")]),
        ("Sunday marks the 50th anniversary of the crash.", [("Sunday", "DATE", "2026-02-22")]),
        ("The report marks a shift on Monday.", [("Monday", "DATE", "2026-02-23")]),
        ("Graduates on Monday said jobs were scarce.", [("Monday", "DATE", "2026-02-23")]),
    ],
)
def test_milestone_verbs_look_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares rose sharply at 10.30 on Monday.",
            [("10.30", "TIME", "2026-02-23T10:30"), ("Monday", "DATE", "2026-02-23")],
        ),
        (
            "The bank's shares fell 3 per cent at 14.15 on Monday.",
            [("14.15", "TIME", "2026-02-23T14:15"), ("Monday", "DATE", "2026-02-23")],
        ),
        ("Shares rose to 10.30 on Monday.", [("Monday", "DATE", "2026-02-23")]),
        ("The index closed at 10.30 on Monday.", [("Monday", "DATE", "2026-02-23")]),
        ("Shares closed higher at 10.30 on Monday.", [("Monday", "DATE", "2026-02-23")]),
        ("Shares fell sharply at 12.50 euros on Monday.", [("Monday", "DATE", "2026-02-23")]),
    ],
)
def test_dotted_clock_at_a_day_after_a_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We first met the January before last.", [("the January before last", "DATE", "2025-01")]),
        ("The lake froze over the winter before last.", [("the winter before last", "DATE", "2023-WI")]),
        (
            "The drought of the summer before last hit farmers.",
            [("the summer before last", "DATE", "2024-SU")],
        ),
        ("The bridge should open the June after next.", [("the June after next", "DATE", "2027-06")]),
        ("We first met last January.", [("last January", "DATE", "2026-01")]),
        ("We first met the week before last.", [("the week before last", "DATE", "2026-W07")]),
        ("They wed in the January before the election.", [("January", "DATE", "2026-01")]),
    ],
)
def test_named_month_or_season_before_last(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
