"""Rules added after the thirty-seventh blind news set (`data/gold/timex/blind_news_37.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A plural weekday owned or given off recurs ("spent my Saturdays gardening", "gave staff Fridays off"),
  as "on Fridays" does; a count of such days ("took two Fridays off") is no set.
- A part of the day before "shift" names a kind of work ("before the morning shift", "the end of the
  evening shift"), not one morning or evening.
- A participle of sequence after a comma ("could begin in October, followed by strikes in November")
  adds the next step of the main clause and shares its tense; a participle with its own agent ("The
  plan, announced by the minister on Monday, would ...") still dates its own act.
- A bare month joined to a later month with a relative year ("in November and December last year")
  shares that year, as it shares a written year ("November and December 2020").
- "the week to Saturday", "the three months to June" after a verb of deferring ("had been postponed in
  the week to Saturday") close a reporting period: the day is not one something was put off to.
- In a monthly report, "from a month earlier" and "from a year earlier" compare with the month
  reported, even when earlier months were named since as a base ("from 3.9% in February") or as
  revisions ("revised its estimate for January and for February"); a look-back "over the past three
  months" does not make a report quarterly.
- "later in the month" in a clause told from now (present, future or present perfect: "has named more
  strike days later in the month") is the rest of the writer's month, not of a past month named before.
- In news, "that month" after the day of a statement ("..., the department said last Tuesday, and 4.3
  million quit that month") points back to the month the sentence named; "said last Tuesday" dates a
  statement as "said on Tuesday" does.
- What was done at a time told "weeks before" (or "before") a holiday puts the holiday after that time
  ("began promotions in early October, weeks before Thanksgiving").
- "the same day" in a future clause after a past day was named repeats the last day ahead told ("rises
  on April 1 ... was last raised on April 1, 2025 ... will raise theirs the same day").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2023, 8, 17)
TUESDAY = date(2008, 9, 23)
OCTOBER_TUESDAY = date(2021, 10, 19)
MONDAY = date(2016, 11, 21)
FRIDAY = date(2024, 4, 5)
SATURDAY = date(2018, 3, 10)
SUNDAY = date(2026, 3, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most of the shops gave their staff Fridays off in August.",
            [("Fridays", "SET", "XXXX-WXX-5"), ("August", "DATE", "2023-08")],
        ),
        ("He used to spend his Sundays fishing on the river.", [("Sundays", "SET", "XXXX-WXX-7")]),
        ("She took two Fridays off to visit her mother.", []),
        ("The engineers met the managers before the morning shift.", []),
        ("The fire started near the end of the evening shift.", []),
        ("The morning train was cancelled.", [("morning", "TIME", "2023-08-17TMO")]),
    ],
)
def test_owned_weekdays_recur_and_work_shifts_are_no_times(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A go-slow could begin in late October, followed by a national stoppage in November.",
            [("late October", "DATE", "2008-10"), ("November", "DATE", "2008-11")],
        ),
        (
            "The tour will open in Galway in May, followed by a run in Belfast in June.",
            [("May", "DATE", "2009-05"), ("June", "DATE", "2009-06")],
        ),
        (
            "The tour opened in Galway in May, followed by a run in Belfast in June.",
            [("May", "DATE", "2008-05"), ("June", "DATE", "2008-06")],
        ),
        (
            "The scheme, announced by the minister on Monday, would cost millions.",
            [("Monday", "DATE", "2008-09-22")],
        ),
    ],
)
def test_a_participle_of_sequence_shares_the_main_clause_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toy sales in November and December last year fell sharply.",
            [("November", "DATE", "2020-11"), ("December last year", "DATE", "2020-12")],
        ),
        (
            "The museum will close in May and June next year for repairs.",
            [("May", "DATE", "2022-05"), ("June next year", "DATE", "2022-06")],
        ),
    ],
)
def test_a_month_shares_the_relative_year_of_the_month_joined_to_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, OCTOBER_TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board said 90 routine scans had been postponed in the week to Saturday.",
            [("the week", "DURATION", "P1W"), ("Saturday", "DATE", "2016-11-19")],
        ),
        ("The final was postponed to Saturday because of snow.", [("Saturday", "DATE", "2016-11-26")]),
        (
            "The hearing was adjourned for two weeks to Friday.",
            [("two weeks", "DURATION", "P2W"), ("Friday", "DATE", "2016-11-25")],
        ),
    ],
)
def test_a_day_closing_a_period_is_not_a_day_put_off_to(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


def test_a_monthly_report_compares_with_the_month_reported() -> None:
    text = (
        "Factory orders rose 1.2% in March, the agency said. The rate was down from 1.5% in February. "
        "It also revised its figures for January and for February.\n\n"
        "Orders for machinery rose 0.4% from a month earlier and 3.1% from a year earlier, on average "
        "80,000 a month over the past three months."
    )
    found = {surface: value for surface, _, value in typed(text, FRIDAY)}
    assert found["a month earlier"] == "2024-02"
    assert found["a year earlier"] == "2023-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fares rose in the year to March 2017. The union has named three more strike days later in the month.",
            ("later in the month", "DATE", "2018-03"),
        ),
        (
            "Sales fell in February. Later in the month the firm cut its prices.",
            ("Later in the month", "DATE", "2018-02"),
        ),
    ],
)
def test_later_in_the_month_told_from_now_is_the_writers_month(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert typed(text, SATURDAY)[-1] == expected


def test_that_month_after_the_day_of_a_statement_is_the_month_named() -> None:
    text = (
        "Vacancies peaked at the end of August, the ministry said last Tuesday, and a record number of "
        "nurses resigned that month."
    )
    assert typed(text, OCTOBER_TUESDAY)[-1] == ("that month", "DATE", "2021-08")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shops put up their decorations in early October, weeks before Thanksgiving.",
            ("Thanksgiving", "DATE", "2021-11-25"),
        ),
        ("Hundreds of workers were laid off before Christmas.", ("Christmas", "DATE", "2020-12-25")),
    ],
)
def test_a_holiday_after_before_follows_the_time_told(text: str, expected: tuple[str, str, str]) -> None:
    assert typed(text, OCTOBER_TUESDAY)[-1] == expected


def test_the_same_day_ahead_repeats_the_last_day_ahead() -> None:
    text = (
        "The levy rises on April 1. It was last raised on April 1, 2025. "
        "Two provinces will raise their own levies the same day."
    )
    assert typed(text, SUNDAY)[-1] == ("the same day", "DATE", "2026-04-01")
