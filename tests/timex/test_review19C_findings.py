"""Review of session 17's leftovers rules (24-hour ranges, "Ends Sunday.", "the last Friday of the month",
"the 1905-07 revolution", performance hours): each row is a sentence of our own that the first version
of a rule got wrong.

- A bare hour is an evening one for a performance only when it is the performance's own hour or its doors'
  ("Doors at 7, show at 8"); other hours of the sentence ("Registration at 9", "school starts at 9") and
  the verb "show" ("studies show at 10 ...") leave it as it is.
- A dotted figure followed by what it counts ("at 7.30 million viewers", "at 1.25 times earnings") is an
  amount, whatever performance its clause names; a price ("£15.50") is no 24-hour clock reading; a morning
  named after the hour ("from 9.30 every morning") keeps it in the morning, and so does a late-morning hour
  ("a coffee concert at 11.15": a show at half past ten at night is written "10.30pm").
- A span of years before an event's noun may have an adjective or two between ("the 1905-07 Russian
  revolution", "the 2007-09 financial crisis").
- A weekday counted in a month that is not known is a day not known ("XXXX-XX-XX", not the month's
  "XXXX-XX"), and after a past verb it is one month's even in an undated text.
- "the first Monday of the month" after a present passive ("bins are collected on") is every month's, as
  after "meets"; after a verb of closing ("voting ends on", "the offer expires on") it is that month's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Registration at 9, the performance at 11.",
            [("9", "TIME", "2026-03-04T09:00"), ("11", "TIME", "2026-03-04T23:00")],
        ),
        (
            "Studies show at 10 most children can read, and school starts at 9.",
            [("9", "TIME", "2026-03-04T09:00")],
        ),
        ("Music at 11 in the church, coffee at 10.", [("10", "TIME", "2026-03-04T10:00")]),
        # the performance's own hour and its doors' stay in the evening
        (
            "Doors open at 7, the concert at 8.",
            [("7", "TIME", "2026-03-04T19:00"), ("8", "TIME", "2026-03-04T20:00")],
        ),
    ],
)
def test_only_a_performance_s_own_hour_moves_to_the_evening(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The show's ratings peaked at 7.30 million viewers.", []),
        ("Quarterly performance at 1.25 times earnings was weak.", []),
        ("The engine's performance at 7.30 GHz was stable.", []),
        ("Tickets £15.50, concert at 7.30.", [("7.30", "TIME", "2026-03-04T19:30")]),
        (
            "Music from 9.30 every morning in the lobby.",
            [("9.30", "TIME", "XXXX-XX-XXT09:30"), ("every morning", "SET", "XXXX-XX-XXTMO")],
        ),
        ("Coffee concert at 11.15 in the foyer.", [("11.15", "TIME", "2026-03-04T11:15")]),
        (
            "Family concert at 10.30, evening concert at 7.30.",
            [("10.30", "TIME", "2026-03-04T10:30"), ("7.30", "TIME", "2026-03-04T19:30")],
        ),
        # the listing's own hours stay as the rule reads them
        (
            "Shows at 7.30 nightly.",
            [("7.30", "TIME", "XXXX-XX-XXT19:30"), ("nightly", "SET", "XXXX-XX-XXTNI")],
        ),
    ],
)
def test_dotted_performance_hour_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1905-07 Russian revolution failed.", [("1905", "DATE", "1905"), ("07", "DATE", "1907")]),
        ("The 2007-09 financial crisis hit the banks.", [("2007", "DATE", "2007"), ("09", "DATE", "2009")]),
        ("In 2010-12 the figures were revised.", []),
    ],
)
def test_span_of_years_before_a_modified_event_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bins are collected on the first Monday of the month.",
            [("the first Monday of the month", "SET", "XXXX-WXX-1")],
        ),
        (
            "Staff are paid on the last Friday of the month.",
            [("the last Friday of the month", "SET", "XXXX-WXX-5")],
        ),
        (
            "Voting ends on the last Friday of the month.",
            [("the last Friday of the month", "DATE", "2026-03-27")],
        ),
        (
            "The offer expires on the last Friday of the month.",
            [("the last Friday of the month", "DATE", "2026-03-27")],
        ),
    ],
)
def test_weekday_of_the_month_after_a_passive_or_a_closing_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "alone"),
    [("November", True), ("Nov.", True), ("Nov. 8", False), ("Sept. 13, 2022", False), ("November 8", False)],
)
def test_month_named_alone_after_a_convening_verb(text: str, alone: bool) -> None:
    # "called an election for Nov. 8" names a day, as "for November 8" does: only a month alone is near now
    # on either side
    from chronology.tense.reader import _MONTH_NAME

    assert (_MONTH_NAME.match(text, 0) is not None) is alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1940 the army fell back to the coast, and on the last Friday of the month the ships came.",
            [("1940", "DATE", "1940"), ("the last Friday of the month", "DATE", "XXXX-XX-XX")],
        ),
        (
            "The army fell back in May, and on the last Friday of the month the ships came.",
            [("May", "DATE", "XXXX-05"), ("the last Friday of the month", "DATE", "XXXX-XX-XX")],
        ),
        (
            "The first Monday of next month was a holiday.",
            [("The first Monday of next month", "DATE", "XXXX-XX-XX")],
        ),
    ],
)
def test_weekday_counted_in_a_month_not_known(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
