"""Rules added after the blind features set (`data/gold/timex/blind_features.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "Ten years ago this week", "a year ago today", "fifty years ago this month": one expression, the same
  week (day, month) of that earlier year.
- "Ten years on, ..." counts forward as "ten years later" does; told in the present tense, the count
  ends at the writer's now. "on" counts only before a pause or "from" ("two days on the island" is a stay).
- A period opening its sentence as the subject of a verb ("The year opened in grief", "The week is not
  over"), or named by a cleft ("It was the year the rivers ran dry"), is the period in context; "The
  year ended with a fire" is then a verb, not the fiscal "the year ended June 30".
- A headline line "2023 in science: ..." names the year.
- "is due to launch in October", "is scheduled to reopen in October": a date set in advance lies ahead
  however far, as after "will"; a past verb whose own object and phrases lead to a date in "on"/"in"
  ("struck the coast at 4 a.m. on Feb. 6") dates its event in the past however far, while a date after
  another verb ("agreed to buy it in January") or a scheduling verb ("set a hearing for May 2") may lie
  ahead.
- In news, a past-tense clause joined by "and" to a clause that names a year long before the DCT goes on
  in that year ("sealed in the autumn of 2004, and ... laid off just before Christmas").
- In a story, days counted on ("Three days later") count from the day last told, not from a year years
  before it that the text glanced back to ("half as many people as in 1950"), which has no day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2014, 5, 17)
FRIDAY_IN_DECEMBER = date(2023, 12, 29)
WEDNESDAY = date(2019, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten years ago this week, the old bridge over the estuary fell into the water.",
            [("Ten years ago this week", "DATE", "2004-W20")],
        ),
        ("A year ago today, the reservoir burst its banks.", [("A year ago today", "DATE", "2013-05-17")]),
        (
            "Fifty years ago this month, the first ferry crossed to the island.",
            [("Fifty years ago this month", "DATE", "1964-05")],
        ),
        ("Three years ago, the library closed.", [("Three years ago", "DATE", "2011")]),
    ],
)
def test_ago_then_this_week_is_the_same_week_years_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten years on, the harbour is busy again.", [("Ten years on", "DATE", "2014")]),
        (
            "Five years on from the fire, the mill still stands empty.",
            [("Five years on", "DATE", "2014")],
        ),
        (
            "The mill burned down in 1990. Ten years on, a school had been built on the site.",
            [("1990", "DATE", "1990"), ("Ten years on", "DATE", "2000")],
        ),
        ("The crew spent two days on the island.", [("two days", "DURATION", "P2D")]),
        (
            "The crews work three days on, three days off.",
            [("three days", "DURATION", "P3D"), ("three days", "DURATION", "P3D")],
        ),
    ],
)
def test_years_on_before_a_pause_counts_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The year opened with a strike at the docks.", [("The year", "DATE", "2023")]),
        ("Markets were calm. The week is not over yet.", [("The week", "DATE", "2023-W52")]),
        (
            "In March 1850 the river flooded the town. The year ended with a fire in the mill.",
            [("March 1850", "DATE", "1850-03"), ("The year", "DATE", "1850")],
        ),
        (
            "Net income for the year ended June 30 rose 5%.",
            [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2023-06-30")],
        ),
        ("The year that followed was calm.", []),
        ("It was the year the rivers ran dry.", [("the year", "DATE", "2023")]),
        (
            "In 1968 the students marched. It was the year everything changed.",
            [("1968", "DATE", "1968"), ("the year", "DATE", "1968")],
        ),
        ("It was the year before the war.", []),
    ],
)
def test_a_period_opening_its_sentence_as_subject_is_the_one_in_context(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY_IN_DECEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019 in review: the storms, the strikes and the election", [("2019", "DATE", "2019")]),
        ("The year in pictures\n2021 in sport\n\nIt was a long season.", [("2021", "DATE", "2021")]),
        ("1500 in cash was taken from the till.", []),
    ],
)
def test_a_headline_year_in_a_topic_is_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY_IN_DECEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new probe is due to launch in October.", [("October", "DATE", "2024-10")]),
        ("The museum is scheduled to reopen in October.", [("October", "DATE", "2024-10")]),
        (
            "The storm struck the coast at 4 a.m. on Feb. 6 and flooded hundreds of homes.",
            [("4 a.m.", "TIME", "2023-02-06T04:00"), ("Feb. 6", "DATE", "2023-02-06")],
        ),
        (
            "The ferry ran aground on a sandbank off the point in February.",
            [("February", "DATE", "2023-02")],
        ),
        (
            "The bank announced an agreement to acquire the lender in January.",
            [("January", "DATE", "2024-01")],
        ),
        (
            "The judge set a hearing for 10 a.m. on Jan. 8.",
            [("10 a.m.", "TIME", "2024-01-08T10:00"), ("Jan. 8", "DATE", "2024-01-08")],
        ),
    ],
)
def test_the_far_side_of_a_tense_yields_only_where_the_verb_does_not_date_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY_IN_DECEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pit was sealed in the autumn of 2004, and its miners were laid off just before Christmas.",
            [("the autumn of 2004", "DATE", "2004-FA"), ("Christmas", "DATE", "2004-12-25")],
        ),
        (
            "The pit was sealed in 2004, and the village will hold a service at Christmas.",
            [("2004", "DATE", "2004"), ("Christmas", "DATE", "2019-12-25")],
        ),
        (
            "The pit closed in 2004. Its last miners were laid off before Christmas.",
            [("2004", "DATE", "2004"), ("Christmas", "DATE", "2018-12-25")],
        ),
        (
            "Sales fell in 2018, and rose again in March.",
            [("2018", "DATE", "2018"), ("March", "DATE", "2019-03")],
        ),
    ],
)
def test_a_past_clause_joined_to_a_year_long_past_goes_on_in_that_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm struck on 10 May 2009. The town had half as many people as in 1950. "
            "Three days later, the mayor called a meeting.",
            [
                ("10 May 2009", "DATE", "2009-05-10"),
                ("1950", "DATE", "1950"),
                ("Three days later", "DATE", "2009-05-13"),
            ],
        ),
        (
            "The storm struck on 10 May 2009. Its chapel had been built in 1950. A week later, the mayor resigned.",
            [
                ("10 May 2009", "DATE", "2009-05-10"),
                ("1950", "DATE", "1950"),
                ("A week later", "DATE", "2009-W20"),
            ],
        ),
        (
            "The storm struck on 10 May 2009. In 2012 the school reopened. Three years later, it closed.",
            [
                ("10 May 2009", "DATE", "2009-05-10"),
                ("2012", "DATE", "2012"),
                ("Three years later", "DATE", "2015"),
            ],
        ),
    ],
)
def test_days_counted_on_skip_a_year_glanced_back_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
