"""A length counted from today, tomorrow or yesterday names one day: "returns a week today", "a
fortnight tomorrow" (British papers drop the "from"), "two weeks from today", "died a week yesterday",
"a year tomorrow"; "a week ago today" is the day a week back, not that week. A length that reaches
back to a past day ("It is a week today since the flood", "has been two weeks today"), the time allowed
for an act ("have 14 days from today to reply") and days spent ("spent three days today") stay a length
and a day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2026, 1, 14)

CASES = [
    ("The contest returns a week today.", [("a week today", "DATE", "2026-01-21")]),
    ("The vote is a week tomorrow.", [("a week tomorrow", "DATE", "2026-01-22")]),
    ("The deal closes a fortnight tomorrow.", [("a fortnight tomorrow", "DATE", "2026-01-29")]),
    ("We meet again two weeks from today.", [("two weeks from today", "DATE", "2026-01-28")]),
    ("The shop opens three days from today.", [("three days from today", "DATE", "2026-01-17")]),
    ("He died a week yesterday.", [("a week yesterday", "DATE", "2026-01-06")]),
    ("A year from today we will know.", [("A year from today", "DATE", "2027-01-14")]),
    ("It happened a week ago today.", [("a week ago today", "DATE", "2026-01-07")]),
    ("The fire was two weeks ago tomorrow.", [("two weeks ago tomorrow", "DATE", "2026-01-01")]),
    (
        "It is a week today since the flood.",
        [("a week", "DURATION", "P1W"), ("today", "DATE", "2026-01-14")],
    ),
    ("It has been two weeks today.", [("two weeks", "DURATION", "P2W"), ("today", "DATE", "2026-01-14")]),
    (
        "The parties have 14 days from today to reply.",
        [("14 days", "DURATION", "P14D"), ("today", "DATE", "2026-01-14")],
    ),
    (
        "They spent three days today and tomorrow.",
        [
            ("three days", "DURATION", "P3D"),
            ("today", "DATE", "2026-01-14"),
            ("tomorrow", "DATE", "2026-01-15"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_length_counted_from_a_named_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
