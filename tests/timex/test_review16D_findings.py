"""Rows from a second reading of the rules added for the blind contracts set: each sentence is our own.

- "thirty (31) days": a restatement that does not match its count is a drafting slip; the words govern,
  and the count with its brackets is still one length (not a bare "days" of unknown count). A figure of
  four digits may be a year ("in year two (2021)") and is kept.
- "a ninety (90)-day cure period": the restatement before a hyphened unit is dropped as before a blank.
- "two hundred (200) days": a count of two words restated in figures.
- "the first of each month's invoices": a month's possessive makes the ordinal one of its things, not a
  day of every month.
- "By then current events had overtaken him": after "by" or "from", "then" may be the noun ("by then"),
  so only the hyphened "then-current" is the adjective of a past.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

DCT = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notice must be given thirty (31) days before the end of the term.",
            [("thirty (31) days", "DURATION", "P30D")],
        ),
        (
            "In year two (2021) the fund grew.",
            [("2021", "DATE", "2021")],
        ),
        (
            "The Supplier shall have a ninety (90)-day cure period.",
            [("ninety (90)-day", "DURATION", "P90D")],
        ),
        (
            "The option lapses after two hundred (200) days.",
            [("two hundred (200) days", "DURATION", "P200D")],
        ),
        (
            "The first of each month's invoices is checked by hand.",
            [("each month", "SET", "P1M")],
        ),
        (
            "Rent is due on the first day of each month.",
            [("the first day of each month", "SET", "XXXX-XX-01")],
        ),
        (
            "By then current events had overtaken him.",
            [],
        ),
        (
            "By then-current standards the rent was low.",
            [("then-current", "DATE", "PAST_REF")],
        ),
    ],
)
def test_review16d_findings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT) == expected
