"""Rules added after the twenty-seventh blind narrative set (`data/gold/timex/blind_narrative_27.jsonl`,
histories of wars in East and South Asia, 1592-1905) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "current" is the noun of a flow, not the adjective of the present, after the adjective of its kind
  ("the tidal current", "a strong current") and before a verb ("the current turned against them").
- A number spelled in two hyphenated words before a unit ("the eighty-two-year-old emperor", "a
  ninety-nine-year lease") is one number, not a range of two: a range climbs from its first count to its
  second ("two to three weeks", "12-18 months").
- A clause coordinated after ", and" may open with a date after a preposition of bound or stretch as
  well as "on" or "in" (", and by the winter the invaders were confined"): its own verb, after the date,
  gives the tense, not a past perfect in the clause before the comma.
- A day of another calendar ("the 13th day of the fourth month", lunar or an era's) given beside the
  Western day it fell on ("(23 May 1592)", ", which fell on 3 January 1868") is that Western day; with
  no Western day beside it, the phrase names no date the tagger can give.
- A day word at the end of an appositive's participle phrase (", the name most used in India today")
  is the writer's now: the participle tells the noun's state, not an act on the story's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WRITTEN = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Off the cape the tidal current reverses every six hours.", [("every six hours", "SET", "PT6H")]),
        ("The fleet waited until the current turned against the enemy.", []),
        ("Swimmers were dragged out by a strong current near the pier.", []),
        (
            "The current rules allow two ferries a day.",
            [("current", "DATE", "PRESENT_REF"), ("a day", "SET", "P1D")],
        ),
    ],
)
def test_current_as_a_flow_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The throne passed to the eighty-two-year-old prince.", []),
        ("Her ninety-one-year-old aunt still rides.", []),
        ("The island was let on a ninety-nine-year lease.", [("ninety-nine-year", "DURATION", "P99Y")]),
        ("Repairs will take two to three weeks.", [("two to three weeks", "DURATION", "PXW")]),
        ("The contract runs for 12-18 months.", [("12-18 months", "DURATION", "PXM")]),
    ],
)
def test_a_spelled_compound_number_is_not_a_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The march resumed in October 1760. The pass had been closed a month earlier, and by the winter"
            " the garrison was cut off.",
            [
                ("October 1760", "DATE", "1760-10"),
                ("a month earlier", "DATE", "1760-09"),
                ("the winter", "DATE", "1760-WI"),
            ],
        ),
        (
            "The siege began in May 1455. The walls had been rebuilt the year before, and during the summer"
            " the defenders held every gate.",
            [
                ("May 1455", "DATE", "1455-05"),
                ("the year before", "DATE", "1454"),
                ("the summer", "DATE", "1455-SU"),
            ],
        ),
    ],
)
def test_a_coordinated_clause_takes_its_own_verb_after_by_or_during(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1871 the village was flooded. A survey of 1912 named the lake Lough Bran, the name still"
            " used on maps today.",
            [("1871", "DATE", "1871"), ("1912", "DATE", "1912"), ("today", "DATE", "2024-11-05")],
        ),
        (
            "The settlers reached the bay on 3 June 1788. They called it Port Hope, a name long forgotten"
            " today.",
            [("3 June 1788", "DATE", "1788-06-03"), ("today", "DATE", "2024-11-05")],
        ),
    ],
)
def test_today_after_an_appositive_participle_is_the_writers_now(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys sailed in 1607 and reached the capital on the 24th day of the fifth month (18 June).",
            [
                ("1607", "DATE", "1607"),
                ("the 24th day of the fifth month", "DATE", "1607-06-18"),
                ("18 June", "DATE", "1607-06-18"),
            ],
        ),
        (
            "The court moved on the second day of the third month, which fell on 26 March 1869.",
            [
                ("the second day of the third month", "DATE", "1869-03-26"),
                ("26 March 1869", "DATE", "1869-03-26"),
            ],
        ),
        (
            "The treaty was sealed on the fifth day of the first lunar month (February 12, 1866).",
            [
                ("the fifth day of the first lunar month", "DATE", "1866-02-12"),
                ("February 12, 1866", "DATE", "1866-02-12"),
            ],
        ),
        ("The monks fasted from the tenth day of the seventh month.", []),
    ],
)
def test_a_day_of_another_calendar_is_the_western_day_given_beside_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected
