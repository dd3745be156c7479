"""Rules added after the ninety-ninth blind narrative set (`data/gold/timex/blind_narrative_99.jsonl`,
encyclopedia and medical-history accounts of the Black Death in Norway, a town's plague year told by its
weekly bills, a cholera outbreak traced street by street and a port's yellow fever epidemic) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- "The mill's output for the week ending 3 March 1871 was 412 tons, and for the week ending 10 March 389.":
  in a story that has reached a year of four digits, with no year before 1000 named near, a number of three
  digits after a day and a month is what the sentence counts, not the year (a writer would put "AD 389");
  after "on" it still gives an event its day ("It had been founded on 4 April 975").
- "The council kept its rules for more than a decade afterwards": "for" and a bound ("more than", "at
  least", "over") before a count and "afterwards" make a length, as "for about two weeks afterwards" does.
- "The fire gutted the abbey in the winter of 1204. Most chroniclers place it in late January.": writers or
  records giving a past event its month, in the present of what they hold ("historians date the raid to
  early May"), tell that event's month, not a habit of every year.
- "Background / ... in the autumn of 1758 ... / Construction / Digging began in early March": the section
  after one headed as what came before the story goes on from it in time; a section after any other heading
  still takes up its own thread from the nearest year, and a past perfect still looks back.
- "the parish clerk's weekly bill of burials": a bill issued at that interval is a document, as "the weekly
  return" is, no recurring time.
- 'gives the dates as "March–June 1916"': months and a year in quotation marks are a span of time, not a
  title ("April in Paris", "Monday Monday" stay titles).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill's output for the week ending 3 March 1871 was 412 tons, and for the week ending 10 March "
            "389.",
            [
                ("the week", "DURATION", "P1W"),
                ("3 March 1871", "DATE", "1871-03-03"),
                ("the week", "DURATION", "P1W"),
                ("10 March", "DATE", "1871-03-10"),
            ],
        ),
        (
            "The census of 1851 counted the parish. The return for 14 June 215, and for 21 June 230.",
            [("1851", "DATE", "1851"), ("14 June", "DATE", "1851-06-14"), ("21 June", "DATE", "1851-06-21")],
        ),
        # not: a story of the first millennium, or "on" giving an event its day
        (
            "Constantine died in 337. His sons divided the empire on 9 September 337.",
            [("337", "DATE", "0337"), ("9 September 337", "DATE", "0337-09-09")],
        ),
        (
            "The abbey burned in 1120. It had been founded on 4 April 975, when the king was young.",
            [("1120", "DATE", "1120"), ("4 April 975", "DATE", "0975-04-04")],
        ),
    ],
)
def test_three_digits_after_a_day_in_a_later_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the flood the town was rebuilt in 1894. The council kept its rules for more than a decade "
            "afterwards.",
            [("1894", "DATE", "1894"), ("more than a decade", "DURATION", "P10Y")],
        ),
        (
            "The dam was finished in 1932 and held for at least twenty years afterwards.",
            [("1932", "DATE", "1932"), ("at least twenty years", "DURATION", "P20Y")],
        ),
        # not: without "for", the count after the story's year is a date
        (
            "The mill closed in 1930. More than a decade afterwards it reopened.",
            [("1930", "DATE", "1930"), ("More than a decade afterwards", "DATE", "1940")],
        ),
    ],
)
def test_bounded_length_after_for_then_afterwards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire gutted the abbey in the winter of 1204. Most chroniclers place it in late January.",
            [("the winter of 1204", "DATE", "1204-WI"), ("late January", "DATE", "1205-01")],
        ),
        (
            "The town was sacked in 1461. Historians date the raid to early May.",
            [("1461", "DATE", "1461"), ("early May", "DATE", "1461-05")],
        ),
        # not: other subjects of a present verb tell how every year goes
        (
            "The lighthouse was built in 1871. Most keepers paint the lamp room in April.",
            [("1871", "DATE", "1871"), ("April", "DATE", "XXXX-04")],
        ),
        (
            "Ferries to the island started in 1902. The ferries sail in April.",
            [("1902", "DATE", "1902"), ("April", "DATE", "XXXX-04")],
        ),
    ],
)
def test_writers_dating_a_past_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The canal opened in 1761.\n\nBackground\n\nThe duke's mines had sent coal by packhorse since 1740, "
            "and in the autumn of 1758 he asked for a bill.\n\nConstruction\n\nDigging began in early March.",
            [
                ("1761", "DATE", "1761"),
                ("1740", "DATE", "1740"),
                ("the autumn of 1758", "DATE", "1758-FA"),
                ("early March", "DATE", "1759-03"),
            ],
        ),
        # not: a past perfect after the background still looks back
        (
            "The canal opened in 1761.\n\nOrigins\n\nIn the autumn of 1758 the duke asked for a bill.\n\n"
            "Construction\n\nWork had stopped in late August.",
            [
                ("1761", "DATE", "1761"),
                ("the autumn of 1758", "DATE", "1758-FA"),
                ("late August", "DATE", "1758-08"),
            ],
        ),
        # not: after any other section, a new one takes up its own thread from the nearest year
        (
            "The canal opened in 1761.\n\nWider effects\n\nIn the autumn of 1758 a rival scheme was proposed.\n\n"
            "Construction\n\nDigging began in early March.",
            [
                ("1761", "DATE", "1761"),
                ("the autumn of 1758", "DATE", "1758-FA"),
                ("early March", "DATE", "1758-03"),
            ],
        ),
    ],
)
def test_section_after_a_background(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parish clerk kept a weekly bill of burials.", []),
        ("The weekly bills of mortality were printed on Thursdays.", [("Thursdays", "SET", "XXXX-WXX-4")]),
        # not: "weekly" saying how often a thing is done
        ("The clerk printed the bill weekly.", [("weekly", "SET", "P1W")]),
    ],
)
def test_weekly_bill_is_a_document(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The inscription gives the dates as "March–June 1916".',
            [("March", "DATE", "1916-03"), ("June 1916", "DATE", "1916-06")],
        ),
        # not: quoted titles with other words, or without a year
        ('The company staged "April in Paris" in 1952.', [("1952", "DATE", "1952")]),
        ('The band played "Monday Monday" in 1966.', [("1966", "DATE", "1966")]),
    ],
)
def test_quoted_months_and_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
