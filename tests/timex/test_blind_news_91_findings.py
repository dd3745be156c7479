"""Rules added after the ninety-first blind news set (`data/gold/timex/blind_news_91.jsonl`, consumer and
personal-finance news from money pages, wire services and broadcasters' websites) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- "the tax year ending 5 April", "the tax year ended April 5, 2019": a year of account closing on a day is a
  length and its closing day, as "the financial year ending 31 March" already was; "the tax year" alone and
  "The tax year ended badly" (a verb, no day) stay untagged.
- "paid on the same date every month", "on the same day each week": the day a habit repeats on names no
  day told before; "on the same day" after a date still repeats that date.
- "before the 31 January deadline", "for the 26 August bank holiday": the article before a day written day
  first belongs to the noun the day qualifies, as in "the April 7 deadline"; "on the 3 March" keeps it.
- "to 53p a day", "about $4 more a month", "$30 extra a month": an amount written in pence or cents, or a sum
  a rate changes by ("more", "less", "extra" after the amount), makes "a day"/"a month" a rate (SET); "in a
  day or less a month later" and "a week ago" after a count stay as they were.
- "It forecasts a fall in April", said in August: a present verb of forecasting puts a yearless month ahead
  (the next April), while "Prices fell in April" is the last one; a month just gone stays so ("Economists
  expect a rise in July", said early in August of figures still to come).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2025, 1, 14)
FRIDAY = date(2023, 8, 25)
THURSDAY = date(2019, 8, 1)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Relief can be claimed for the tax year ending 5 April 2025.",
            TUESDAY,
            [("the tax year", "DURATION", "P1Y"), ("5 April 2025", "DATE", "2025-04-05")],
        ),
        (
            "Profits at the firm fell in the tax year ended April 5, 2019.",
            TUESDAY,
            [("the tax year", "DURATION", "P1Y"), ("April 5, 2019", "DATE", "2019-04-05")],
        ),
        ("She asked her accountant to check the figures for the tax year.", TUESDAY, []),
        ("The tax year ended badly for the shop.", TUESDAY, []),
    ],
)
def test_tax_year_closing_on_a_day(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rent is taken on the same date every month.", [("every month", "SET", "P1M")]),
        ("The bin lorry comes on the same day each week.", [("each week", "SET", "P1W")]),
        (
            "The bakery opened on 3 March and the café opened on the same day.",
            [("3 March", "DATE", "2024-03-03"), ("the same day", "DATE", "2024-03-03")],
        ),
    ],
)
def test_same_day_of_a_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most people filed before the 31 January deadline.", [("31 January", "DATE", "2025-01-31")]),
        ("Banks will shut for the 26 August bank holiday.", [("26 August", "DATE", "2025-08-26")]),
        ("We meet on the 3 March.", [("the 3 March", "DATE", "2025-03-03")]),
        ("She was born on the 4 July 1990.", [("the 4 July 1990", "DATE", "1990-07-04")]),
    ],
)
def test_article_of_a_noun_a_day_qualifies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The consultancy forecasts a fall in April.", FRIDAY, [("April", "DATE", "2024-04")]),
        ("The bank expects a rise in March.", FRIDAY, [("March", "DATE", "2024-03")]),
        ("Prices fell in April.", FRIDAY, [("April", "DATE", "2023-04")]),
        ("Economists expect a rise in July.", THURSDAY, [("July", "DATE", "2019-07")]),
    ],
)
def test_month_of_a_forecast(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The standing charge rises to 53p a day.", [("a day", "SET", "P1D")]),
        ("Most borrowers will pay about $45 more a month.", [("a month", "SET", "P1M")]),
        ("Renters pay $30 extra a month for parking.", [("a month", "SET", "P1M")]),
        (
            "Finish in a day or less a month later.",
            [("a day", "DURATION", "P1D"), ("a month later", "DATE", "2025-02")],
        ),
        ("They stayed 2 more a week ago.", [("a week ago", "DATE", "2025-W02")]),
    ],
)
def test_rate_after_pence_or_a_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
