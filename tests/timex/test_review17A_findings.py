"""Mends from a second reading of the blind_news_79 (listings) and blind_guidebooks rules: each row is a
sentence of our own that the first version of those rules read wrongly.

- "Sat 3pm, Sun 1pm": two fixtures' days; only a run of weekdays given its hours ("Mon-Fri 10am-5pm, Sat
  11am-4pm, Sun noon-4pm") opens a schedule whose next entries are standing days.
- "mostly in April" is "mainly in April", no adverb of how often; "Usually in May, the board met" is a
  habit of the past, every year's May; "the two months of January and February are" counts one year's
  months; "the hottest months of June, July and August are" lists three kinds of month; only a month or
  a season before "and" or a comma pairs with the month read ("usually in Rome, August" pairs none).
- "trades Saturdays until 26 April": a run of standing days may end on a day-first date too.
- "open 10:00-16:00 weekends": a 24-hour clock is a schedule's hours as "4pm" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2019, 12, 4)


def test_single_days_with_hours_are_fixtures_not_a_schedule() -> None:
    text = "Fixtures: Sat 3pm, Sun 1pm, Mon 7.45pm."
    assert [(t, ty) for t, ty, _ in typed(text, WEDNESDAY)] == [
        ("Sat 3pm", "TIME"),
        ("Sun 1pm", "TIME"),
        ("Mon 7.45pm", "TIME"),
    ]


def test_schedule_entries_go_on_after_a_run() -> None:
    text = "Open Mon-Fri 10am-5pm, Sat 11am-4pm, Sun noon-4pm."
    assert [(t, v) for t, ty, v in typed(text, WEDNESDAY) if ty == "SET"] == [
        ("Mon", "XXXX-WXX-1"),
        ("Fri", "XXXX-WXX-5"),
        ("Sat", "XXXX-WXX-6"),
        ("Sun", "XXXX-WXX-7"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tax cuts take effect mostly in April, the Treasury said.", [("April", "DATE", "2020-04")]),
        ("Usually in May, the board met to set the budget.", [("May", "DATE", "XXXX-05")]),
        (
            "The two months of January and February are when the new rules bite.",
            [
                ("The two months", "DURATION", "P2M"),
                ("January", "DATE", "2020-01"),
                ("February", "DATE", "2020-02"),
            ],
        ),
        (
            "The hottest months of June, July and August are best avoided.",
            [("June", "DATE", "XXXX-06"), ("July", "DATE", "XXXX-07"), ("August", "DATE", "XXXX-08")],
        ),
    ],
)
def test_month_of_every_year_by_its_lead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The market trades Saturdays until 26 April.",
            [("Saturdays", "SET", "XXXX-WXX-6"), ("26 April", "DATE", "2020-04-26")],
        ),
        (
            "The library is open 10:00-16:00 weekends.",
            [
                ("10:00", "TIME", "XXXX-XX-XXT10:00"),
                ("16:00", "TIME", "XXXX-XX-XXT16:00"),
                ("weekends", "SET", "XXXX-WXX-WE"),
            ],
        ),
    ],
)
def test_standing_days_of_a_listing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_only_months_and_seasons_pair_with_the_month_read() -> None:
    from chronology.timex.resolver import _EVERY_YEAR_MONTH_LEAD

    # "usually in late September and [early October]" pairs two months; "usually in Rome, [August]" none
    assert _EVERY_YEAR_MONTH_LEAD.search("the harvest, usually in late September and ") is not None
    assert _EVERY_YEAR_MONTH_LEAD.search("the fair is usually in Rome, ") is None
