"""Findings of the review of the rules after blind narrative set 82 (the Revolutionary and Napoleonic Wars):
each row is a sentence of our own that failed before its mend.

- "Year II" + a numeral is of the republican calendar only in a text about revolutionary France: a name
  written with its capital ("the Directory", "the Convention"), a republican month, "the revolutionary
  calendar" or a year from 1789 to 1815; "the Republican leadership", "the Glorious Revolution" or "the
  convention" prove nothing, and "Year I" before a word is the pronoun ("The Year I Met Your Mother").
- A republican day without its year needs the same evidence ("Anderlecht 3 Germinal Beerschot 1", "2
  Thermidor lobsters"), and falls in the republican year holding it in the last Gregorian year told before
  it: "In 1799 ... 18 Brumaire" is 9 November (Year VIII began on 23 September), not 8 November.
- "Year XIV" (23 September to 31 December 1805, when the calendar ended) is 1805, not 1806.
- "on 3 May and the 5th-placed side": an ordinal before a hyphen is no day joined to a day.
- A dotted reading made a clock by a dotted "p.m." reading in the text is no figure of one thing ("scored at
  13.20 per over", "sold at 10.50 each"), and the text is searched for the "p.m." reading once, not at each
  dotted figure.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The Republican leadership said Year II of the Biden presidency would be harder.", DCT, []),
        (
            "Year III pupils at the school visited Parliament and learned about the Glorious Revolution.",
            DCT,
            [],
        ),
        ("The Year I Met Your Mother was the best year of the revolution.", DCT, []),
        (
            "The Consulate gave way to the Empire, and Year XIV was the calendar's last.",
            None,
            [("Year XIV", "DATE", "1805")],
        ),
        ("We ordered 2 Thermidor lobsters and a bottle of wine.", DCT, []),
        ("Anderlecht 3 Germinal Beerschot 1. Genk 2 Standard 2.", DCT, []),
        (
            "In 1799 Bonaparte returned from Egypt, and the coup of 18 Brumaire made him First Consul.",
            None,
            [("1799", "DATE", "1799"), ("18 Brumaire", "DATE", "1799-11-09")],
        ),
        (
            "The royalist rising of October 1795 was crushed on 13 Vendémiaire by Bonaparte's guns.",
            None,
            [("October 1795", "DATE", "1795-10"), ("13 Vendémiaire", "DATE", "1795-10-05")],
        ),
        (
            "United lost on 3 May 1990 and the 5th-placed side won the league.",
            None,
            [("3 May 1990", "DATE", "1990-05-03")],
        ),
        (
            "The meeting starts at 6.30 p.m. on 4 July 1990. He scored at 13.20 per over.",
            None,
            [("6.30 p.m.", "TIME", "1990-07-04T18:30"), ("4 July 1990", "DATE", "1990-07-04")],
        ),
        (
            "The show starts at 7.30 p.m. on 4 July 1990, and tickets are sold at 10.50 each.",
            None,
            [("7.30 p.m.", "TIME", "1990-07-04T19:30"), ("4 July 1990", "DATE", "1990-07-04")],
        ),
    ],
)
def test_review19E_findings(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
