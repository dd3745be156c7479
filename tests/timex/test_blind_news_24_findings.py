"""Rules added after the twenty-fourth blind news set (`data/gold/timex/blind_news_24.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A year's number before "fiscal year" (or "financial", "tax", "academic", "school", "model") names a
  year of account ("the start of the 1998 fiscal year"), as "fiscal 1998" does, not 1998 years.
- "Super Tuesday" is the day of the biggest round of US primaries, the first Tuesday in March in most
  election years, a named day as "Election Day" is.
- A present verb of wanting or expecting with a noun object puts a deadline after "by", "before" or
  "until" ahead of now ("wants a special session before the summer", "expect a ruling by March"), as an
  infinitive after it does ("wants to hold a session before the summer").
- A bare season before a noun it classifies ("rows over winter fuel payments", "during summer school")
  names a kind of thing, not a particular season, even after a preposition; "prices rose during winter"
  still names one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(1997, 1, 14)
MONDAY = date(2024, 1, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tax cut takes effect at the start of the 1998 fiscal year.",
            [("the 1998 fiscal year", "DATE", "1998")],
        ),
        (
            "The district balanced its books in the 2023 school year.",
            [("the 2023 school year", "DATE", "2023")],
        ),
        ("The plan runs for 10 fiscal years.", [("10 fiscal years", "DURATION", "P10Y")]),
    ],
)
def test_a_year_number_before_fiscal_year_is_a_year_of_account(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The governor won four of the six contests on Super Tuesday.",
            date(2020, 3, 4),
            [("Super Tuesday", "DATE", "2020-03-03")],
        ),
        (
            "Both campaigns are pouring money into the states that vote on Super Tuesday.",
            date(2024, 2, 20),
            [("Super Tuesday", "DATE", "2024-03-05")],
        ),
    ],
)
def test_super_tuesday_is_a_named_day(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new governor wants a special session on school funding before the summer.",
            [("the summer", "DATE", "1997-SU")],
        ),
        (
            "Lawyers for both sides expect a ruling before the summer.",
            [("the summer", "DATE", "1997-SU")],
        ),
        (
            "The unions want to hold a strike ballot before the summer.",
            [("the summer", "DATE", "1997-SU")],
        ),
    ],
)
def test_a_wanted_thing_has_its_deadline_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers faced angry rows over winter fuel payments.", []),
        ("Hundreds of pupils will attend summer school in the town.", []),
        ("Heating prices rose sharply during winter.", [("winter", "DATE", "2023-WI")]),
    ],
)
def test_a_bare_season_before_a_noun_names_a_kind(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
