"""Rules added after the seventh blind narrative set (`data/gold/timex/blind_narrative_7.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "By the turn of the millennium": the thousandth year nearest the time in context, about then (mod
  APPROX), as "the turn of the century" is the nearest hundredth; "the turn of the 19th century" names
  its hundredth year (1800) the same way.
- "for at least another decade", "for almost another year": the amount's modifier before "another"
  belongs to the length, as it does before "two years".
- "at the end of the 1990s", "in the middle of the 12th century": a period modifier ending in "of" takes
  a decade or a century with its own article, as "the end of the year" takes a year.
- "held at T-minus 35 minutes", "at 5 hours 18 minutes ground elapsed time": readings of a launch
  countdown or a mission's clock are no calendar time, as a match clock is not; and a bare number
  before a unit word ("at 5 hours") is no clock hour.
- "to land a man on the Moon before the decade was out": a period after "before"/"until" that is the
  subject of the clause closing it is the period in context.
- "the concession was extended to 2086", "the launch slipped to 2027": a year after a verb that moves a
  time or a term is a date, not an amount as after "rose to".
- "more than 350 million hard drives are made a year": a count of things, then a passive verb, makes "a
  year" a rate (SET), as "sells 2,000 cars a month" does.
- "Today almost all the capsules that flew are on show": a relative clause on the subject ("that
  flew") holds its own time; the sentence's main verb ("are") says the writer's present.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

TUESDAY = date(2021, 3, 23)
WEDNESDAY = date(2006, 9, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The works began in 1994. By the turn of the millennium most of the line was open.",
            [("1994", "1994", None), ("the turn of the millennium", "2000", "APPROX")],
        ),
        (
            "The abbey was rebuilt in 1012, at the turn of the millennium.",
            [("1012", "1012", None), ("the turn of the millennium", "1000", "APPROX")],
        ),
        ("The millennium celebrations cost the city a fortune.", []),
        (
            "Steam mills spread at the turn of the 19th century.",
            [("the turn of the 19th century", "1800", "APPROX")],
        ),
    ],
)
def test_the_turn_of_the_millennium_is_the_nearest_thousandth_year(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, None, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tapes should stay readable for at least another decade.",
            [("at least another decade", "P10Y", "EQUAL_OR_MORE")],
        ),
        (
            "The crew waited almost another hour for the wind to drop.",
            [("almost another hour", "PT1H", "LESS_THAN")],
        ),
        ("The crew waited another hour.", [("another hour", "PT1H", None)]),
    ],
)
def test_a_modifier_before_another_belongs_to_the_length(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pocket players took over at the end of the 1990s.", [("the end of the 1990s", "199", "END")]),
        (
            "The bridge was built in the middle of the 12th century.",
            [("the middle of the 12th century", "11", "MID")],
        ),
        ("Cinemas closed at the start of the 1960s.", [("the start of the 1960s", "196", "START")]),
        ("Cinemas closed in the early 1960s.", [("the early 1960s", "196", "START")]),
    ],
)
def test_a_period_modifier_takes_a_decade_or_century_with_its_article(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The count was held at T-minus 9 minutes while a valve was checked.", []),
        ("The count was held for 20 minutes.", [("20 minutes", "DURATION", "PT20M")]),
        ("At T+70 seconds the boosters fell away.", []),
        ("At 3 hours 40 minutes ground elapsed time the crew slept.", []),
        ("The probe fired its engine at 41 hours mission elapsed time.", []),
        (
            "The rocket left the pad at 14:05 UTC, and at 2 hours 10 minutes ground elapsed time the "
            "crew opened the hatch.",
            [("14:05 UTC", "TIME", "2006-09-13T14:05")],
        ),
        ("The ascent lasted 2 hours 10 minutes.", [("2 hours 10 minutes", "DURATION", "PT2H10M")]),
    ],
)
def test_a_countdown_or_mission_clock_reading_is_not_a_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1961 the president asked for a landing on the Moon before the decade was out.",
            [("1961", "DATE", "1961"), ("the decade", "DATE", "196")],
        ),
        ("The board hopes to finish the line before the year is out.", [("the year", "DATE", "2006")]),
        ("The inquiry sat until the month in which the report appeared.", []),
    ],
)
def test_a_period_closing_after_before_or_until_is_the_period_in_context(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The concession was later extended to 2086.", [("2086", "DATE", "2086")]),
        ("The first launch has slipped to 2027.", [("2027", "DATE", "2027")]),
        ("The deadline was pushed back to 2030.", [("2030", "DATE", "2030")]),
        ("Membership rose to 2086.", []),
        ("The count was extended to 2086 votes.", []),
    ],
)
def test_a_year_after_a_rescheduling_verb_is_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last engine was retired in June 1969. Today almost all the engines that ran are kept in "
            "museums.",
            [("June 1969", "DATE", "1969-06"), ("Today", "DATE", "2021-03-23")],
        ),
        (
            "The last engine was retired in June 1969. Today the man who drove it lives in Ohio.",
            [("June 1969", "DATE", "1969-06"), ("Today", "DATE", "2021-03-23")],
        ),
    ],
)
def test_a_relative_clause_on_the_subject_does_not_set_the_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 40 million bicycles are made a year in the region.", [("a year", "SET", "P1Y")]),
        ("About 2,000 new houses were built a month at the peak.", [("a month", "SET", "P1M")]),
        ("The firm sells 2,000 cars a month.", [("a month", "SET", "P1M")]),
        ("Two nurses were hired for a year.", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_a_passive_count_of_things_makes_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
