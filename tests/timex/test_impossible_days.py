"""Days a month does not have, and February 29 without a year."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex import resolve_expressions
from tests.timex.timex_support import find

DCT = date(2022, 2, 3)  # a Thursday in a year without February 29


@pytest.mark.parametrize(
    ("text", "surface", "value", "warning"),
    [
        (
            "The deadline was Feb. 30, 2022, officials said.",
            "Feb. 30, 2022",
            "2022-02",
            "February 2022 has no day 30",
        ),
        ("The letter is dated 31 September.", "31 September", "XXXX-09", "September has no day 31"),
        ("Payments resume on Feb. 29, 2023.", "Feb. 29, 2023", "2023-02", "February 2023 has no day 29"),
        ("The form said 2/30/2021.", "2/30/2021", "2021-02", "February 2021 has no day 30"),
    ],
)
def test_a_day_the_month_lacks_keeps_the_month_and_warns(
    text: str, surface: str, value: str, warning: str
) -> None:
    expression = find(text, DCT, surface)
    assert expression.value == value
    assert any(warning in w for w in expression.warnings)
    assert warning in expression.explanation


def test_other_expressions_in_the_text_still_resolve() -> None:
    text = "The notice, dated Feb. 30, was withdrawn on Tuesday."
    assert find(text, DCT, "Tuesday").value == "2022-02-01"
    assert find(text, DCT, "Feb. 30").warnings


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("They married on Feb. 29.", DCT, "2020-02-29"),  # past tense: the last leap day before
        ("They will marry on Feb. 29.", DCT, "2024-02-29"),  # future: the next leap day
        ("The vote was held on Feb. 29.", date(2024, 3, 3), "2024-02-29"),  # a leap year's own
    ],
)
def test_february_29_without_a_year_goes_to_a_leap_year(text: str, dct: date, value: str) -> None:
    expression = find(text, dct, "Feb. 29")
    assert expression.value == value
    assert not expression.warnings


@pytest.mark.parametrize(
    "text",
    ["The shelter opens at noon Dec 32 this year.", "They left at noon Friday may 0 and returned later."],
)
def test_a_clock_time_does_not_take_a_day_that_cannot_be_one(text: str) -> None:
    assert not any(e.text.startswith("noon") for e in resolve_expressions(text, DCT))
