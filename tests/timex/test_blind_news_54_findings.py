"""Rules added after the fifty-fourth blind news set (`data/gold/timex/blind_news_54.jsonl`, stories on
parliaments and legislatures) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "backdated to 2019": a verb that makes something count from a time leads a year after "to", as
  "dated to" does; "rose to 2019" is still an amount.
- "suspended for 10 sitting days": days counted only when a house sits are a length of days, as
  "working days" and "business days" are.
- "the measures expected on Wednesday include ...": a participle of expecting on a noun, with the
  clause's own verb right after the date, names what is looked for and gives no side of now ("analysts
  expected on Monday that ..." stays a finite past).
- "the first since 2017, when polls opened on 8 June": a "when" clause right after a year tells what
  happened in that year, so a date in it without a year is in that year, in news as in narrative.
- "the autumn statement", "the spring budget": a government's fiscal event named by its season; the
  article belongs to the noun and the time is the season alone, as in "the summer recess".
- "rises in 2014 will cost £50 million over the year": "over/during the year" after a year the sentence
  has just named is that year, as "the best quarter of the year" is; alone it is still the current year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2024, 3, 3)
SATURDAY = date(2024, 5, 25)
TUESDAY = date(2021, 9, 14)
MONDAY = date(2013, 12, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pay award for nurses will be backdated to 2019.", [("2019", "DATE", "2019")]),
        ("Backdated to 2016, the refunds reach most customers.", [("2016", "DATE", "2016")]),
        ("Its membership rose to 2019 after the merger.", []),
    ],
)
def test_a_year_after_backdated_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The member for Eastfield was suspended from the chamber for 12 sitting days.",
            [("12 sitting days", "DURATION", "P12D")],
        ),
        (
            "The committee has five sitting days left to finish the bill.",
            [("five sitting days", "DURATION", "P5D")],
        ),
    ],
)
def test_sitting_days_are_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the changes expected on Wednesday is a higher levy on sugary drinks.",
            [("Wednesday", "DATE", "2024-03-06")],
        ),
        (
            "The tax rises expected on Tuesday will fall mostly on landlords.",
            [("Tuesday", "DATE", "2024-03-05")],
        ),
        (
            "Most economists expected on Thursday that the bank would hold.",
            [("Thursday", "DATE", "2024-02-29")],
        ),
    ],
)
def test_an_expecting_participle_on_a_subject_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said on Friday that it was the first spring vote since 2011, when the count finished on 6 May.",
            [("Friday", "DATE", "2024-05-24"), ("2011", "DATE", "2011"), ("6 May", "DATE", "2011-05-06")],
        ),
        (
            "The bridge will close next week for the first time since 2009, when floods shut it on 19 November.",
            [
                ("next week", "DATE", "2024-W22"),
                ("2009", "DATE", "2009"),
                ("19 November", "DATE", "2009-11-19"),
            ],
        ),
        (
            "Voters have not turned out like this since 2011, and the count will finish on 6 June.",
            [("2011", "DATE", "2011"), ("6 June", "DATE", "2024-06-06")],
        ),
    ],
)
def test_a_when_clause_after_a_year_is_in_that_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The freeze was first announced in the autumn statement in November.",
            [("autumn", "DATE", "2023-FA"), ("November", "DATE", "2023-11")],
        ),
        ("The chancellor will update the forecasts in the spring budget.", [("spring", "DATE", "2024-SP")]),
        ("Further details will follow in the autumn.", [("the autumn", "DATE", "2024-FA")]),
    ],
)
def test_a_fiscal_event_named_by_its_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers said rises in 2014 would be capped, at a cost of about £40 million over the year.",
            [("2014", "DATE", "2014"), ("the year", "DATE", "2014")],
        ),
        (
            "In 2009 the plant shut down twice during the year.",
            [("2009", "DATE", "2009"), ("the year", "DATE", "2009")],
        ),
        ("Prices fell 3% over the year, the agency said.", [("the year", "DATE", "2013")]),
    ],
)
def test_the_year_after_a_year_just_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
