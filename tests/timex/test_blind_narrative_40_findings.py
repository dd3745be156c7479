"""Rules added after the fortieth blind narrative set (`data/gold/timex/blind_narrative_40.jsonl`,
histories of archaeology and the ancient world) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "between 1974 and 1950 BC", "from about 1950 to 1835 BC": the era closing a range of years is the
  opening year's too, even when that year alone could be read after Christ; a range that counts up
  ("from 1850 to 1920") is not one before Christ.
- "(c. 2050-1710 BC)", "(c. 500-100 BC)": the approximator of the opening year is in its extent and
  makes it APPROX, as in "c. 733 BC".
- "late in the 6th century BC", "early in the second millennium", "late in the 1840s": "early in" and
  "late in" take the article of a century, millennium or decade into the expression, as "early in
  November" and "the end of the decade" do.
- "the third millennium BC ... early in the second millennium": a story before Christ names its
  millennia without the era once it is plain, as it names its years ("in 340" after "370 BC").
- "In the 20th year of his reign, c. 1972 BC": an ordinal year of a reign in digits is the year the
  text gives beside it, approximate or before Christ; "came to the throne in about 1878 BC. In the 8th
  year of his reign" counts from the accession just told (BC1871).
- "from about AD 200", "c. AD 650": an approximator before the era is in the extent (APPROX).
- "from about AD 200 to 700 or 800", "after about 750", "by about 850": a first-millennium story
  goes on naming three-digit years in a range, a choice and after hedged prepositions of time; a
  count ("from 500 to 300 houses") stays a count.
- "By about 1700 BC ... in the following century": centuries are counted from the story's year before
  Christ, as its years are (1700 BC lies in BC16, the century after it is BC15), not from the DCT.
- "a day-by-day record": a unit before "-by-" is a compound of manner, not a length; "open every day
  of the year": the year after "every day of" is part of the habit, not a date.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

PUBLISHED = date(2016, 5, 10)


def narrative(text: str) -> list[tuple[str, str, str | None]]:
    return only(text, PUBLISHED, kind=DocumentKind.NARRATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samples from the granary place the fire between 1974 and 1950 BC.",
            [("1974", "BC1974", None), ("1950 BC", "BC1950", None)],
        ),
        (
            "The tablets date from about 1950 to 1835 BC.",
            [("about 1950", "BC1950", "APPROX"), ("1835 BC", "BC1835", None)],
        ),
        (
            "The queen (c. 1480-1458 BC) rebuilt the temple.",
            [("c. 1480", "BC1480", "APPROX"), ("1458 BC", "BC1458", None)],
        ),
        (
            "In the first phase (c. 500-100 BC) the town was walled.",
            [("c. 500", "BC0500", "APPROX"), ("100 BC", "BC0100", None)],
        ),
        # counting up, the range is after Christ
        ("He lived from 1850 to 1920.", [("1850", "1850", None), ("1920", "1920", None)]),
    ],
)
def test_a_range_closed_before_christ(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Late in the 4th century BC the harbour silted up.",
            [("Late in the 4th century BC", "BC03", "END")],
        ),
        ("Early in the 12th century the abbey was rebuilt.", [("Early in the 12th century", "11", "START")]),
        ("Late in the 1860s the mill closed.", [("Late in the 1860s", "186", "END")]),
    ],
)
def test_early_in_and_late_in_a_century_or_decade(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The village burned in about 2600 BC. It was rebuilt, and early in the second millennium "
            "traders from the south arrived.",
            [("about 2600 BC", "BC2600", "APPROX"), ("early in the second millennium", "BC1", "START")],
        ),
        # no era in the story: the millennium after Christ
        (
            "The third millennium will bring new problems, the bishop said.",
            [("The third millennium", "2", None)],
        ),
    ],
)
def test_a_millennium_in_a_story_before_christ(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the 20th year of his reign, c. 1972 BC, he made his son co-regent.",
            [("the 20th year", "DATE", "BC1972"), ("c. 1972 BC", "DATE", "BC1972")],
        ),
        (
            "In the 15th year of her reign, 1573, the queen founded a college.",
            [("the 15th year", "DATE", "1573"), ("1573", "DATE", "1573")],
        ),
        (
            "The pharaoh came to the throne in about 1878 BC. In the 8th year of his reign he cut a canal.",
            [("about 1878 BC", "DATE", "BC1878"), ("the 8th year", "DATE", "BC1871")],
        ),
        (
            "The duke was crowned in 1412. In the third year of his reign the town burned.",
            [("1412", "DATE", "1412"), ("the third year", "DATE", "1414")],
        ),
        # a birth is no accession: the ordinal alone names no year
        (
            "The duke was born in 1412. In the third year of his reign the town burned.",
            [("1412", "DATE", "1412")],
        ),
    ],
)
def test_a_year_of_a_reign(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Classic period lasted from about AD 250 to 700 or 800.",
            [("about AD 250", "0250", "APPROX"), ("700", "0700", None), ("800", "0800", None)],
        ),
        ("The chapel was built c. AD 650 by monks.", [("c. AD 650", "0650", "APPROX")]),
        (
            "The kingdom grew after AD 600. No temples were raised after about 750, and by about 850 the "
            "city was empty.",
            [("AD 600", "0600", None), ("about 750", "0750", "APPROX"), ("about 850", "0850", "APPROX")],
        ),
        # counts, not years
        (
            "The Goths took the city in AD 410. Its houses fell from 500 to 300 houses.",
            [("AD 410", "0410", None)],
        ),
        ("The town had grown from 200 to 700 people by 1850.", [("1850", "1850", None)]),
    ],
)
def test_years_of_the_first_millennium(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chronicle is a day-by-day record of the siege.", []),
        ("A year-by-year count of the harvests survives.", []),
        (
            "The site is now open every day of the year.",
            [("now", "PRESENT_REF", None), ("every day", "P1D", None)],
        ),
        ("They worked for a day and left.", [("a day", "P1D", None)]),
    ],
)
def test_units_inside_a_compound_or_a_habit(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By about 1700 BC the delta was lost, and in the following century nomads ruled it.",
            [("about 1700 BC", "BC1700", "APPROX"), ("the following century", "BC15", None)],
        ),
        (
            "The town was founded in 1750 BC. In the next century it grew.",
            [("1750 BC", "BC1750", None), ("the next century", "BC16", None)],
        ),
        (
            "The fort fell in 40 BC. In the following century it was rebuilt.",
            [("40 BC", "BC0040", None), ("the following century", "00", None)],
        ),
    ],
)
def test_a_century_counted_in_a_story_before_christ(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert narrative(text) == expected
