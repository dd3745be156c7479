"""Rules added after the eighty-second blind narrative set (`data/gold/timex/blind_narrative_82.jsonl`,
encyclopedia histories of the French Revolutionary and Napoleonic Wars) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "9 Thermidor Year II", "the coup of 18 Brumaire of Year VIII", "12 Germinal an III": a day of the French
  revolutionary calendar with its year is the Gregorian day it names (each year began at the autumn
  equinox, 22-24 September); without its year it is the Western day the text gives beside it ("13
  Vendémiaire (5 October 1795)"), or its month and day in the year the story gives; "the constitution of
  Year III" is the Gregorian year it mostly falls in, in a text that speaks of the republic or its calendar.
- "on 25 September and the 26th": an ordinal day joined by "and" or "or" to a day just named is a day of
  its month; "the 4th Battalion" is not.
- "began at about 11.30" in a text that writes its clock dotted ("at 2.15 p.m."): a dotted two-digit reading
  after a clock's preposition is a clock time; where the text writes no such time it stays a figure.
- "Smolensk, where he had hoped to spend the winter, was reached in November": a past-perfect plan or hope
  for the winter, told in the autumn, looks to the coming winter, not the one before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2012, 3, 14)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Robespierre fell on 9 Thermidor Year II, and was guillotined at the Place de la Révolution.",
            None,
            [("9 Thermidor Year II", "DATE", "1794-07-27")],
        ),
        (
            "The coup of 18 Brumaire of Year VIII ended the rule of the Directory.",
            None,
            [("18 Brumaire of Year VIII", "DATE", "1799-11-09")],
        ),
        (
            "The crowds broke into the hall of the Convention on 12 Germinal an III.",
            None,
            [("12 Germinal an III", "DATE", "1795-04-01")],
        ),
        (
            "The rising of 13 Vendémiaire (5 October 1795) was put down with grapeshot.",
            None,
            [("13 Vendémiaire", "DATE", "1795-10-05"), ("5 October 1795", "DATE", "1795-10-05")],
        ),
        (
            "The republic adopted a new constitution in Year III, and the Directory took office in the autumn.",
            None,
            [("Year III", "DATE", "1795"), ("the autumn", "DATE", "1795-FA")],
        ),
        (
            "The revised timetable for Year II was posted on the noticeboard.",
            WEDNESDAY,
            [],
        ),
        (
            "The relief column reached the town on 11 March 1871 and the 12th.",
            None,
            [("11 March 1871", "DATE", "1871-03-11"), ("the 12th", "DATE", "1871-03-12")],
        ),
        (
            "Voting was expected on 3 May 1990 or the 4th.",
            None,
            [("3 May 1990", "DATE", "1990-05-03"), ("the 4th", "DATE", "1990-05-04")],
        ),
        (
            "The town was taken on 3 May 1990 and the 4th Battalion held it.",
            None,
            [("3 May 1990", "DATE", "1990-05-03")],
        ),
        (
            "On 4 July 1916 the assault began at about 10.45 with a barrage. At 2.15 p.m. the second wave went over.",
            None,
            [
                ("4 July 1916", "DATE", "1916-07-04"),
                ("about 10.45", "TIME", "1916-07-04T10:45"),
                ("2.15 p.m.", "TIME", "1916-07-04T14:15"),
            ],
        ),
        (
            "The column left Quebec on 2 October 1759. Montreal, where the governor had hoped to spend the"
            " winter, fell on 8 November.",
            None,
            [
                ("2 October 1759", "DATE", "1759-10-02"),
                ("the winter", "DATE", "1759-WI"),
                ("8 November", "DATE", "1759-11-08"),
            ],
        ),
    ],
)
def test_blind_narrative_82_findings(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected
