"""Rules added after the sixty-third blind news set (`data/gold/timex/blind_news_63.jsonl`, fashion,
awards-season and trade-show stories) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "the autumn/winter 2025 collection", "spring/summer 2026", "Fall/Winter 1985 looks", "its
  autumn-winter 2024 range": two seasons joined by a slash or a hyphen before a year or a word for a
  line of goods are a trade's selling-season label, shown months before the goods are sold (an
  autumn/winter season spans two calendar years); neither the seasons nor the year is a time. "open in
  spring/summer only" and "the autumn-winter period" stay seasons.
- "Record of the year went to ...", "designer of the year", "book of the year": an award's title, as
  "player of the year" and "album of the year" are; a ranking word or a superlative ("the last", "the
  finest", "the best-loved") before it in its sentence still makes it the year, but not one in the
  sentence before ("died last April. Record of the year ...").
- "runs until January 12" said in March, "is closed until Jan. 4", "will ship in time for Christmas"
  said in January: a bound on what holds now or is to come lies ahead however far; "was open until"
  keeps the past.
- "considering moving them a week later", "pushed the final two days later": with a verb that moves a
  scheduled thing and its object before it, the count is how far it moves, a length; "They moved a week
  later" is still the date.
- "for the first time since 2009. The founder moved the shows to Paris that year": "that year" points
  back to the year just named, though it was named as a bound.
- "The show was on Friday night. ... will be in shops in September. The following morning he was in the
  showroom", told on Saturday: "the following"/"the next" in a past clause goes on from the last day
  told, which a month ahead does not move, never from the day of writing ("tomorrow" would say that).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2023, 10, 19)
SUNDAY = date(2012, 3, 18)
WEDNESDAY = date(2008, 1, 9)
MONDAY = date(2022, 9, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her autumn/winter 2024 collection sold out in a week.", [("a week", "DURATION", "P1W")]),
        ("The label's spring/summer 2024 shows open the week in Paris.", []),
        ("Her Fall/Winter collection was shown last month.", [("last month", "DATE", "2023-09")]),
        ("Its autumn-winter 2023 range is made in Portugal.", []),
        ("The ferry runs in spring/summer only.", [("spring", "DATE", "2024-SP")]),
        ("Cases rose over the autumn-winter period.", [("the autumn", "DATE", "2023-FA")]),
    ],
)
def test_selling_season_labels(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The singer died last June. Record of the year went to a ballad from 1967.",
            [("last June", "DATE", "2023-06"), ("1967", "DATE", "1967")],
        ),
        ("She was named designer of the year at the gala.", []),
        ("It was the best book of the year.", [("the year", "DATE", "2023")]),
        ("It was the finest record of the year.", [("the year", "DATE", "2023")]),
    ],
)
def test_award_titles_of_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The show is on view until January 6.", SUNDAY, [("January 6", "DATE", "2013-01-06")]),
        ("The bridge is closed until Jan. 20.", SUNDAY, [("Jan. 20", "DATE", "2013-01-20")]),
        ("The show was on view until January 6.", SUNDAY, [("January 6", "DATE", "2012-01-06")]),
        (
            "The maker will ship a larger model in time for Christmas.",
            WEDNESDAY,
            [("Christmas", "DATE", "2008-12-25")],
        ),
    ],
)
def test_a_bound_ahead(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organisers are considering moving it a week later this time.", [("a week", "DURATION", "P1W")]),
        ("The league pushed the final two days later.", [("two days", "DURATION", "P2D")]),
        ("They moved a week later.", [("a week later", "DATE", "2022-W37")]),
    ],
)
def test_how_far_a_date_is_moved(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


def test_that_year_after_a_bound_year() -> None:
    text = "The band plays Leeds for the first time since 2011. Its singer moved to Berlin that year."
    assert typed(text, MONDAY) == [("2011", "DATE", "2011"), ("that year", "DATE", "2011")]


def test_the_following_morning_goes_on_from_the_last_day_told() -> None:
    text = (
        "The collection was shown on Thursday evening and will reach the shops in October. The following"
        " morning the designer met buyers from 9am."
    )
    assert typed(text, date(2024, 3, 1)) == [
        ("Thursday evening", "TIME", "2024-02-29TEV"),
        ("October", "DATE", "2024-10"),
        ("The following morning", "TIME", "2024-03-01TMO"),
        ("9am", "TIME", "2024-03-01T09:00"),
    ]
