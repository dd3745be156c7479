"""Rules added after the forty-fourth blind narrative set (`data/gold/timex/blind_narrative_44.jsonl`,
histories of four companies and brands) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- The numbers after "the years" are years, whatever span they cover ("ledgers covering the years 1863 to
  1966", "in the years 1914 and 1918"); a bare "1863 to 1966" with no such noun may still be an amount.
- A year between an article and its noun stays a year when a participle, perhaps with an adverb, stands
  before it ("a lightly revised 1942 model", "the restyled 1957 coupe"), as after the article alone ("a
  1942 model"); a plural noun after it keeps it a count ("an estimated 2000 people").
- A year before "models" names the model year ("The 1958 models, introduced in October 1957"), as "a
  1958 model" does; a number with no determiner before it stays a count ("had 2000 models in stock").
- "last" or "final" after a possessive ("in its last decade", "in his last year") is the final period of
  a life or a firm's run, not the one before now, and is not tagged, as "its first decade" is not; "last
  year's" keeps its deictic reading.
- "Three-quarters" written as one hyphenated word is a fraction ("sales fell by three-quarters", "was
  three-quarters full") unless a period opener stands before it ("for three-quarters").
- A spelled number right before "a year" or "a month" counts things left unsaid ("opened four or five a
  year", "built twelve a month"): the period is a rate (SET), as after a digit ("5 a year").
- The term of what was granted ("a rescue plan gave it new credit until 2010", "the bank granted a loan
  until 1935") is a later year told in passing, as how long a practice lasted is: the story stays in its
  own year, so a month told next ("but sales in December fell") is that year's.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

DCT = date(2014, 3, 18)
LATER_DCT = date(2025, 5, 7)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The museum keeps the mill's order books covering the years 1858 to 1971.",
            DCT,
            None,
            [("1858", "DATE", "1858"), ("1971", "DATE", "1971")],
        ),
        (
            "Floods struck the valley in the years 1894 and 1899.",
            DCT,
            None,
            [("1894", "DATE", "1894"), ("1899", "DATE", "1899")],
        ),
        ("Over five years 1200 people left the island.", DCT, None, [("five years", "DURATION", "P5Y")]),
        (
            "The first bus, a lightly revised 1946 design, entered service in 1948.",
            DCT,
            None,
            [("1946", "DATE", "1946"), ("1948", "DATE", "1948")],
        ),
        ("She drove a restyled 1961 saloon.", DCT, None, [("1961", "DATE", "1961")]),
        ("An estimated 2000 people marched.", DCT, None, []),
        (
            "The 1963 models, unveiled in September 1962, sold poorly.",
            DCT,
            None,
            [("1963", "DATE", "1963"), ("September 1962", "DATE", "1962-09")],
        ),
        ("Dealers had 2000 models in stock.", DCT, None, []),
        ("The club was best known, in its last decade, for its youth teams.", DCT, None, []),
        ("In her final year she painted little.", DCT, None, []),
        ("Their last year's profit was small.", DCT, None, [("last year", "DATE", "2013")]),
        (
            "Exports fell by three-quarters between 1930 and 1933.",
            DCT,
            None,
            [("1930", "DATE", "1930"), ("1933", "DATE", "1933")],
        ),
        ("By noon the hall was three-quarters full.", DCT, None, [("noon", "TIME", "2014-03-18T12:00")]),
        ("Profits rose for three-quarters in a row.", DCT, None, [("three-quarters", "DURATION", "P3Q")]),
        (
            "The bakery opened new branches at a rate of two or three a year.",
            DCT,
            None,
            [("a year", "SET", "P1Y")],
        ),
        ("The yard built twelve a month.", DCT, None, [("a month", "SET", "P1M")]),
        ("The repairs took a year.", DCT, None, [("a year", "DURATION", "P1Y")]),
        (
            "In March 1931 the bank granted the mill a loan until 1935, and in June the looms started again.",
            LATER_DCT,
            NARRATIVE,
            [("March 1931", "DATE", "1931-03"), ("1935", "DATE", "1935"), ("June", "DATE", "1931-06")],
        ),
        (
            "A plan agreed with lenders in May 2011 gave it an overdraft until 2014, but sales in November "
            "were poor.",
            LATER_DCT,
            NARRATIVE,
            [("May 2011", "DATE", "2011-05"), ("2014", "DATE", "2014"), ("November", "DATE", "2011-11")],
        ),
        (
            "He remained chairman until 1937. In December he retired.",
            LATER_DCT,
            NARRATIVE,
            [("1937", "DATE", "1937"), ("December", "DATE", "1937-12")],
        ),
    ],
)
def test_blind_narrative_44_findings(
    text: str, dct: date, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected
