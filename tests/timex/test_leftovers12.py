"""Mends of known leftovers: each row a sentence of our own showing the general usage a rule now reads."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

TUESDAY = date(2023, 3, 14)
JULY = date(2023, 7, 14)


def _picked(
    found: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    return [row for row in found if row[0] in {e[0] for e in expected}]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a day between a verb of saying and a modal is the subject of the reported clause, which looks ahead
        (
            "Forecasters said Friday would bring heavy rain by 10 o'clock.",
            None,
            [("Friday", "DATE", "2023-03-17"), ("10 o'clock", "TIME", "2023-03-17T10:00")],
        ),
        (
            "The coach predicts Saturday will be the hardest match of the season.",
            None,
            [("Saturday", "DATE", "2023-03-18")],
        ),
        # ... while a day after "said" with no modal after it is still the day of the saying
        ("Officials said Friday that the road was closed.", None, [("Friday", "DATE", "2023-03-10")]),
        # hours counted from a clock time told before its weekday are a clock time of that day
        (
            "The fire broke out at 3.15 p.m. on Monday. Firefighters arrived an hour later.",
            None,
            [("Monday", "DATE", "2023-03-13"), ("an hour later", "TIME", "2023-03-13T16:15")],
        ),
        # "ago" counts back from the time a speaker has told as now
        (
            "It's half past ten. The results arrived twenty minutes ago.",
            None,
            [("twenty minutes ago", "TIME", "2023-03-14T10:10")],
        ),
        (
            "Good evening. It's six o'clock. Police closed the bridge an hour ago.",
            None,
            [("an hour ago", "TIME", "2023-03-14T17:00")],
        ),
        # a bare hour of a past clause is the latest such hour before the time told as now
        (
            "It's ten o'clock tonight and the polls have closed. Officials told me at six o'clock that "
            "turnout was high.",
            None,
            [("six o'clock", "TIME", "2023-03-14T18:00")],
        ),
        # ... and stays in the morning when the evening's would come after it
        (
            "It's ten o'clock tonight and the polls have closed. Officials told me at eleven o'clock that "
            "turnout was high.",
            None,
            [("eleven o'clock", "TIME", "2023-03-14T11:00")],
        ),
        # ... while an act still to come keeps the evening of a time told in the evening
        (
            "Good evening. It's six o'clock. The minister will speak at eight o'clock.",
            None,
            [("eight o'clock", "TIME", "2023-03-14T20:00")],
        ),
        # a day of the month kept as an occasion each year is that day of every year
        (
            "British forces attacked the port on 10 November. Since then 10 November has been kept as a "
            "holiday every year.",
            DocumentKind.NARRATIVE,
            [("10 November", "DATE", "2022-11-10"), ("10 November", "DATE", "XXXX-11-10")],
        ),
        (
            "Troops landed on 6 June. 6 June is marked each year with a service on the beach.",
            DocumentKind.NARRATIVE,
            [("6 June", "DATE", "2022-06-06"), ("6 June", "DATE", "XXXX-06-06")],
        ),
        # the night after "the early hours of" a day is the night those hours end, named by the day before
        (
            "The rebels struck in the early hours of 1 November 1954. The night was cold and the posts fell.",
            DocumentKind.NARRATIVE,
            [("The night", "TIME", "1954-10-31TNI")],
        ),
        (
            "The raid came in the small hours of 4 June 1944. During the night, paratroopers took the bridge.",
            DocumentKind.NARRATIVE,
            [("the night", "TIME", "1944-06-03TNI")],
        ),
        # ... and "that morning" after such a night is the morning of the small hours' day
        (
            "The rebels struck in the early hours of 1 November 1954, and the night is remembered as the Red "
            "Night. A proclamation broadcast that morning called for a rising.",
            DocumentKind.NARRATIVE,
            [("the night", "TIME", "1954-10-31TNI"), ("that morning", "TIME", "1954-11-01TMO")],
        ),
        (
            "The quake struck at 3:52 a.m. on 5 May 1990. People spent the rest of the night outdoors. That "
            "morning, rescuers arrived.",
            DocumentKind.NARRATIVE,
            [("the night", "TIME", "1990-05-04TNI"), ("That morning", "TIME", "1990-05-05TMO")],
        ),
    ],
)
def test_leftover_mends(text: str, kind: DocumentKind | None, expected: list[tuple[str, str, str]]) -> None:
    assert _picked(typed(text, TUESDAY, kind), expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present standing for the future in a clause of time on a verb with "won’t" or "’ll"
        ("Crews won’t leave until the shafts are sealed in the spring.", [("the spring", "DATE", "2024-SP")]),
        ("They’ll stay until the shafts are sealed in the spring.", [("the spring", "DATE", "2024-SP")]),
        ("They'll stay until the shafts are sealed in the spring.", [("the spring", "DATE", "2024-SP")]),
    ],
)
def test_futurate_clause_with_contractions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _picked(typed(text, JULY), expected) == expected
