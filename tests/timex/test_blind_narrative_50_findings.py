"""Rules added after the fiftieth blind narrative set (`data/gold/timex/blind_narrative_50.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- An overview of a year opens with the year and its topic as the subject ("1968 in Czechoslovakia was a
  year of change", "2009 in science and technology saw ..."): the year is a date, while a sum ("1500 in
  cash was stolen") stays a number.
- A section of a year's review is headed by its months alone ("March to June", "May and June",
  "February and March"): "March" and "May" there are months, never the verb or the modal, and the
  heading goes on from the heading before it as a timeline's label does.
- The yearless months and days told under such a heading are in the heading's year, whatever other
  years the section's sentences mention in passing ("found in Ethiopia in 1994", "ran out in April
  2013"), until another heading closes the section.
- "By mid-decade" is the middle of the decade in context, as "by mid-century" is of the century.
- A time word is never read inside a word written with letters outside ASCII: "Literární" (a
  Czech title) holds no texting "rn".
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

WRITTEN = date(2024, 2, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2009 in science and technology was a year of new telescopes.",
            [("2009", "DATE", "2009"), ("a year", "DURATION", "P1Y")],
        ),
        ("1968 in Czechoslovakia was a time of hope.", [("1968", "DATE", "1968")]),
        ("1893 in Chicago saw the opening of the great fair.", [("1893", "DATE", "1893")]),
        ("1500 in cash was stolen from the till.", []),
        ("2000 in donations was raised last year.", [("last year", "DATE", "2023")]),
    ],
)
def test_a_year_and_its_topic_opening_an_overview(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


REVIEW = (
    "2011 in medicine was a year of new vaccines.\n\n"
    "January\n\n"
    "On 4 January a trial of a malaria vaccine reported its first results.\n\n"
    "February and March\n\n"
    "In February a new hospital opened in Leeds. The ward had been planned since 1998.\n\n"
    "May to August\n\n"
    "On 12 May the regulator approved a new drug, which stayed on sale until 2019. "
    "In July the first patients were treated.\n\n"
    "Later years\n\n"
    "In 2015 the drug was withdrawn. In March its maker closed the plant."
)


def test_month_headings_of_a_year_review() -> None:
    assert typed(REVIEW, WRITTEN) == [
        ("2011", "DATE", "2011"),
        ("a year", "DURATION", "P1Y"),
        ("January", "DATE", "2011-01"),
        ("4 January", "DATE", "2011-01-04"),
        ("February", "DATE", "2011-02"),
        ("March", "DATE", "2011-03"),
        ("February", "DATE", "2011-02"),
        ("1998", "DATE", "1998"),
        ("May", "DATE", "2011-05"),
        ("August", "DATE", "2011-08"),
        ("12 May", "DATE", "2011-05-12"),
        ("2019", "DATE", "2019"),
        ("July", "DATE", "2011-07"),
        ("2015", "DATE", "2015"),
        ("March", "DATE", "2015-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March to the sea, the general ordered.", []),
        ("March to the river\n\nThe column left the camp.", []),
        ("Sales rose from March to June.", [("March", "DATE", "2023-03"), ("June", "DATE", "2023-06")]),
    ],
)
def test_ambiguous_months_outside_a_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge was begun in 1923. By mid-decade the suburbs had spread along the tram lines.",
            [("1923", "DATE", "1923"), ("mid-decade", "DATE", "192", "MID")],
        ),
        ("Growth should pick up by mid-decade, the bank said.", [("mid-decade", "DATE", "202", "MID")]),
        ("By mid-century the field had grown.", [("mid-century", "DATE", "20", "MID")]),
    ],
)
def test_mid_decade(text: str, expected: list[tuple[str, ...]]) -> None:
    found = [
        (e.text, e.type.value, e.value, e.mod)
        for e in resolve_expressions(text, None if "1923" in text else WRITTEN)
    ]
    assert [tuple(x for x in item if x is not None) for item in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The writers' weekly Literární listy was printing articles.", []),
        ("The weekly Literární listy reported it in February.", [("February", "DATE", "2024-02")]),
        ("Zürich, 3 March 2020 - the bank said it would wait.", [("3 March 2020", "DATE", "2020-03-03")]),
        ("Señor Díaz left on Monday.", [("Monday", "DATE", "2024-02-19")]),
    ],
)
def test_no_time_word_inside_a_word_with_accents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected
