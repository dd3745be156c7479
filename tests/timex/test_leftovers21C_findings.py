"""Rules for errors left alone by earlier rounds (anchoring, finding and clock times): each row is a
sentence of our own showing the general English usage behind one finding, with rows where the rule must
not apply.

- "The fair opened on the Saturday after 1 May 2023", "the Monday before July 4": a weekday after or
  before a date is the first such weekday after or before that date, one expression, as "the Sunday
  after Trinity" is.
- "between 8 and 8.30pm", "from 8:30 to 8:45pm": the close's minutes count, so an opening hour on the
  close's own hour shares its half of the day.
- "We had breakfast at 7.30 and left at 8.15": a dotted one-digit hour after "at" closing its clause is a
  clock time after a verb of setting off or arriving, or a thing held at an hour; "the pound was at 1.25."
  and "shares closed at 7.30," stay amounts.
- "The ferry sails at 2215 and docks at 0630": a morning arrival after an evening clock time in its
  sentence is the next morning's.
- "In 1912 the crew were to sail on 9 August. A gale blew all that week": "that" points to the day a plan
  named when the story has no day of its own.
- "offices in March Street", "a flat on June Terrace": a month before a street noun is a street's name.
- "Crowds come every spring, and this year the first weekend of June was wet": a year counted from now
  opening a clause after "and" frames its months as one opening a sentence does.
- "In 1921 he moved to Leeds. That day he rose early": the story's day in a year it gave no day of is
  unnamed (1921-XX-XX), as "that morning" is.
- "In 1349 only three lived through the year": "through the year" after a year just named is that year.
- "The admiral's letter, written three days earlier, reached the Admiralty": an aside opened by an
  irregular participle ("written", "sent", "begun") does not move the story.
- "Shares closed at 1450, down from 0950": four digits with a change from another level are figures.
- "Officials said 1200 was a fair estimate of the crowd": a number said to be an estimate or a figure is
  a count, not a year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The craft fair opened on the Saturday after 1 May 2023.",
            [("the Saturday after 1 May 2023", "DATE", "2023-05-06")],
        ),
        (
            "The vote fell on the Monday before July 4, 2019.",
            [("the Monday before July 4, 2019", "DATE", "2019-07-01")],
        ),
        (
            "We met on the Friday after 3 March.",
            [("the Friday after 3 March", "DATE", "2024-03-08")],
        ),
        # a yearly habit: a different day every year, the date tagged alone
        (
            "A wreath is laid every year on the Friday after 3 March.",
            [("every year", "SET", "P1Y"), ("3 March", "DATE", "XXXX-03-03")],
        ),
        # the date alone, and a weekday not counted from it
        (
            "The club met on Saturday, after 1 May 2023 had passed.",
            [("Saturday", "DATE", "2024-05-04"), ("1 May 2023", "DATE", "2023-05-01")],
        ),
    ],
)
def test_weekday_counted_from_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talk runs between 8 and 8.30pm on Friday.",
            [
                ("8", "TIME", "2024-05-10T20:00"),
                ("8.30pm", "TIME", "2024-05-10T20:30"),
                ("Friday", "DATE", "2024-05-10"),
            ],
        ),
        (
            "The bar serves food from 8:30 to 8:45pm.",
            [("8:30", "TIME", "2024-05-10T20:30"), ("8:45pm", "TIME", "2024-05-10T20:45")],
        ),
        # the morning close keeps the morning, and a later close in the other half keeps the morning open
        (
            "Drinks are served between 8 and 8.30am.",
            [("8", "TIME", "2024-05-10T08:00"), ("8.30am", "TIME", "2024-05-10T08:30")],
        ),
        (
            "The desk is staffed from 11 to 2 p.m.",
            [("11", "TIME", "2024-05-10T11:00"), ("2 p.m.", "TIME", "2024-05-10T14:00")],
        ),
    ],
)
def test_range_opening_on_the_closing_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We had breakfast at 7.30 and left at 8.15.",
            [("7.30", "TIME", "2024-05-10T07:30"), ("8.15", "TIME", "2024-05-10T08:15")],
        ),
        ("Breakfast is at 7.30.", [("7.30", "TIME", "2024-05-10T07:30")]),
        (
            "The ferry leaves Tobermory at 7.15 and takes two hours.",
            [("7.15", "TIME", "2024-05-10T07:15"), ("two hours", "DURATION", "PT2H")],
        ),
        # levels and prices, not clock times
        ("The pound was at 1.25.", []),
        ("Shares closed at 7.30, down from 7.90.", []),
        ("The shares were sold at 7.50.", []),
    ],
)
def test_dotted_hour_closing_its_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The night ferry sails at 2215 and docks at 0630.",
            [("2215", "TIME", "2024-05-10T22:15"), ("0630", "TIME", "2024-05-11T06:30")],
        ),
        (
            "On 3 May 1912 the Aurora left Hull at 9 p.m. and reached Bergen at 11 a.m.",
            [
                ("3 May 1912", "DATE", "1912-05-03"),
                ("9 p.m.", "TIME", "1912-05-03T21:00"),
                ("11 a.m.", "TIME", "1912-05-04T11:00"),
            ],
        ),
        # no arriving: the morning time stays on the day
        (
            "On 3 May 1912 the crew ate at 9 p.m. and had sailed at 6 a.m.",
            [
                ("3 May 1912", "DATE", "1912-05-03"),
                ("9 p.m.", "TIME", "1912-05-03T21:00"),
                ("6 a.m.", "TIME", "1912-05-03T06:00"),
            ],
        ),
    ],
)
def test_arrival_the_morning_after_an_evening(text: str, expected: list[tuple[str, str, str]]) -> None:
    kind = NEWS if text.startswith("The night") else NARRATIVE
    assert typed(text, FRIDAY, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1912 the crew were to sail on 9 August. A gale blew all that week.",
            [("1912", "DATE", "1912"), ("9 August", "DATE", "1912-08-09"), ("that week", "DATE", "1912-W32")],
        ),
        (
            "In 1912 the crew were to sail on 9 August. A gale blew all that month.",
            [("1912", "DATE", "1912"), ("9 August", "DATE", "1912-08-09"), ("that month", "DATE", "1912-08")],
        ),
        # a story on its own day keeps it: "That night" is the day the story is on, not the planned one
        (
            "On 2 March 1950 she met the agent, who said the ship was due to sail at noon on 4 March. That "
            "night someone broke into her flat.",
            [
                ("2 March 1950", "DATE", "1950-03-02"),
                ("noon", "TIME", "1950-03-04T12:00"),
                ("4 March", "DATE", "1950-03-04"),
                ("That night", "TIME", "1950-03-02TNI"),
            ],
        ),
    ],
)
def test_that_after_a_planned_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm has its offices in March Street.", []),
        ("She rents a flat on June Terrace now.", [("now", "DATE", "PRESENT_REF")]),
        # a month after its preposition, no street after it
        ("Prices fell in March. Street traders protested.", [("March", "DATE", "2024-03")]),
    ],
)
def test_month_naming_a_street(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crowds come every spring, and this year the first weekend of June was wet.",
            [
                ("every spring", "SET", "XXXX-SP"),
                ("this year", "DATE", "2024"),
                ("the first weekend of June", "DATE", "2024-W22-WE"),
            ],
        ),
        (
            "Crowds come every spring, but last year the first weekend of June was dry.",
            [
                ("every spring", "SET", "XXXX-SP"),
                ("last year", "DATE", "2023"),
                ("the first weekend of June", "DATE", "2023-W22-WE"),
            ],
        ),
        # the year's clause closed by a full stop: the next sentence's month goes by its tense
        (
            'He retired in 2001, and last year he wrote a memoir, "Tides." In March he read from it.',
            [("2001", "DATE", "2001"), ("last year", "DATE", "2023"), ("March", "DATE", "2024-03")],
        ),
    ],
)
def test_relative_year_opening_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1921 he moved to Leeds. That day he rose early.",
            [("1921", "DATE", "1921"), ("That day", "DATE", "1921-XX-XX")],
        ),
        (
            "In June 1921 he moved to Leeds. The same day he wrote home.",
            [("June 1921", "DATE", "1921-06"), ("The same day", "DATE", "1921-06-XX")],
        ),
        # a named day stays named
        (
            "On 4 June 1921 he moved to Leeds. That day he rose early.",
            [("4 June 1921", "DATE", "1921-06-04"), ("That day", "DATE", "1921-06-04")],
        ),
        (
            "In 1349 only three monks lived through the year.",
            [("1349", "DATE", "1349"), ("the year", "DATE", "1349")],
        ),
    ],
)
def test_unnamed_day_and_year_of_the_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 November 1805 the news reached London. The admiral's letter, written three days earlier, "
            "reached the Admiralty. The next day the city mourned.",
            [
                ("6 November 1805", "DATE", "1805-11-06"),
                ("three days earlier", "DATE", "1805-11-03"),
                ("The next day", "DATE", "1805-11-07"),
            ],
        ),
        (
            "On 2 May 1890 the works opened. The new hall, begun a year earlier, was finished. The next day "
            "the men struck.",
            [
                ("2 May 1890", "DATE", "1890-05-02"),
                ("a year earlier", "DATE", "1889"),
                ("The next day", "DATE", "1890-05-03"),
            ],
        ),
        # a series of past verbs moves the story
        (
            "On 6 November 1805 the fleet anchored. The fleet crossed the bay, sailed west two days later, and "
            "reached port. The next day the crews rested.",
            [
                ("6 November 1805", "DATE", "1805-11-06"),
                ("two days later", "DATE", "1805-11-08"),
                ("The next day", "DATE", "1805-11-09"),
            ],
        ),
    ],
)
def test_irregular_participle_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares closed at 1450, down from 0950.", []),
        ("Officials said 1200 was a fair estimate of the crowd.", []),
        # clock times and years stay
        (
            "The bar closed at 2300 and reopened at 0900.",
            [("2300", "TIME", "2024-05-10T23:00"), ("0900", "TIME", "2024-05-10T09:00")],
        ),
        ("He said 1999 was a total disaster for the club.", [("1999", "DATE", "1999")]),
    ],
)
def test_figures_not_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected
