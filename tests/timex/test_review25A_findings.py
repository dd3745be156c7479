"""A second reader's review of the rules the ninety-fifth and ninety-sixth blind news sets brought
(`tests/timex/test_blind_news_95_findings.py`, `tests/timex/test_blind_news_96_findings.py`): each row is a
sentence of our own where a rule read too much or too little, with rows the mend must leave alone.

- "Figures for end this year are due", "Results are due end this month", "as of end this year": "end"
  after a preposition or "due" is the modifier of the period, as after "by" and "at"; the rule that made
  "the deals end this year" a verb had dropped END there ("is set to end next month" stays the verb).
- "In 2015 the mill was sold. The buyers planned to shut it in May": a plan told in the past ("planned
  to", "hoped to") is a future seen from the year told, as "would" is; the rule that brings a present or
  future clause back to the writer's time had taken it to the next May after the DCT.
- "Unions warned that if by noon no deal had been reached, they would walk out": a past perfect after a
  time a condition opens is the condition's, on the day ahead; the rule that puts "By noon, 90 trains had
  been cancelled" on the writer's day had moved it there.
- "The firm lost $2m last quarter, most of it in June", "took 300 pupils last term": "last" leads the
  quarter, the term, the decade as it leads the year; the tense reader still read the verb "to last" there
  and gave "June" a present tense.
- "Hi Sam, Two weeks ago I lost my job", "Dear all, ...", "My dear Sir, ...", "DEAR SUSAN, ...": a
  salutation opens a letter however it greets and whatever the case of its words; only "Dear" and a
  capitalised name had been read (and the word lived in a regex in grammar.py, not in the lexicon).
- "at a Hogmanay party ... Shortly after 2 a.m.": Hogmanay is an eve, as New Year's Eve is; the small hours
  after it are on 1 January.
- "The train left the station two hours late on Friday", "landed at the airport 50 minutes early",
  "left Gatwick for Malaga two hours late", "The ship docked two hours late": a place named with "the", a
  destination after the place, and a verb of docking or reaching make "late" the margin as a capitalised
  place did; after a form of "be" and "the" ("Rescuers were at the scene 12 hours late Monday") the count
  is how long they stayed, and "late Monday" stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE
WEDNESDAY = date(2023, 5, 10)
TUESDAY = date(2021, 3, 2)
THURSDAY = date(2011, 2, 10)
JUNE_TUESDAY = date(2011, 6, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figures for end this year are due.", [("end this year", "2023", "END")]),
        ("Results are due end this month.", [("end this month", "2023-05", "END")]),
        ("The fund was worth less as of end next month.", [("end next month", "2023-06", "END")]),
        # the verb, as the blind set's rule reads it
        ("The plan is set to end next month.", [("next month", "2023-06", None)]),
        ("Most of the cheap loans end this year.", [("this year", "2023", None)]),
    ],
)
def test_end_after_a_preposition_is_the_modifier(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2015 the bakery was sold. The buyers planned to shut it in May.",
            [("2015", "DATE", "2015"), ("May", "DATE", "2015-05")],
        ),
        (
            "In 2016 the pool was closed. The council hoped to reopen it in October.",
            [("2016", "DATE", "2016"), ("October", "DATE", "2016-10")],
        ),
        # the writer's own plan still comes back to the writer's time
        (
            "In 2015 the bakery was sold. I am planning to move in May.",
            [("2015", "DATE", "2015"), ("May", "DATE", "2021-05")],
        ),
    ],
)
def test_plan_told_in_the_past_stays_in_the_year_told(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The walkout starts on Thursday. Unions warned that if by noon no deal had been reached, they "
            "would stay out.",
            [("Thursday", "DATE", "2011-06-16"), ("noon", "TIME", "2011-06-16T12:00")],
        ),
        # no condition: what had happened by the hour has happened, on the writer's day
        (
            "The walkout ends at 5am on Thursday. By 10am, 40 buses had been taken off the road.",
            [
                ("5am", "TIME", "2011-06-16T05:00"),
                ("Thursday", "DATE", "2011-06-16"),
                ("10am", "TIME", "2011-06-14T10:00"),
            ],
        ),
    ],
)
def test_past_perfect_in_a_condition_stays_on_the_day_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, JUNE_TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm lost 2 million dollars last quarter, most of it in June.",
            [("last quarter", "DATE", "2010-Q4"), ("June", "DATE", "2010-06")],
        ),
        ("The school took 300 pupils last term, most of them in June.", [("June", "DATE", "2010-06")]),
        # the verb with its length stays a verb
        (
            "Good tyres last a year, and most wear out in June.",
            [("a year", "DURATION", "P1Y"), ("June", "DATE", "2011-06")],
        ),
    ],
)
def test_last_before_a_quarter_or_term_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Sam, Two weeks ago I lost my job.", [("Two weeks ago", "DATE", "2021-W07")]),
        ("Dear all, Two weeks ago the office moved.", [("Two weeks ago", "DATE", "2021-W07")]),
        ("My dear Sir, Three years ago I retired.", [("Three years ago", "DATE", "2018")]),
        ("DEAR SUSAN, Two years ago my husband left.", [("Two years ago", "DATE", "2019")]),
        # no salutation: a capitalised count after a comma is a title's
        ("We saw Lost, Ten Years Later at the film club.", []),
    ],
)
def test_any_salutation_opens_the_letter_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1987 the crew gathered at a Hogmanay party in Leith. Shortly after 2 a.m. the lights went out.",
            [
                ("1987", "DATE", "1987"),
                ("Hogmanay", "DATE", "1987-12-31"),
                ("2 a.m.", "TIME", "1988-01-01T02:00"),
            ],
        ),
        (
            "In 1987 the crew gathered at a New Year's Eve party in Leith. Shortly after 2 a.m. the lights "
            "went out.",
            [
                ("1987", "DATE", "1987"),
                ("New Year's Eve", "DATE", "1987-12-31"),
                ("2 a.m.", "TIME", "1988-01-01T02:00"),
            ],
        ),
    ],
)
def test_hogmanay_is_an_eve(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The train left the station two hours late on Friday.",
            [("two hours", "DURATION", "PT2H"), ("Friday", "DATE", "2011-06-10")],
        ),
        (
            "The plane landed at the airport 50 minutes early yesterday.",
            [("50 minutes", "DURATION", "PT50M"), ("yesterday", "DATE", "2011-06-13")],
        ),
        (
            "The flight left Gatwick for Malaga two hours late on Friday.",
            [("two hours", "DURATION", "PT2H"), ("Friday", "DATE", "2011-06-10")],
        ),
        (
            "The ship docked two hours late on Monday.",
            [("two hours", "DURATION", "PT2H"), ("Monday", "DATE", "2011-06-13")],
        ),
        # how long they stayed, then the end of the day
        (
            "Rescuers were at the scene 12 hours late Monday.",
            [("12 hours", "DURATION", "PT12H"), ("late Monday", "DATE", "2011-06-13")],
        ),
        (
            "Firefighters battled the blaze at Euston 12 hours late Monday.",
            [("12 hours", "DURATION", "PT12H"), ("late Monday", "DATE", "2011-06-13")],
        ),
    ],
)
def test_margin_after_a_place_named_any_way(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, JUNE_TUESDAY, NEWS) == expected
