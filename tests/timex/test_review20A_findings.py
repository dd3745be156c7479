"""Mends from a second reading of the rules for the eighty-sixth and eighty-seventh blind news sets: each row is
a sentence of our own that the first version of a rule got wrong.

- "It was yet another day of rain", "it remains another year of frustration": a predicate's noun after a
  copula (or a verb of becoming or seeming) and an adverb is a day or a year of a kind, as "2002 will be
  another year of slow growth" is, not one more of the unit.
- "could face decades in federal prison", "is serving years in the county jail": a prison term's place may
  carry its modifiers.
- "The storm is over Ohio this evening. It crossed Indiana at 2 a.m.": the small hours after the writer's
  own this evening are still to come, as those after the writer's tonight are; but what lasts "until 2
  a.m." after a night told as past ("attacked the town tonight") runs on past its midnight.
- 'said on Monday: "We will strike next Tuesday"': a speaker's tomorrow would be "tomorrow", so the
  speaker's "next Tuesday" is the one of the week after, as the writer's is.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MONDAY = date(2001, 3, 12)
THURSDAY = date(2002, 6, 6)
WEDNESDAY = date(2001, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was yet another day of rain in Seattle.", []),
        ("For the Knicks, it remains another year of frustration.", []),
        ("It became another day of protests.", []),
        # look-alikes: one more of the unit, with no predicate before it
        ("Traders saw yet another week of losses.", [("another week", "DURATION", "P1W")]),
        ("Negotiators in Geneva face another day of talks.", [("another day", "DURATION", "P1D")]),
    ],
)
def test_another_unit_as_a_predicate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If convicted, he could face decades in federal prison.", [("decades", "DURATION", "PXDE")]),
        ("He is serving years in the county jail.", [("years", "DURATION", "PXY")]),
        ("He faces years in a Mexican jail.", [("years", "DURATION", "PXY")]),
        # look-alike: no prison term's verb before the unit
        ("The years in federal prison changed him.", []),
    ],
)
def test_prison_term_with_a_modified_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=DocumentKind.NEWS) == expected


def test_speakers_next_weekday_after_tomorrow() -> None:
    text = 'In a statement on Monday, the union said: "We will strike next Tuesday."'
    assert typed(text, WEDNESDAY, kind=DocumentKind.NEWS) == [
        ("Monday", "DATE", "2001-03-12"),
        ("next Tuesday", "DATE", "2001-03-20"),
    ]
    # not the speaker's tomorrow: the nearest one
    text = 'In a statement on Monday, the union said: "We will strike next Wednesday."'
    assert ("next Wednesday", "DATE", "2001-03-14") in typed(text, WEDNESDAY, kind=DocumentKind.NEWS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm is over Ohio this evening. It crossed Indiana at 2 a.m.",
            [("this evening", "TIME", "2002-06-06TEV"), ("2 a.m.", "TIME", "2002-06-06T02:00")],
        ),
        (
            "Rebels attacked the town tonight. Fighting went on until 2 a.m.",
            [("tonight", "TIME", "2002-06-06TNI"), ("2 a.m.", "TIME", "2002-06-07T02:00")],
        ),
        # look-alike: a past act at an hour of the small hours, the rule's own case
        (
            "The ferry is back in port tonight. It sailed at 2:15 a.m.",
            [("tonight", "TIME", "2002-06-06TNI"), ("2:15 a.m.", "TIME", "2002-06-06T02:15")],
        ),
    ],
)
def test_small_hours_after_the_writers_evening(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=DocumentKind.NEWS) == expected
