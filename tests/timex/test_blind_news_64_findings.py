"""Rules added after the sixty-fourth blind news set (`data/gold/timex/blind_news_64.jsonl`, sports
transfers, contracts and club business) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "the summer transfer window", "the summer window": football's registration periods named by their
  season; the article belongs to the noun and the time is the season alone, as in "the summer recess".
- "by Friday lunchtime", "this lunchtime", "at lunchtime": the middle of a day named by its meal is a
  part of that day (TIMEX3's MI), as "Friday afternoon" is; an hour told after it without a.m. or p.m.
  goes on from noon ("started at lunchtime ... until 8 o'clock" is 20:00).
- "we have had a hard winter", "after a difficult winter": how a season went for someone who lived
  through it makes a bare season after "a" a particular season, as a weather word does ("a hot
  summer"); "It was a hard winter" only describes one, and "a hard winter coat" stays a kind of coat.
- "left them facing Christmas in the relegation zone", "heading into Easter": a participle looking ahead
  to a holiday a few weeks off puts a past act in the run-up to the coming one, as "ahead of" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2023, 9, 2)
TUESDAY = date(2025, 3, 11)
SUNDAY = date(2016, 12, 18)
THURSDAY = date(2017, 3, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club spent a record sum in the summer transfer window.",
            [("summer", "DATE", "2023-SU")],
        ),
        (
            "The club will be busy again in the summer window.",
            [("summer", "DATE", "2024-SU")],
        ),
    ],
)
def test_a_transfer_window_named_by_its_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By Thursday lunchtime the two clubs had agreed a fee.",
            [("Thursday lunchtime", "TIME", "2023-08-31TMI")],
        ),
        (
            "The minister will visit the site this lunchtime.",
            [("this lunchtime", "TIME", "2023-09-02TMI")],
        ),
        (
            "A signal failed at lunchtime, and trains will be delayed until at least 8 o'clock.",
            [("lunchtime", "TIME", "2023-09-02TMI"), ("at least 8 o'clock", "TIME", "2023-09-02T20:00")],
        ),
        ("Lunchtime recitals are free.", []),
    ],
)
def test_lunchtime_is_a_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have had a hard winter with injuries.", [("winter", "DATE", "2024-WI")]),
        ("After a difficult winter, the club has recovered.", [("winter", "DATE", "2024-WI")]),
        ("The squad had a tough winter.", [("winter", "DATE", "2024-WI")]),
        ("He bought a hard winter coat.", []),
        ("It was a hard winter.", []),
    ],
)
def test_a_season_told_by_how_it_went(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Saturday's defeat left the club facing Christmas in the bottom three.",
            SUNDAY,
            [("Saturday", "DATE", "2016-12-17"), ("Christmas", "DATE", "2016-12-25")],
        ),
        (
            "The team were heading into Easter on a run of five wins.",
            THURSDAY,
            [("Easter", "DATE", "2017-04-16")],
        ),
        (
            "The team went into Christmas top of the league.",
            date(2016, 12, 28),
            [("Christmas", "DATE", "2016-12-25")],
        ),
    ],
)
def test_a_holiday_looked_ahead_to(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
