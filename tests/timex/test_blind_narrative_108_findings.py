"""Rules added after the hundred-and-eighth blind narrative set (`data/gold/timex/blind_narrative_108.jsonl`,
encyclopedia and institutional histories of museums, galleries and their exhibitions: a national museum from
a bequest of 1753 to its new wing, a provincial gallery's wartime evacuation, a landmark exhibition of 1972
and a theft of paintings) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "for a hundred and thirty years", "the next three hundred and sixty-five years": the tens and ones after
  "hundred and" are the same number's, so the length is the whole count, not its last word; "between a
  hundred and two hundred years" names two numbers (a scale after "and").
- '"She is the finest vessel we have built," the chairman said today.': a report's "said today" closing its
  clause (or opening "that" and what was said) is the writer's day, however far back the story went;
  "said today was the happiest day" makes "today" the subject of what was said, the story's day.
- "opened on 2 May 1851 and was meant to close on 11 October. On Whit Monday": a later day of the story's
  year that a past plan aims at is not reached, as a later year was not; the story stays on its day for the
  feasts and months after it. Without the plan ("and closed on 11 October") the story goes there.
- "were extended to Saturdays": a standing day a service is extended to recurs, as one it is moved to does;
  "extended to the east" names no day.
- "It is open from March to November, from 9.30 a.m. to 6 p.m." closing a history: the months a place is
  open, said in the present, are those of every year, and the hours right after them are every day's; "was
  open" tells the story's year, and news names a schedule's coming months for the year it is in.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lighthouse was kept by one family for a hundred and thirty years.",
            [("a hundred and thirty years", "DURATION", "P130Y")],
        ),
        (
            "The abbey stood for the next three hundred and sixty-five years.",
            [("the next three hundred and sixty-five years", "DURATION", "P365Y")],
        ),
        # a scale after "and": two numbers, the second one's length alone
        (
            "Estimates of its age ran between a hundred and two hundred years.",
            [("two hundred years", "DURATION", "P200Y")],
        ),
        # "and" before a noun that counts no time
        (
            "The fund paid a hundred and forty pounds over three years.",
            [("three years", "DURATION", "P3Y")],
        ),
    ],
)
def test_hundred_and_a_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The ship was launched on 4 June 1901. "She is the finest vessel we have built," the yard\'s '
            "chairman said today.",
            [("4 June 1901", "DATE", "1901-06-04"), ("today", "DATE", "2024-05-10")],
        ),
        (
            "The ship was launched on 4 June 1901. The yard's chairman said today that the model would go on show.",
            [("4 June 1901", "DATE", "1901-06-04"), ("today", "DATE", "2024-05-10")],
        ),
        # "today" as the subject of what was said: the story's day
        (
            "The ship was launched on 4 June 1901. The chairman said today was the happiest day of his life.",
            [("4 June 1901", "DATE", "1901-06-04"), ("today", "DATE", "1901-06-04")],
        ),
    ],
)
def test_said_today_closing_a_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair opened on 2 May 1851 and was meant to close on 11 October. On Whit Monday the crowds "
            "were the largest. In July the Queen came again.",
            [
                ("2 May 1851", "DATE", "1851-05-02"),
                ("11 October", "DATE", "1851-10-11"),
                ("Whit Monday", "DATE", "1851-06-09"),
                ("July", "DATE", "1851-07"),
            ],
        ),
        # no plan: the story goes to the day it names
        (
            "The fair opened on 2 May 1851 and closed on 11 October. On 20 October the building was sold.",
            [
                ("2 May 1851", "DATE", "1851-05-02"),
                ("11 October", "DATE", "1851-10-11"),
                ("20 October", "DATE", "1851-10-20"),
            ],
        ),
    ],
)
def test_day_a_past_plan_aims_at(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reading room's late openings were extended to Saturdays in 1921.",
            [("Saturdays", "SET", "XXXX-WXX-6"), ("1921", "DATE", "1921")],
        ),
        (
            "The library opened in 1921. It was extended to the east in 1950.",
            [("1921", "DATE", "1921"), ("1950", "DATE", "1950")],
        ),
    ],
)
def test_extended_to_a_standing_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The castle was given to the nation in 1947. It is open from March to November, from 9.30 a.m. "
            "to 6 p.m.",
            NARRATIVE,
            [
                ("1947", "DATE", "1947"),
                ("March", "DATE", "XXXX-03"),
                ("November", "DATE", "XXXX-11"),
                ("9.30 a.m.", "TIME", "XXXX-XX-XXT09:30"),
                ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ],
        ),
        # the past: the story's year
        (
            "The castle was given to the nation in 1947. It was open from March to November.",
            NARRATIVE,
            [("1947", "DATE", "1947"), ("March", "DATE", "1947-03"), ("November", "DATE", "1947-11")],
        ),
        # news: this year's schedule
        (
            "The new bridge is open from March to November, the council said.",
            None,
            [("March", "DATE", "2024-03"), ("November", "DATE", "2024-11")],
        ),
    ],
)
def test_months_a_place_is_open(
    text: str, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY, kind) == expected
