"""Rules added after the twenty-first blind narrative set (`data/gold/timex/blind_narrative_21.jsonl`,
histories of a football club, a university, a newspaper and a car maker) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "a record that still stands today": an adverb between "that" or "which" and a form that may be a
  noun or a verb ("stands", "plans") makes the form the relative clause's verb (no adverb comes between
  a determiner and its noun), so a present-tense "today" there is the writer's now.
- "The new term begins on Monday", in a history whose last date is a year: a story told by years or
  months has no week for a weekday ahead to fall in, so the weekday is the writer's.
- "the academic year 1968-69", "the school year 2001-02": a school's year across two calendar years is
  named by the one it ends in, as a financial year is.
- "the 2004-05 season", "the 2013/14 season": a sports season named by its years is not tagged.
- "a Sunday edition": a weekday naming a kind of edition published on that day of every week is no date.
- "the first century of the college": an ordinal century of a thing's own life counts its years, not
  the calendar's; "the first century of the Christian era" is still the calendar's.
- "Since 2012 Rovers have been owned by": a capitalised name after a year is no noun counted by it.
- "for the 1955 model year": a maker's year of models is named by its number, as a fiscal year is.
- "The trust plans to rebuild it, with work due to begin in the summer": a plan told in the present
  ("plans to", "expects to") is the writer's, so its season or month lies ahead of the DCT; a bare
  present ("In March the cinema closes") may be the story's own and still follows it.
- "income reached £96 million in 2017-18": a sum of money told for two consecutive years' parts is one
  year of account, named by the year it ends in.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2016, 4, 14)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge opened in 1932. A toll that still stands today was set the same year.",
            [("1932", "DATE", "1932"), ("today", "DATE", "2016-04-14"), ("the same year", "DATE", "1932")],
        ),
        (
            "The orchestra first played in 1911, in a hall which still houses it today.",
            [("1911", "DATE", "1911"), ("today", "DATE", "2016-04-14")],
        ),
        # no adverb: "that" may be the determiner of a noun, and the story's past governs
        (
            "The mill was sold in 1907. That year its owners built a school.",
            [("1907", "DATE", "1907"), ("That year", "DATE", "1907")],
        ),
    ],
)
def test_an_adverb_after_that_makes_the_ambiguous_form_a_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The library was rebuilt in 1987 and extended in 2009. The reading room reopens on Saturday.",
            [("1987", "DATE", "1987"), ("2009", "DATE", "2009"), ("Saturday", "DATE", "2016-04-16")],
        ),
        (
            "The society held its first show in May 1950. This year's show opens on Tuesday.",
            [
                ("May 1950", "DATE", "1950-05"),
                ("This year", "DATE", "2016"),
                ("Tuesday", "DATE", "2016-04-19"),
            ],
        ),
        # a story told day by day keeps its own week
        (
            "The fleet left port on Thursday, 3 June 1802. It reaches the cape on Saturday.",
            [("Thursday, 3 June 1802", "DATE", "1802-06-03"), ("Saturday", "DATE", "1802-06-05")],
        ),
    ],
)
def test_a_weekday_ahead_in_a_story_told_by_years_is_the_writers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fees were first charged in the academic year 1979-80.",
            [("the academic year 1979-80", "DATE", "1980")],
        ),
        ("Enrolment fell in the school year 2001-02.", [("the school year 2001-02", "DATE", "2002")]),
        ("The 1993-94 academic year began late.", [("1993-94", "DATE", "1994")]),
        ("The college reopened in the academic year 1946.", [("the academic year 1946", "DATE", "1946")]),
    ],
)
def test_an_academic_year_is_named_by_the_year_it_ends_in(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("United were relegated at the end of the 1987-88 season.", []),
        ("Crowds rose in the 2013/14 season and again in 2015.", [("2015", "DATE", "2015")]),
        ("She played in four seasons, the 1999-2000 seasons among them.", []),
        # outside sport a span of years is two years
        ("A long strike in 1984-85 closed the pits.", [("1984", "DATE", "1984"), ("85", "DATE", "1985")]),
    ],
)
def test_a_sports_season_named_by_its_years_is_not_tagged(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Sunday edition was added in 1921.", [("1921", "DATE", "1921")]),
        ("The paper dropped its Saturday supplement in 2003.", [("2003", "DATE", "2003")]),
        ("The story ran on Sunday.", [("Sunday", "DATE", "2016-04-10")]),
    ],
)
def test_a_weekday_naming_a_weekly_edition_is_no_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first century of the abbey was one of growth.", []),
        ("Its second century of its history was quieter.", []),
        ("Trade grew in the first century of the Christian era.", [("the first century", "DATE", "00")]),
        ("The town grew in the 19th century.", [("the 19th century", "DATE", "18")]),
    ],
)
def test_an_ordinal_century_of_a_things_life_is_not_the_calendars(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since 2009 Wanderers have played at the old brewery ground.", [("2009", "DATE", "2009")]),
        ("In 1998 Democrats lost the seat.", [("1998", "DATE", "1998")]),
        # a lower-case plural after a number is still counted
        ("The hall seats 1200 visitors.", []),
    ],
)
def test_a_capitalised_name_after_a_year_is_not_counted(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the 1962 model year the coupe got disc brakes.", [("the 1962 model year", "DATE", "1962")]),
        ("The 1971 model year was its last.", [("The 1971 model year", "DATE", "1971")]),
        ("The 1971 model was its last.", [("1971", "DATE", "1971")]),
    ],
)
def test_a_model_year_is_named_by_its_number(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its grant income rose to £41 million in 2009-10.", [("2009-10", "DATE", "2010")]),
        ("The trust spent $3.5m in 1998-99 on repairs.", [("1998-99", "DATE", "1999")]),
        # no sum: two years; and a war's years are no year of account
        ("Membership rose in 2009-10.", [("2009", "DATE", "2009"), ("10", "DATE", "2010")]),
        ("It cost £2 million in 1939-45.", [("1939", "DATE", "1939"), ("45", "DATE", "1945")]),
    ],
)
def test_a_sum_told_for_a_span_of_two_years_is_a_year_of_account(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier reopened in June 2011. The council plans to repaint it, with work due to start in the autumn.",
            [("June 2011", "DATE", "2011-06"), ("the autumn", "DATE", "2016-FA")],
        ),
        (
            "The mill closed in 1998. The owner expects to sell the site in May.",
            [("1998", "DATE", "1998"), ("May", "DATE", "2016-05")],
        ),
        # a past plan follows the story
        (
            "The mill closed in March 1998. The owner hoped to sell the site in May.",
            [("March 1998", "DATE", "1998-03"), ("May", "DATE", "1998-05")],
        ),
    ],
)
def test_a_plan_told_in_the_present_is_the_writers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, kind=NARRATIVE) == expected
