"""A month, season or half of a year that a history counts from its own time.

- "in May of the following year", "in August of the next year", "in March of the previous year": the
  month is tagged apart from the year it is counted in, and lies in that year (not in the year the story
  was in); the year after "of" is the month's own, not counted on again from the month.
- "the spring of the year after", "the autumn of the year before": a season of a counted year, one
  expression, as "the spring of the following year" is.
- "the latter half of 1916", "the latter half of the year": the second half, as "the back half" is;
  "the latter half of the match" is no time.
- "midwinter": the middle of a season written as one word, as "mid-summer" is ("midsummer" alone is
  Midsummer Day, 24 June); a capitalised name ("the Midwinter Fair") and a kind of thing ("a midwinter
  storm") are not a time.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only

NARRATIVE = DocumentKind.NARRATIVE

CASES = [
    (
        "The king was crowned in 1163. In May of the following year he besieged the town.",
        [("1163", "1163", None), ("May", "1164-05", None), ("the following year", "1164", None)],
    ),
    (
        "The war began in 1941. In August of the next year the city fell.",
        [("1941", "1941", None), ("August", "1942-08", None), ("the next year", "1942", None)],
    ),
    (
        "She took the chair in 1998. In March of the previous year she had married.",
        [("1998", "1998", None), ("March", "1997-03", None), ("the previous year", "1997", None)],
    ),
    (
        "She took the chair in 1998. By August of that year the debts were paid.",
        [("1998", "1998", None), ("August", "1998-08", None), ("that year", "1998", None)],
    ),
    (
        "The fort fell in 1915. In the spring of the year after, the committee met.",
        [("1915", "1915", None), ("the spring of the year after", "1916-SP", None)],
    ),
    (
        "The fort fell in 1915. He had married in the autumn of the year before.",
        [("1915", "1915", None), ("the autumn of the year before", "1914-FA", None)],
    ),
    (
        "In the latter half of 1916 the offensive stalled.",
        [("the latter half of 1916", "1916-H2", None)],
    ),
    ("In the latter half of the match he scored twice.", []),
    (
        "The army left in March 1812. By midsummer it had reached the river, and in midwinter it turned back.",
        [("March 1812", "1812-03", None), ("midsummer", "1812-06-24", None), ("midwinter", "1812-WI", "MID")],
    ),
    (
        "The army left in March 1812. A midwinter storm scattered the fleet at the Midwinter Fair.",
        [("March 1812", "1812-03", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parts_of_counted_years(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, None, kind=NARRATIVE) == expected


def test_the_latter_half_of_the_year_in_news() -> None:
    assert only("Sales should pick up in the latter half of the year.", date(1990, 1, 5)) == [
        ("the latter half of the year", "1990-H2", None)
    ]
