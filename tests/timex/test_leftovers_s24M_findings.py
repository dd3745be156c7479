"""Leftovers of earlier rounds taken up again (midsummer): each row is a sentence of our own showing the
general English usage behind one finding; rows where a rule must not apply are kept beside it.

- "The hay was cut by midsummer", "Rents fell due at Midsummer 1721": "midsummer" alone names Midsummer
  Day, 24 June (the quarter day), anchored as any date without a year is; "at midsummer" and "at
  midwinter" are points of the year met "at", as a feast is. "midwinter" has no such day and stays the
  middle of winter; "Midsummer Day" and "Midsummer Eve" keep their days; a title ("A Midsummer Night's
  Dream"), a name ("Midsummer Common") and the adjective before a noun ("a midsummer night", "midsummer
  madness", "the midsummer heat") are tagged no more than before.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only

WEDNESDAY = date(2024, 2, 14)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The swallows nest under the eaves until midsummer.", NEWS, [("midsummer", "2024-06-24", None)]),
        ("By midsummer the hay had been cut and stacked.", NEWS, [("midsummer", "2023-06-24", None)]),
        ("The horse fair was held at Midsummer.", NEWS, [("Midsummer", "2023-06-24", None)]),
        ("Rents fell due at Midsummer 1721.", NARRATIVE, [("Midsummer 1721", "1721-06-24", None)]),
        ("In midsummer 1612 the ship reached Bantam.", NARRATIVE, [("midsummer 1612", "1612-06-24", None)]),
        # the other one-word middle keeps its reading, and is met "at" too
        ("The pond stays frozen until midwinter.", NEWS, [("midwinter", "2024-WI", "MID")]),
        ("The shepherds met at midwinter in the barn.", NEWS, [("midwinter", "2023-WI", "MID")]),
        # the named days keep theirs
        ("The bonfires were lit on Midsummer Eve.", NEWS, [("Midsummer Eve", "2023-06-23", None)]),
        ("The lease began on Midsummer Day.", NEWS, [("Midsummer Day", "2023-06-24", None)]),
        # a title, a name and the adjective before a noun: no more tagged than before ("the midsummer" as
        # before)
        ("The cast of A Midsummer Night's Dream took a bow.", NEWS, []),
        ("The cows grazed at Midsummer Common.", NEWS, []),
        ("It was a midsummer night of warm rain.", NEWS, []),
        ("Selling the farm was midsummer madness.", NEWS, []),
        ("The midsummer heat was fierce.", NEWS, [("The midsummer", "2023-SU", "MID")]),
    ],
)
def test_midsummer_is_midsummer_day(
    text: str, kind: DocumentKind, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY, kind) == expected
