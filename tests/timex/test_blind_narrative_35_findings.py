"""Rules added after the thirty-fifth blind narrative set (`data/gold/timex/blind_narrative_35.jsonl`,
sport histories) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- A season named with its year ("the spring of 2020") is complete: a noun phrase that follows it ("In the
  summer of 1992 the season ended") is the clause's subject, not a run of an activity the season names
  ("the summer transfer season").
- In a story whose reference time is a year, decade or century, a day word ("today") has no day of the
  story to name: it is the writer's day (the DCT), whatever verb the clause around it shows.
- A race or flight timed in three or four units may run its parts on with spaces alone ("won in 2 hours
  34 minutes 51.6 seconds"), as it may with commas or "and"; the last part keeps its written decimals.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2012, 7, 20)
MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the spring of 2020 the season was halted by the pandemic.",
            [("the spring of 2020", "DATE", "2020-SP")],
        ),
        (
            "By the summer of 1992 the league had lost four clubs.",
            [("the summer of 1992", "DATE", "1992-SU")],
        ),
        (
            "They signed him in the winter of 1987 the club later said.",
            [("the winter of 1987", "DATE", "1987-WI")],
        ),
        (
            "Ticket sales rose in the summer transfer season.",
            [("summer", "DATE", "2012-SU")],
        ),
    ],
)
def test_a_season_with_its_year_ends_there(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The old ground was knocked down in 1998, and the arena that stands on its site today will"
            " stage the final.",
            [("1998", "DATE", "1998"), ("today", "DATE", "2012-07-20")],
        ),
        (
            "The pavilion burned in the 1970s, and the museum that replaced it today shows the club's cups.",
            [("the 1970s", "DATE", "197"), ("today", "DATE", "2012-07-20")],
        ),
        (
            "The final was played on 4 June 1994. The crowd that gathered today, the papers said, was"
            " the largest of the year.",
            [
                ("4 June 1994", "DATE", "1994-06-04"),
                ("today", "DATE", "1994-06-04"),
                ("the year", "DATE", "1994"),
            ],
        ),
    ],
)
def test_today_in_a_story_told_by_years_is_the_writers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cabrera won the marathon in 2 hours 34 minutes 51.6 seconds.",
            [("2 hours 34 minutes 51.6 seconds", "DURATION", "PT2H34M51.6S")],
        ),
        (
            "The crew were in orbit for 3 days 22 hours 57 minutes 25 seconds.",
            [("3 days 22 hours 57 minutes 25 seconds", "DURATION", "P3DT22H57M25S")],
        ),
        (
            "The winner crossed the line in 2 hours 8 minutes 12 seconds, a course record.",
            [("2 hours 8 minutes 12 seconds", "DURATION", "PT2H8M12S")],
        ),
    ],
)
def test_a_race_time_in_three_units_is_one_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
