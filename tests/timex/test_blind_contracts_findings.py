"""Rules added after the blind contracts set (`data/gold/timex/blind_contracts.jsonl`, leases, terms of
employment and service, policies and notices in legal English) was scored once: each row is a sentence of
our own showing the general English usage behind one finding.

- "within thirty (30) days", "for a term of two (2) years", "payable 14 (fourteen) days after": legal
  drafting restates a count in figures or in words in brackets; the count with its restatement is one
  length.
- "on the first day of each month", "on the 15th of every month": a day of the month that recurs each
  month is a SET of that day (XXXX-XX-15), not the months alone.
- "£32,000 per annum", "interest at 4% per annum": the Latin "per annum" is a yearly rate, as "per year"
  is.
- "invoiced monthly in arrears", "pays the landlord quarterly in advance": a frequency word before "in
  arrears" or "in advance" times a payment; it is no periodical ("a gardening weekly in London").
- "the then-current price list": "then" points "current" away from the present to a time already told;
  the two words are one past left unnamed (PAST_REF), as TimeML tags "the then current market price",
  not the present; "and then current flowed" is a narration's step before a noun.
- "between 8 a.m. and 5 p.m. on any weekday", "from 7am to 3pm on any working day": a clock time set on
  any day of a kind is that time of each such day (XXXX-XX-XX), as a rule sets it.
- "28 days' leave in each holiday year", "every leave year": a year a rule or an office counts, with
  "each" or "every", is a yearly SET, as "every year" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2021, 11, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The buyer may return the goods within thirty (30) days of delivery.",
            [("thirty (30) days", "DURATION", "P30D")],
        ),
        (
            "The licence is granted for a term of two (2) years from signature.",
            [("two (2) years", "DURATION", "P2Y")],
        ),
        (
            "Invoices are payable 14 (fourteen) days after the date of issue.",
            [("14 (fourteen) days", "DURATION", "P14D")],
        ),
        (
            "Either party may terminate on not less than ninety (90) days' notice.",
            [("not less than ninety (90) days", "DURATION", "P90D")],
        ),
    ],
)
def test_count_restated_in_brackets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The service charge falls due on the first day of each month.",
            [("the first day of each month", "SET", "XXXX-XX-01")],
        ),
        (
            "Statements are sent out on the 15th of every month.",
            [("the 15th of every month", "SET", "XXXX-XX-15")],
        ),
        (
            "Salaries are paid on the 25th day of each calendar month.",
            [("the 25th day of each calendar month", "SET", "XXXX-XX-25")],
        ),
        ("The fee rises each month until the loan is repaid.", [("each month", "SET", "P1M")]),
    ],
)
def test_day_of_every_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The post carries a salary of £32,000 per annum.", [("per annum", "SET", "P1Y")]),
        ("Interest accrues at 4% per annum on late payments.", [("per annum", "SET", "P1Y")]),
    ],
)
def test_per_annum(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The contractor shall invoice the council monthly in arrears.", [("monthly", "SET", "P1M")]),
        ("She pays the landlord quarterly in advance.", [("quarterly", "SET", "P3M")]),
        ("He wrote for a gardening weekly in London.", []),
    ],
)
def test_frequency_before_payment_timing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fees are charged at the then-current rates in the price list.",
            [("then-current", "DATE", "PAST_REF")],
        ),
        ("Orders were priced under the then current price list.", [("then current", "DATE", "PAST_REF")]),
        ("The switch closed and then current flowed through the coil.", []),
        ("The current rates remain in force.", [("current", "DATE", "PRESENT_REF")]),
    ],
)
def test_then_current(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The engineer may call between 8 a.m. and 5 p.m. on any weekday.",
            [("8 a.m.", "TIME", "XXXX-XX-XXT08:00"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00")],
        ),
        (
            "Parcels are accepted from 7am to 3pm on any working day.",
            [("7am", "TIME", "XXXX-XX-XXT07:00"), ("3pm", "TIME", "XXXX-XX-XXT15:00")],
        ),
        (
            "The shop opened at 9am on Monday.",
            [("9am", "TIME", "2021-11-08T09:00"), ("Monday", "DATE", "2021-11-08")],
        ),
    ],
)
def test_clock_time_on_any_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff may take 28 days' leave in each holiday year.",
            [("28 days", "DURATION", "P28D"), ("each holiday year", "SET", "P1Y")],
        ),
        ("Unused days lapse at the end of every leave year.", [("every leave year", "SET", "P1Y")]),
        ("He took a holiday in 2019.", [("2019", "DATE", "2019")]),
    ],
)
def test_each_kind_of_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
