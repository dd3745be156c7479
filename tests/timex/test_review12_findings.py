"""Mends from a second reading of the session's later rounds: each row a sentence of our own that a rule
of those rounds got wrong."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the turn of a century takes a year written after a preposition near a turn, not any number
        (
            "At the turn of the century the town had 1200 houses.",
            [("the turn of the century", "DATE", "2000")],
        ),
        # "prayed for" takes a length after it
        (
            "After the flood the villagers prayed for three days afterwards.",
            [("three days", "DURATION", "P3D")],
        ),
        # after an article, "quarterly" is a noun or an adjective
        ("She wrote for a quarterly in Boston.", []),
        # a level after "stood at" is no clock time
        ("The pound stood at 1.25 this morning.", [("this morning", "TIME", "2022-02-03TMO")]),
        ("Police were called at 1.25 this morning.", [("1.25 this morning", "TIME", "2022-02-03T01:25")]),
        # a morning in the sentence keeps a told hour in the morning
        (
            "It's seven o'clock on a Monday morning and the bar is closed.",
            [("seven o'clock", "TIME", "2022-02-03T07:00")],
        ),
    ],
)
def test_review_mends(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = typed(text, THURSDAY)
    assert [row for row in found if row[0] in {e[0] for e in expected}] == expected
    if not expected:
        assert found == []


def test_a_feast_as_the_subject_of_a_clause_of_time() -> None:
    found = typed("The school marked its centenary on 3 July as Independence Day drew near.", THURSDAY)
    assert [surface for surface, _, _ in found] == ["3 July", "Independence Day"]
    found = typed("The country keeps 15 August as Assumption Day.", THURSDAY)
    assert [surface for surface, _, _ in found] == ["15 August"]


def test_the_turn_of_the_century_by_a_year_near_it() -> None:
    text = "At the turn of the century, the line was finished in 1901."
    assert typed(text, THURSDAY, DocumentKind.NARRATIVE)[0] == ("the turn of the century", "DATE", "1900")
