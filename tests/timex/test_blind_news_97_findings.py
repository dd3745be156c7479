"""Rules added after the ninety-seventh blind news set (`data/gold/timex/blind_news_97.jsonl`, farming,
weather-and-crops and commodity news) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "July oats slipped 3 cents", "the most-active March wheat contract", "May corn gained": a month right
  before goods traded ahead is a contract's month, a noun even when it is "May" or "March" opening a
  sentence, and with a price or a contract later in its sentence it is the month still to come, as "for
  May delivery" is; "May farmers sow early?" stays the modal, and a month before a crop with no price
  after it keeps its tense.
- "Sugar output in the 2024/25 season fell", "176 million tonnes of soybeans in the 2025/26 season": a
  season of two years in a sentence about crops is a crop's year of account, named by the year it ends in
  as a marketing year is; a club's, a network's or a ship's season of two years stays untagged.
- "the March-to-May rains", "a June-to-September monsoon": two months joined by "-to-" make each other
  months and a range, as two joined by a dash do.
- "will hear whether they have been successful by the end of July": a present perfect asked about under a
  future verb is done by a time still ahead; "asked whether he had been paid" stays in the past.
- "Milk output usually peaks in May and is at its lowest in the autumn": a verb joined by "and" to one
  made a habit shares its subject and its adverb of what is usual; a new subject after "and" does not.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2026, 3, 18)
MONDAY = date(2019, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "March wheat fell 4 cents to $5.31 a bushel.",
            [("March", "DATE", "2026-03")],
        ),
        (
            "May oats gained 3 cents on the day.",
            [("May", "DATE", "2026-05")],
        ),
        (
            "The most-active May soybean contract settled 6 cents higher.",
            [("May", "DATE", "2026-05")],
        ),
        ("July cotton slipped 40 cents a pound.", [("July", "DATE", "2026-07")]),
        # the modal and the name stay what they were
        ("May farmers sow early?", []),
        ("Theresa May said no.", []),
        # a month before a crop with no price after it keeps its tense
        ("In May wheat sowing was late in the north.", [("May", "DATE", "2025-05")]),
    ],
)
def test_contract_month_before_traded_goods(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sugar output in the 2024/25 season fell by a tenth.", [("2024/25", "DATE", "2025")]),
        (
            "Growers expect to harvest 61 million bags of coffee in the 2026/27 season.",
            [("2026/27", "DATE", "2027")],
        ),
        # a club's, a network's or a ship's season stays untagged
        ("He scored 17 league goals in the 2018/19 season.", []),
        ("The most-watched new series of the 2024/25 season returns.", []),
        ("The ship will spend the 2027/28 season in the Caribbean.", []),
    ],
)
def test_crop_season_of_two_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters expect the March-to-May rains to be heavy.",
            [("March", "DATE", "2026-03"), ("May", "DATE", "2026-05")],
        ),
        (
            "The June-to-September monsoon brought floods.",
            [("June", "DATE", "2025-06"), ("September", "DATE", "2025-09")],
        ),
        # a hyphenated phrase that is no second month stays untagged
        ("The May-to-be bride left early.", []),
    ],
)
def test_months_joined_by_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bidders will learn whether they have won by the end of June.",
            [("the end of June", "DATE", "2019-06")],
        ),
        ("The board will decide if it has met its target by September.", [("September", "DATE", "2019-09")]),
        # a past perfect asked about in the past stays in the past
        (
            "They asked whether he had been paid by the end of January.",
            [("the end of January", "DATE", "2019-01")],
        ),
        ("He has been paid since January.", [("January", "DATE", "2019-01")]),
    ],
)
def test_present_perfect_asked_under_a_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lambing usually starts in March and is over by the summer.",
            [("March", "DATE", "XXXX-03"), ("the summer", "DATE", "XXXX-SU")],
        ),
        (
            "The river generally floods in February and is lowest in August.",
            [("February", "DATE", "XXXX-02"), ("August", "DATE", "XXXX-08")],
        ),
        # a new subject after "and" starts a clause of its own
        (
            "Output usually peaks in May, and prices are lowest in June.",
            [("May", "DATE", "XXXX-05"), ("June", "DATE", "2019-06")],
        ),
        (
            "Sales fell in May and are expected to recover in the autumn.",
            [("May", "DATE", "2018-05"), ("the autumn", "DATE", "2019-FA")],
        ),
    ],
)
def test_habit_shared_by_and(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
