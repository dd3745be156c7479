"""Second reading of the news rules of the ninety-second and ninety-third blind news sets and the twentieth
leftovers pass: each row is a sentence of our own showing a look-alike a rule took too, with the mend.

- "The 2026 World Cup draw will be held on December 5": an event named by its year gives its year only to
  the dates of a sentence whose subject it is, its verb next; a noun after the name ("draw", "bid") heads a
  subject of its own, and a past or a perfect told before the event's year ("has been discussed since
  October"), or a reporting clause between ("the chairman said in an interview on March 2"), is no date of
  that year.
- "Since 1812 they had kept a ledger": the past perfect that lets an undated story's "since <year>" move
  the story is looked for in the whole sentence, after the year too.
- "He won with Strategy 1950 points", "the Plan 2000 model": a count after a plan's name, and the nouns that
  name products as often as plans, are no year.
- "Exports were up on last year in September": a year a figure is compared with does not take the month
  told right after it.
- "Every year ..., and this year the weekend after Easter brought record crowds": a sentence naming one
  year keeps its tied weekend a date.
- "The company is expected to hire 500 workers over the next decade": a present forecast is a plan ahead as
  "will" is, costed or not.
- "Christmas was busier than the same period last year": a comparison further back than the word before
  "last year" keeps the feast just gone.
- "All Saturday matches were postponed", "Sunday fixtures will go ahead": a fixture list's slot is no date
  only when counted ("two Sunday matches") or told in the present ("Friday fixtures are shown live").
- "rejected the reform in a Sunday referendum", "won a Sunday election": a weekday after "a" before a noun
  of an occasion is a kind of occasion only when told in general or as not held ("a Sunday inauguration
  is held privately", "had hoped for a Saturday wedding", "was ruled out"); a held one keeps its day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

JUNE_2025 = date(2025, 6, 10)
DECEMBER_2025 = date(2025, 12, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ZURICH (Reuters) - FIFA met on Tuesday.\n\nThe 2026 World Cup draw will be held on December 5.",
            [
                ("Tuesday", "DATE", "2025-06-10"),
                ("2026", "DATE", "2026"),
                ("December 5", "DATE", "2025-12-05"),
            ],
        ),
        (
            "MILAN (Reuters) - Officials met on Tuesday.\n\nThe 2026 Winter Olympics in Milan sold out in January.",
            [("Tuesday", "DATE", "2025-06-10"), ("2026", "DATE", "2026"), ("January", "DATE", "2025-01")],
        ),
        (
            "ZURICH (Reuters) - FIFA met on Tuesday.\n\nThe 2030 World Cup, which six countries will share, has"
            " been discussed since October.",
            [("Tuesday", "DATE", "2025-06-10"), ("2030", "DATE", "2030"), ("October", "DATE", "2024-10")],
        ),
        # the event itself as the subject keeps its year, whatever tense its bare verb is read in
        (
            "PARIS (AP) - The Games ended on Tuesday.\n\nThe 2028 Games there run from July 14 to July 30.",
            [
                ("Tuesday", "DATE", "2025-06-10"),
                ("2028", "DATE", "2028"),
                ("July 14", "DATE", "2028-07-14"),
                ("July 30", "DATE", "2028-07-30"),
            ],
        ),
        (
            "The 2028 Games will run from July 14 to July 30.",
            [("2028", "DATE", "2028"), ("July 14", "DATE", "2028-07-14"), ("July 30", "DATE", "2028-07-30")],
        ),
    ],
)
def test_event_named_by_its_year_as_the_subject_only(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, JUNE_2025) == expected


def test_reporting_clause_after_an_event_named_by_its_year() -> None:
    text = (
        "ZURICH (Reuters) - FIFA met on Tuesday.\n\nThe 1994 World Cup was the most watched ever, the chairman"
        " said in an interview published on March 2."
    )
    assert typed(text, date(2022, 6, 10))[-1] == ("March 2", "DATE", "2022-03-02")


def test_since_year_with_a_past_perfect_after_it_in_an_undated_story() -> None:
    text = (
        "The Hartley family farmed the valley from 1790. Since 1812 they had kept a ledger of every harvest."
        " In March the river flooded."
    )
    assert typed(text, None)[-1] == ("March", "DATE", "1812-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won with Strategy 1950 points.", []),
        ("Buy the Plan 2000 model for $300.", []),
        ("Budget 2024: what it means for you", [("2024", "DATE", "2024")]),
    ],
)
def test_plan_named_by_its_year_look_alikes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2024, 10, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports were up on last year in September, the ministry said.",
            [("last year", "DATE", "2024"), ("September", "DATE", "2025-09")],
        ),
        (
            "Prices were 5 percent higher than last year in May.",
            [("last year", "DATE", "2024"), ("May", "DATE", "2025-05")],
        ),
        (
            "Last year, in May, the plant closed.",
            [("Last year", "DATE", "2024"), ("May", "DATE", "2024-05")],
        ),
    ],
)
def test_year_compared_with_keeps_the_month_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DECEMBER_2025) == expected


def test_yearly_habit_sentence_naming_one_year() -> None:
    text = (
        "Every year the town has held its fair on the weekend after Easter, and this year the weekend after"
        " Easter brought record crowds."
    )
    found = typed(text, date(2025, 5, 8))
    assert [row for row in found if row[0] == "the weekend"] == []


def test_present_forecast_over_the_next_decade_uncosted() -> None:
    assert typed("The company is expected to hire 500 workers over the next decade.", date(2022, 2, 4)) == [
        ("the next decade", "DURATION", "P10Y")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Christmas was busier than the same period last year.",
            [("Christmas", "DATE", "2025-12-25"), ("last year", "DATE", "2024")],
        ),
        (
            "Christmas trading was 4 percent ahead of the level seen last year.",
            [("Christmas", "DATE", "2025-12-25"), ("last year", "DATE", "2024")],
        ),
        (
            "Halloween was a Friday last year.",
            [
                ("Halloween", "DATE", "2024-10-31"),
                ("Friday", "DATE", "2025-12-26"),
                ("last year", "DATE", "2024"),
            ],
        ),
    ],
)
def test_feast_compared_with_last_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2025, 12, 29)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON (Reuters) - Snow hit Britain on Monday.\n\nAll Saturday matches were postponed because of the"
            " snow.",
            [("Monday", "DATE", "2022-02-07"), ("Saturday", "DATE", "2022-02-05")],
        ),
        (
            "LONDON (Reuters) - Snow hit Britain on Monday.\n\nSunday fixtures will go ahead.",
            [("Monday", "DATE", "2022-02-07"), ("Sunday", "DATE", "2022-02-13")],
        ),
        ("There are two Sunday matches in each round.", []),
    ],
)
def test_one_days_fixtures_are_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2022, 2, 7)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Italian voters rejected the reform in a Sunday referendum, results showed on Monday.",
            [("Sunday", "DATE", "2016-12-04"), ("Monday", "DATE", "2016-12-05")],
        ),
        ("The opposition won a Sunday election by a wide margin.", [("Sunday", "DATE", "2016-12-04")]),
        ("To avoid a Sunday vote, the poll was moved.", []),
        ("A Saturday wedding costs more than a weekday one.", []),
        ("A Sunday coronation was ruled out.", []),
    ],
)
def test_occasion_after_a_weekday_held_or_told_in_general(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2016, 12, 5)) == expected
