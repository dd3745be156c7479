"""Rules added after the thirty-ninth blind narrative set (`data/gold/timex/blind_narrative_39.jsonl`,
histories of religion and the church) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "and on the 18th refused to recant": a day of the month followed by a verb that can only be a verb
  opens a predicate sharing the subject told before "and", as "on the 14th the troops" opens a clause.
- "almost eight hundred years", "every hundred years", "every two hundred years": a count of hundreds
  in words before a unit is one number, alone or after "every".
- "over the next half-century", "the past half-hour": a fraction joined to its unit by a hyphen is a
  noun, so the span word and the article stay in the extent (unlike the adjective of "the next
  three-year plan").
- "31 October 1517, the eve of All Saints' Day": the eve or vigil of a feast set off by commas after a
  date restates that date, as "the day of Yom Kippur" does; the feast inside it is no date of its own.
- "at the Epiphany": the Epiphany is a fixed feast (6 January) named alone, as Christmas is; the
  lower-case noun ("had an epiphany") is not.
- "in Lent 1522", "Advent 1914": a season of the church year has no calendar value, so the year after
  it is tagged alone (capitalised only: "the bank lent 1500 pounds" is a count).
- "returned on 6 March 1522 and preached on the following Sunday": before the Gregorian reform of
  15 October 1582 every Christian date is Julian, so weekdays are counted in the Julian calendar (6
  March 1522 was a Thursday in it), whether or not the text wrote a weekday beside a date.
- "13 December 1545, the third Sunday of Advent", "the first Sunday in Lent": a Sunday counted within a
  season of the church year is no weekday of the story's week ("the second Sunday of May" still is a
  day of that month).
- "which was both Palm Sunday and the feast of Saint Benedict": the saints' days that histories of
  monks, pilgrims and law terms date by (Benedict, Francis, Augustine, Catherine, Anne, Denis, Cuthbert,
  Edmund, Hilary, Barnabas, Matthias, Simon and Jude) are fixed days, as St Michael's is.
- "selling their wool years in advance": a bare plural unit before "in advance" is an unspecified
  length, as before "before" and "after".
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

PUBLISHED = date(2018, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bishop reached the city on 3 May and on the 5th opened the synod.",
            [("3 May", "DATE", "2018-05-03"), ("the 5th", "DATE", "2018-05-05")],
        ),
        (
            "The envoys arrived on 9 June 1611, rested, and on the 12th presented their letters.",
            [("9 June 1611", "DATE", "1611-06-09"), ("the 12th", "DATE", "1611-06-12")],
        ),
        # an ordinal before its noun stays a count
        ("The seeds were sorted and on the 3rd seed we stopped.", []),
    ],
)
def test_a_day_of_the_month_before_a_shared_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge stood for almost eight hundred years before the flood.",
            [("almost eight hundred years", "DURATION", "P800Y")],
        ),
        ("The fair was meant to be held every hundred years.", [("every hundred years", "SET", "P100Y")]),
        ("The comet returns every two hundred years or so.", [("every two hundred years", "SET", "P200Y")]),
        # a count of hundreds of things, not of time
        ("Some nine hundred pilgrims came.", []),
    ],
)
def test_hundreds_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill opened in 1790 and was enlarged over the next half-century.",
            [("1790", "DATE", "1790"), ("the next half-century", "DURATION", "P50Y")],
        ),
        (
            "The port grew in 1810; in the following half-century it doubled.",
            [("1810", "DATE", "1810"), ("the following half-century", "DURATION", "P50Y")],
        ),
        # a hyphened adjective of a counted length keeps the article out
        (
            "They signed the next three-year plan in 1950.",
            [("three-year", "DURATION", "P3Y"), ("1950", "DATE", "1950")],
        ),
    ],
)
def test_a_fraction_joined_to_its_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 23 December 1683, the eve of Christmas Eve, the guild met.",
            [("23 December 1683", "DATE", "1683-12-23")],
        ),
        (
            "The fair opened on 31 October 1620, the eve of All Saints' Day, and ran a week.",
            [("31 October 1620", "DATE", "1620-10-31"), ("a week", "DURATION", "P1W")],
        ),
        (
            "The vow was taken on 14 August 1402, the vigil of the Assumption.",
            [("14 August 1402", "DATE", "1402-08-14")],
        ),
        # a feast named alone is its day
        (
            "The abbot died in 1620 on All Saints' Day.",
            [("1620", "DATE", "1620"), ("All Saints' Day", "DATE", "1620-11-01")],
        ),
    ],
)
def test_the_eve_of_a_feast_in_apposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1610 the monks kept the fair at the Epiphany.",
            [("1610", "DATE", "1610"), ("the Epiphany", "DATE", "1610-01-06")],
        ),
        (
            "The court moved to Ghent in 1519 and held a joust at Epiphany.",
            [("1519", "DATE", "1519"), ("Epiphany", "DATE", "1519-01-06")],
        ),
        # the common noun is no feast
        ("She had an epiphany in 1990.", [("1990", "DATE", "1990")]),
    ],
)
def test_the_epiphany_named_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The friars fasted in Lent 1540 as the rule required.", [("1540", "DATE", "1540")]),
        ("The choir sang through Advent 1914 in the trenches.", [("1914", "DATE", "1914")]),
        # the verb "lent" before an amount
        ("The bank lent 1500 pounds to the abbey in 1540.", [("1540", "DATE", "1540")]),
    ],
)
def test_the_year_after_a_season_of_the_church_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 6 March 1522 (Julian) was a Thursday: the following Sunday is the 9th
        (
            "He came back to the town on 6 March 1522 and preached on the following Sunday.",
            [("6 March 1522", "DATE", "1522-03-06"), ("the following Sunday", "DATE", "1522-03-09")],
        ),
        # 1 August 1480 (Julian) was a Tuesday: the next Friday is the 4th
        (
            "The fleet anchored off the island on 1 August 1480 and landed its men on Friday.",
            [("1 August 1480", "DATE", "1480-08-01"), ("Friday", "DATE", "1480-08-04")],
        ),
        # after the reform the Gregorian weekday stands: 6 March 1890 was a Thursday
        (
            "He came back to the town on 6 March 1890 and preached on the following Sunday.",
            [("6 March 1890", "DATE", "1890-03-06"), ("the following Sunday", "DATE", "1890-03-09")],
        ),
    ],
)
def test_weekdays_before_the_gregorian_reform_are_julian(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The synod opened on 15 December 1560, the third Sunday of Advent.",
            [("15 December 1560", "DATE", "1560-12-15")],
        ),
        (
            "They met on the first Sunday in Lent in 1540.",
            [("the first Sunday in Lent", "DATE", "1540-02-15"), ("1540", "DATE", "1540")],
        ),
        # a month after the ordinal weekday names its day
        (
            "The market was held on the second Sunday of May 1890.",
            [("the second Sunday of May 1890", "DATE", "1890-05-11")],
        ),
    ],
)
def test_a_sunday_of_the_church_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The abbey sold its wool years in advance.", [("years", "DURATION", "PXY")]),
        ("Fares were paid days in advance.", [("days", "DURATION", "PXD")]),
        ("Tickets were booked two weeks in advance.", [("two weeks", "DURATION", "P2W")]),
        ("The dates were set in advance.", []),
    ],
)
def test_a_bare_unit_in_advance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monks entered the valley on 21 March 1098, which was both Palm Sunday and the feast of Saint Benedict.",
            [
                ("21 March 1098", "DATE", "1098-03-21"),
                ("Palm Sunday", "DATE", "1098-03-21"),
                ("the feast of Saint Benedict", "DATE", "1098-03-21"),
            ],
        ),
        (
            "The friars reached Assisi in 1230 and kept the feast of St Francis there.",
            [("1230", "DATE", "1230"), ("the feast of St Francis", "DATE", "1230-10-04")],
        ),
        ("St Anne's Day 1540 was wet.", [("St Anne's Day 1540", "DATE", "1540-07-26")]),
    ],
)
def test_saints_days_of_the_medieval_calendar(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected
