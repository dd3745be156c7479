"""Review of the rules of the ninety-first blind news and narrative sets: each row is a sentence of our own.

- "It all started in 1916", "Everyone moved in 1916": "all", "everyone" or "anyone" opening a clause or after
  its subject or auxiliary is the subject of a past verb, no group named in passing by a year; the story
  moves to the year ("those killed in 1916", "called up everyone born in 1950" still name a group).
- "on the same day every other month", "in the same week each year": the day or week a habit repeats on,
  whatever word stands between "every" and the longer unit, and a week within a year as a day within a month.
- "In March, the bank said it expects a rise in April": a present forecast reported in a sentence that has
  told another time looks ahead from the report, not from the DCT ("The bank said it expects" still does).
- "kept a day of rations", "observed a day of trading": a day kept or observed is an observance only when
  what it is a day of is one ("fasting", "mourning", "prayer"); otherwise it stays a length.
- "the tax year ending 5th April", "the tax year ending on the 5th of April": the closing day written with an
  ordinal or "the ... of" closes the year of account as "5 April" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2019, 5, 3)
TUESDAY = date(2025, 1, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1920 the movement was strong. It all started in 1916, and the following year it spread to Cork.",
            [("1920", "DATE", "1920"), ("1916", "DATE", "1916"), ("the following year", "DATE", "1917")],
        ),
        (
            "By 1920 the village was empty. Everyone moved in 1916, and the following year the school closed.",
            [("1920", "DATE", "1920"), ("1916", "DATE", "1916"), ("the following year", "DATE", "1917")],
        ),
        (
            "In 1920 a memorial was raised to those killed in 1916. The next year a second plaque was added.",
            [("1920", "DATE", "1920"), ("1916", "DATE", "1916"), ("The next year", "DATE", "1921")],
        ),
    ],
)
def test_pronoun_subject_is_no_group(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rent is due on the same day every other month.", [("every other month", "SET", "P2M")]),
        (
            "We go on the same day each year, the same week every year.",
            [("each year", "SET", "P1Y"), ("every year", "SET", "P1Y")],
        ),
    ],
)
def test_same_unit_of_a_longer_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relief can be claimed for the tax year ending 5th April 2025.",
            [("the tax year", "DURATION", "P1Y"), ("5th April 2025", "DATE", "2025-04-05")],
        ),
        (
            "Relief can be claimed for the tax year ending on the 5th of April.",
            [("the tax year", "DURATION", "P1Y"), ("the 5th of April", "DATE", "2025-04-05")],
        ),
        ("The tax year ends on 5 April.", [("5 April", "DATE", "2025-04-05")]),
    ],
)
def test_tax_year_closing_on_an_ordinal_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They kept a day of rations in reserve.", [("a day", "DURATION", "P1D")]),
        ("We observed a day of trading before buying.", [("a day", "DURATION", "P1D")]),
        ("The colony kept a day of prayer.", []),
    ],
)
def test_day_kept_only_of_an_observance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected


FRIDAY = date(2023, 8, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March, the bank said it expects a rise in April.",
            [("March", "DATE", "2023-03"), ("April", "DATE", "2023-04")],
        ),
        (
            "The bank said in March that it expects a rise in April.",
            [("March", "DATE", "2023-03"), ("April", "DATE", "2023-04")],
        ),
        ("The bank said it expects a rise in April.", [("April", "DATE", "2024-04")]),
    ],
)
def test_forecast_reported_on_a_day_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
