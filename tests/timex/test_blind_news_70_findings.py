"""Rules added after the seventieth blind news set (`data/gold/timex/blind_news_70.jsonl`, technology,
start-up and video-game industry news) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "in Friday trading", "in Tuesday trading": markets trade Monday to Friday, so a working weekday before
  a market session noun is that day's session, not a service run every such day ("Sunday trading" stays
  shop opening).
- "Q2 of fiscal 2027", "Q3 of 2025", "H2 fiscal 2026": an analyst's quarter or half code with its year
  after "of" or "fiscal" is one expression, the quarter of that (fiscal) year.
- "a holiday 2026 release window", "slipped out of holiday 2025": a bare year after the trade season
  "holiday" is that year (the season itself is not tagged, as in "the 1998 holiday season").
- "the first laptops could ship in the fourth quarter", said in May: an unnegated "could" or "can" before
  a verb puts a quarter still to come this year ahead, not last year's.
- "Its racing game remains on track for October, and the company said ...": where no verb is found
  before the date, a comma, a coordinator and a new subject after it open another clause whose verb
  does not give the date its tense.
- "began at 6:12 a.m. on Tuesday, when a change made late Monday spread. It was fixed by 10:20 a.m.":
  the day a thing was made, told right after its noun and participle, is background; the report's clock
  times stay on its day.
- "a company whose fiscal year begins in October", "its financial year ends on March 31": the month or
  day an owner's year of account opens or closes is that of every year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2023, 3, 10)
WEDNESDAY = date(2021, 8, 18)
THURSDAY = date(2018, 4, 26)
MONDAY = date(2024, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank's shares slid 6 percent in Friday trading.", [("Friday", "DATE", "2023-03-10")]),
        ("Oil prices were steady in Tuesday trading in London.", [("Tuesday", "DATE", "2023-03-07")]),
        ("The council voted to allow Sunday trading.", []),
    ],
)
def test_a_working_weekday_before_a_market_session(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The studio expects to ship the game in Q2 of fiscal 2027.",
            [("Q2 of fiscal 2027", "DATE", "2027-Q2")],
        ),
        ("Deliveries rose sharply in Q3 of 2020.", [("Q3 of 2020", "DATE", "2020-Q3")]),
        ("Margins should recover in H2 fiscal 2022.", [("H2 fiscal 2022", "DATE", "2022-H2")]),
    ],
)
def test_a_quarter_code_with_its_year_after_of_or_fiscal(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sequel was moved out of its holiday 2021 release window.", [("2021", "DATE", "2021")]),
        ("The console is expected to be the big seller of holiday 2022.", [("2022", "DATE", "2022")]),
        ("Tickets for the Holiday 2000 tour sold out.", []),
    ],
)
def test_a_year_after_the_holiday_trade_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first headsets could ship in the fourth quarter, people familiar with the plans said.",
            [("the fourth quarter", "DATE", "2021-Q4")],
        ),
        (
            "Sales could rebound in the fourth quarter, analysts said.",
            [("the fourth quarter", "DATE", "2021-Q4")],
        ),
    ],
)
def test_a_possibility_in_a_quarter_still_to_come(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its flagship store remains on course for October, and the chain said two more would follow.",
            [("October", "DATE", "2018-10")],
        ),
        (
            "The new terminal stays on track for September, but the airport said costs had risen.",
            [("September", "DATE", "2018-09")],
        ),
    ],
)
def test_a_date_before_a_coordinated_clause_with_its_own_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trains stopped at 7:40 a.m. on Monday, when a software patch issued late Sunday failed. "
            "Services resumed at 9:15 a.m.",
            [
                ("7:40 a.m.", "TIME", "2024-06-03T07:40"),
                ("Monday", "DATE", "2024-06-03"),
                ("late Sunday", "DATE", "2024-06-02"),
                ("9:15 a.m.", "TIME", "2024-06-03T09:15"),
            ],
        ),
    ],
)
def test_the_day_a_thing_was_made_leaves_the_reports_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The retailer, whose fiscal year begins in February, reported a loss.",
            [("February", "DATE", "XXXX-02")],
        ),
        ("The group says its financial year ends on March 31.", [("March 31", "DATE", "XXXX-03-31")]),
    ],
)
def test_the_month_an_owners_year_of_account_opens(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
