"""Rules added after the fourth blind narrative set (`data/gold/timex/blind_narrative_4.jsonl`: a
composer, an inventor and his company, an architect and a church, a sixteenth-century voyage, a
physicist) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "on Good Friday, 10 April 1868": a weekday that ends a feast's name ("Good Friday", "Palm Sunday",
  "Ash Wednesday") is not the weekday of the date set beside it; the feast and the date are two
  expressions.
- "Ten days later, on 16 March", "on Easter Sunday, 12 April 1868": a calendar date set beside a counted
  day or a feast by a comma restates it, and the text's own date wins over the count.
- "carried by an electric current", "the current of the river": the noun "current" is a flow, not the
  present; only the adjective before its noun ("the current rules") is a time.
- "spent most summers in the hills", "In winters the lake froze": a plural season after "most", "in" or
  "during" is each of those seasons (a SET), as "most Sundays" is each Sunday; "two winters" is not.
- "four and a half million visitors a year": a count scaled by "thousand", "million" or "billion" is a
  count of things, and the period after it is the rate's (a SET), as in "5,000 ships a year".
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
SNAPSHOT = date(2024, 5, 6)


def _found(text: str, dct: date | None = SNAPSHOT) -> list[tuple[str, str, str]]:
    return typed(text, dct, NARRATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The oratorio was first sung in the abbey on Good Friday, 3 April 1863.",
            [("Good Friday", "DATE", "1863-04-03"), ("3 April 1863", "DATE", "1863-04-03")],
        ),
        (
            "The new bells rang out on Palm Sunday, 29 March 1863.",
            [("Palm Sunday", "DATE", "1863-03-29"), ("29 March 1863", "DATE", "1863-03-29")],
        ),
        (
            "In 1860 the choir was founded. It sang in the cathedral on Easter Sunday, 5 April 1863.",
            [
                ("1860", "DATE", "1860"),
                ("Easter Sunday", "DATE", "1863-04-05"),
                ("5 April 1863", "DATE", "1863-04-05"),
            ],
        ),
        (
            "The fair opened on Friday, 3 April 1863.",
            [("Friday, 3 April 1863", "DATE", "1863-04-03")],
        ),
    ],
)
def test_a_feast_and_the_date_beside_it_are_two_expressions(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The caravan reached the oasis on 2 June 1602. The next morning the guides left. "
            "Twelve days later, on 14 June, the walls of the city came in sight.",
            ("Twelve days later", "DATE", "1602-06-14"),
        ),
        (
            "The caravan reached the oasis on 2 June 1602. The next morning the guides left. "
            "Twelve days later the walls of the city came in sight.",
            ("Twelve days later", "DATE", "1602-06-15"),
        ),
        (
            "The ship sailed on 28 December 1610. Five days later, on 2 January, she sighted land.",
            ("Five days later", "DATE", "1611-01-02"),
        ),
    ],
)
def test_a_date_in_apposition_restates_a_counted_day(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lamp was lit by an electric current.", []),
        ("The boat was swept away by the current of the river in 1820.", [("1820", "DATE", "1820")]),
        ("The current flows north past the harbour.", []),
        ("The current rules were written by the council.", [("current", "DATE", "PRESENT_REF")]),
    ],
)
def test_the_noun_current_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The painter spent most summers on the coast.", [("most summers", "SET", "XXXX-SU")]),
        ("In winters the lake froze from shore to shore.", [("winters", "SET", "XXXX-WI")]),
        ("During springs the river flooded the lower town.", [("springs", "SET", "XXXX-SP")]),
        ("The painter spent two winters in Rome.", []),
        ("The summers there were hot.", []),
    ],
)
def test_a_plural_season_after_most_or_in_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The museum receives about two and a half million visitors a year.",
        "The airport handles a million passengers a year.",
        "The mill ground six thousand sacks a week.",
    ],
)
def test_a_scaled_count_of_things_makes_a_rate(text: str) -> None:
    found = _found(text)
    assert len(found) == 1
    assert found[0][1] == "SET"


def test_a_thousand_years_stays_a_length() -> None:
    assert _found("The empire lasted a thousand years.") == [("a thousand years", "DURATION", "P1L")]
