"""Rules added after the sixty-second blind narrative set (`data/gold/timex/blind_narrative_62.jsonl`,
histories of wars of decolonisation and independence) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "celebrates 6 March as Independence Day": after a verb of keeping a day, the feast after "as" is the
  name the date is kept under, not a second date ("open on 24 December as Christmas Eve fell on a
  Sunday", with no such verb, keeps both).
- "what the islanders call Bloody Christmas", "the fires of Black Christmas": a capitalised word that
  makes a weekday part of a name ("Bloody Sunday", "Black Friday") does the same before a feast.
- "in the weeks before independence", "during the months after he left": "in", "during" or "over" makes
  "the <units> before/after" a stretch of time whatever word names the event; "the days before were
  calm" is still not one.
- "began at the turn of the century, after the line was finished in 1901": the year the sentence writes
  places the turn it speaks of.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2010, 5, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since then Ghana has celebrated 6 March as Independence Day.",
            [("6 March", "DATE", "2010-03-06")],
        ),
        (
            "The island marks 1 October as Independence Day, with a parade in the capital.",
            [("1 October", "DATE", "2010-10-01")],
        ),
        (
            "The shops stayed open on 24 December as Christmas Eve fell on a Sunday.",
            [
                ("24 December", "DATE", "2009-12-24"),
                ("Christmas Eve", "DATE", "2009-12-24"),
                ("Sunday", "DATE", "2009-12-27"),
            ],
        ),
    ],
)
def test_a_feast_a_date_is_kept_as(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The riots of 21 December 1963 became known as Bloody Christmas.",
            [("21 December 1963", "DATE", "1963-12-21")],
        ),
        ("The fires of Black Christmas destroyed a hundred homes.", []),
    ],
)
def test_a_feast_in_the_name_of_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many settlers left in the weeks before independence.", [("weeks", "DURATION", "PXW")]),
        ("In the weeks before they came, armed youths took over.", [("weeks", "DURATION", "PXW")]),
        ("Prices rose during the months after he left.", [("months", "DURATION", "PXM")]),
        ("In the days before, the village had been quiet.", []),
    ],
)
def test_the_units_before_or_after_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "White settlement began at the turn of the century, after the railway was finished in 1901.",
            [("the turn of the century", "DATE", "1900"), ("1901", "DATE", "1901")],
        ),
        (
            "By the turn of the century the town had 5,000 people.",
            [("the turn of the century", "DATE", "2000")],
        ),
    ],
)
def test_the_turn_of_the_century_by_the_sentence_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected
