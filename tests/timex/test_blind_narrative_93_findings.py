"""Rules added after the ninety-third blind narrative set (`data/gold/timex/blind_narrative_93.jsonl`,
encyclopedia histories of elections and referendums) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "set the second festival for 9 July, almost a year after the first": "a year" before "after", "before",
  "later", "earlier" or "ago" is an offset, not a rate ("a million visitors a year") that makes a clause
  tell what recurs.
- A dated section heading of an article ("The ninth of May") dates only its own section: the next heading
  ("The flood") closes it, and "on the 21st" below goes on from the story's month.
- "Since 1990 people have left", "Since 1948 governors had lived": a sentence opening on "Since" and a
  number, then a plural subject and a perfect auxiliary, opens on a year, as "In 1962 archaeologists found"
  does.
- "1906 San Francisco earthquake", "Swiss army referendum, 1907": a year opening or closing an article's
  title line is a year when the text below restates it as one ("The 1906 ...", "on 3 November 1907"); a
  count heading a line ("1500 sheep lost" ... "lost 1500 sheep") stays a count.
- "a Sunday inauguration was ruled out", "a Saturday wedding": a weekday after "a" before a noun of a
  ceremony or a vote classifies a kind of occasion, no date ("on a Sunday, 4 March 1877" stays one).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The first festival was held in June 1961. The committee set the second festival for 9 July,"
            " almost a year after the first.",
            None,
            NARRATIVE,
            [
                ("June 1961", "DATE", "1961-06"),
                ("9 July", "DATE", "1961-07-09"),
                ("almost a year", "DURATION", "P1Y"),
            ],
        ),
        (
            "The first festival was held in June 1961. The committee set the second festival for 9 July,"
            " a week after the fair.",
            date(2019, 5, 2),
            NARRATIVE,
            [
                ("June 1961", "DATE", "1961-06"),
                ("9 July", "DATE", "1961-07-09"),
                ("a week", "DURATION", "P1W"),
            ],
        ),
        (
            "The founding\n\nThe town was founded in May 1827 by settlers from Kent.\n\nThe ninth of May\n\n"
            "On the morning of 9 May the council met and voted to build a bridge.\n\nThe flood\n\n"
            "The river rose in August. The water reached the square on the 21st, and it fell two days later.",
            None,
            NARRATIVE,
            [
                ("May 1827", "DATE", "1827-05"),
                ("The ninth of May", "DATE", "1827-05-09"),
                ("9 May", "DATE", "1827-05-09"),
                ("August", "DATE", "1827-08"),
                ("the 21st", "DATE", "1827-08-21"),
                ("two days later", "DATE", "1827-08-23"),
            ],
        ),
        (
            "Since 1990 people have left the valley for the towns.",
            date(2015, 3, 3),
            None,
            [("1990", "DATE", "1990")],
        ),
        ("Since 1948 governors had lived in the old house.", None, NARRATIVE, [("1948", "DATE", "1948")]),
        (
            "1906 San Francisco earthquake\n\nThe 1906 San Francisco earthquake struck the coast of Northern"
            " California on 18 April.",
            None,
            NARRATIVE,
            [("1906", "DATE", "1906"), ("1906", "DATE", "1906"), ("18 April", "DATE", "1906-04-18")],
        ),
        (
            "Swiss army referendum, 1907\n\nA referendum on the army was held in Switzerland on 3 November 1907.",
            None,
            NARRATIVE,
            [("1907", "DATE", "1907"), ("3 November 1907", "DATE", "1907-11-03")],
        ),
        ("1500 sheep lost\n\nFarmers lost 1500 sheep in the storm.", date(2020, 1, 1), None, []),
        (
            "Because the day fell on a weekend, a Sunday inauguration was ruled out and the oath was taken on"
            " Monday, 5 March.",
            date(1877, 3, 1),
            None,
            [("Monday, 5 March", "DATE", "1877-03-05")],
        ),
        (
            "They had hoped for a Saturday wedding in June 1950, but the church was booked.",
            None,
            NARRATIVE,
            [("June 1950", "DATE", "1950-06")],
        ),
        (
            "The ceremony was held on a Sunday, 4 March 1877.",
            None,
            NARRATIVE,
            [("Sunday, 4 March 1877", "DATE", "1877-03-04")],
        ),
    ],
)
def test_blind_narrative_93_findings(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected
