"""Mends from a second reading of the financial-wrap and leftovers rules: each row is a sentence of our own
that the rules as first written read wrongly.

- "A fire overnight destroyed the barn. Firefighters left at 10:30": an hour told without a.m. or p.m. after
  "overnight" is the next morning's, not the evening's; "the overnight Fed funds rate" keeps "overnight" an
  adjective (a determiner before it, a name after it) though "fed" is a past form.
- "The power cut out on Sunday night": a particle after "cut" makes it the verb, not the noun of "power cut";
  "an output cut", "a production cut", "a supply cut" are compounds as "a rate cut" is.
- "The shares ended the session at 12.40 on Friday": only a change told to its end (a manner adverb, the
  unit of its amount) makes a dotted figure "at" a day a clock; after other words it is the level reached.
- "the summer before last year's election": "last" is the determiner of "last year's", not the close of
  "the summer before last".
- "the weekly jobless claims count", "his weekly cleaning routine": a frequency word with a determiner before
  a kind's noun and its modifiers names the kind, as before a report.
- "Pumps were started at 4:30 p.m. on Tuesday, and a diver reached the chamber at 12.40am": the overnight
  rule's own clock pattern had been given the name of the resolver's `_DAYTIME_CLOCK`, which it replaced.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2008, 10, 16)
WEDNESDAY = date(2026, 2, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fire overnight destroyed the barn. Firefighters left at 10:30.",
            [("overnight", "TIME", "2008-10-15TNI"), ("10:30", "TIME", "2008-10-16T10:30")],
        ),
        (
            "Stocks fell overnight. At 9:30 trading resumed.",
            [("overnight", "TIME", "2008-10-15TNI"), ("9:30", "TIME", "2008-10-16T09:30")],
        ),
        ("The overnight Fed funds rate rose.", []),
        ("The overnight fed funds rate rose to 0.1 percent.", []),
    ],
)
def test_overnight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders now price an output cut in March.",
            [("now", "DATE", "PRESENT_REF"), ("March", "DATE", "2026-03")],
        ),
        ("Analysts expect a production cut in April.", [("April", "DATE", "2026-04")]),
        ("Opec signals a supply cut in April.", [("April", "DATE", "2026-04")]),
    ],
)
def test_compound_noun_cut(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_particle_makes_cut_a_verb() -> None:
    assert typed("The power cut out on Sunday night.", THURSDAY) == [
        ("Sunday night", "TIME", "2008-10-12TNI")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shares ended the session at 12.40 on Friday.", [("Friday", "DATE", "2026-02-20")]),
        (
            "Shares fell sharply at 10.30 on Monday.",
            [("10.30", "TIME", "2026-02-23T10:30"), ("Monday", "DATE", "2026-02-23")],
        ),
    ],
)
def test_dotted_figure_at_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He left in the summer before last year's election.",
            [("the summer", "DATE", "2025-SU"), ("last year", "DATE", "2025")],
        ),
        ("The summer before last was dry.", [("The summer before last", "DATE", "2024-SU")]),
    ],
)
def test_before_last_then_a_possessive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The weekly jobless claims count rose.", []),
        ("He kept his weekly cleaning routine.", []),
        ("The committee meets weekly in the town hall.", [("weekly", "SET", "P1W")]),
    ],
)
def test_frequency_word_before_a_kind(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_daytime_clock_before_small_hours() -> None:
    # one module-level `_DAYTIME_CLOCK` only: the overnight rule's morning clock no longer replaces the
    # afternoon reach of "a daytime clock told before" (16:30 is daytime)
    assert typed(
        "Pumps were started at 4:30 p.m. on Tuesday, and a diver reached the chamber at 12.40am.", WEDNESDAY
    ) == [
        ("4:30 p.m.", "TIME", "2026-02-24T16:30"),
        ("Tuesday", "DATE", "2026-02-24"),
        ("12.40am", "TIME", "2026-02-25T00:40"),
    ]
