"""Rules added after the hundred-and-ninth blind news set (`data/gold/timex/blind_news_109.jsonl`, motoring,
car and road news: a hatchback's launch, a recall, new car registrations, petrol prices, a motor show, speed
cameras and fuel duty, a classic car auction, a motorway closure, a driving-test backlog, a road test) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "Sales rose in August, the twelfth monthly rise in a row", "the 14th weekly fall": any ordinal, spelled
  or in figures, before "daily", "weekly" or "monthly" and a noun counts a run of changes, each measured
  over that period, as "the third monthly drop in a row" already did; no time recurs. "Rents are paid
  monthly" and "the first monthly meeting is on Tuesday" keep their readings.
- "From April, cars built before 1980 will be exempt": a past participle right after the plural subject of
  the clause a date opens is no past tense of its own; the clause's "will" dates the opening month ahead.
  Without the "will" ("were exempt") the participle's past stands.
- "She has booked her test for January": a present perfect of arranging with "for" before the date fixes a
  time ahead of the booking, as the simple past "booked ... for" does; the past perfect ("had booked the
  hall for Friday, but") still tells an arrangement overtaken.
- "Peugeot has sold the 2008 since 2013", "we drove the 2019 for a week": "the" and a year with "since",
  "until", "for" or "with" right after it and no noun of its own is the name of a thing (English says "in
  2008" or "the 2008 crash"); "since the 2008 crash" and "the 2008 and 2012 results" stay years.
- "Dealers are pushing sales before the quarter closes": a quarter that a present verb of closing or
  ending follows is still running, the DCT's own; "Profits fell in the quarter" and "The quarter ended
  with a loss" keep the last completed one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2021, 9, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales rose 4% in August, the twelfth monthly rise in a row.",
            [("August", "DATE", "2021-08")],
        ),
        ("Exports fell for the 14th monthly decline running.", []),
        ("Attendance dipped again, its eleventh weekly fall.", []),
        # where the rule must not apply: a time that recurs, or an ordinal of a meeting's kind
        ("Rents are paid monthly in advance.", [("monthly", "SET", "P1M")]),
        ("The first monthly meeting is on Tuesday.", [("Tuesday", "DATE", "2021-09-14")]),
    ],
)
def test_ordinal_before_a_frequency_counts_a_run(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From April, cars built before 1980 will be exempt from the charge.",
            [("April", "DATE", "2022-04"), ("1980", "DATE", "1980")],
        ),
        (
            "From January, workers hired after 2019 will get the new pension.",
            [("January", "DATE", "2022-01"), ("2019", "DATE", "2019")],
        ),
        # where the rule must not apply: no "will", so the participle's past is the clause's
        (
            "From April, cars built before 1980 were exempt from the charge.",
            [("April", "DATE", "2021-04"), ("1980", "DATE", "1980")],
        ),
        ("In May, shops opened late and trade recovered.", [("May", "DATE", "2021-05")]),
    ],
)
def test_participle_after_subject_takes_the_clauses_will(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She passed in February and has booked her practical test for January.",
            [("February", "DATE", "2021-02"), ("January", "DATE", "2022-01")],
        ),
        ("They have booked a holiday for March.", [("March", "DATE", "2022-03")]),
        ("The club has booked the hall for Friday.", [("Friday", "DATE", "2021-09-10")]),
        # where the rule must not apply: a past perfect's arrangement overtaken, an act dated by its day
        (
            "The club had booked the hall for Friday, but the booking fell through.",
            [("Friday", "DATE", "2021-09-03")],
        ),
        ("The firm has fixed the boiler for $180 on Tuesday.", [("Tuesday", "DATE", "2021-09-07")]),
    ],
)
def test_present_perfect_arrangement_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peugeot has sold the 2008 since 2013.", [("2013", "DATE", "2013")]),
        ("We drove the 2019 for a week and liked it.", [("a week", "DURATION", "P1W")]),
        # where the rule must not apply: the year before its noun, or joined to another year
        (
            "Prices have doubled since the 2008 crash, and in 2008 they fell.",
            [("2008", "DATE", "2008"), ("2008", "DATE", "2008")],
        ),
        (
            "He compared the 2008 and 2012 results.",
            [("2008", "DATE", "2008"), ("2012", "DATE", "2012")],
        ),
        ("Fares were frozen until the 2024 review.", [("2024", "DATE", "2024")]),
    ],
)
def test_the_and_a_year_without_its_noun_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dealers are pushing sales before the quarter closes.", [("the quarter", "DATE", "2021-Q3")]),
        ("Bonuses are paid once the quarter ends.", [("the quarter", "DATE", "2021-Q3")]),
        # where the rule must not apply: a report of the quarter, or a past close
        ("Profits fell in the quarter, the company said.", [("the quarter", "DATE", "2021-Q2")]),
        ("The quarter ended with a loss.", [("The quarter", "DATE", "2021-Q2")]),
    ],
)
def test_a_quarter_still_closing_is_the_current_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
