"""Mends from a second reading of the session's thirteenth batch of rules: each row is a sentence of our
own that failed before its mend.

- "She sat the second.", "they wed the third.": a short weekday written in lower case before a spelled
  day is a verb, no weekday; "Sat the fourth" and "Sunday the first" stay dates.
- "the opening weeks of the war", "the closing months of 1944": lengths, as "the first weeks" are; only
  "the opening hours" (a place's hours) is none.
- "Back in February, the boat sank.", "During February the boat sank.": a month opening a simple past
  sentence after another opener than "In" dates that past act too, written in November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She sat the second.", []),
        ("They wed the third.", []),
        ("He sat the third exam and then Sat the fourth.", [("Sat the fourth", "DATE", "2021-12-04")]),
        ("He came on Sunday the first.", [("Sunday the first", "DATE", "2021-08-01")]),
    ],
)
def test_a_lower_case_short_weekday_before_a_spelled_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the opening weeks of the war, thousands fled.", [("the opening weeks", "DURATION", "PXW")]),
        ("The closing months of the campaign were bitter.", [("The closing months", "DURATION", "PXM")]),
        ("Cuts to the opening hours were announced.", []),
    ],
)
def test_opening_and_closing_stretches(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


NOVEMBER = date(2022, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back in February, the boat sank.", [("February", "DATE", "2022-02")]),
        ("During February the boat sank.", [("February", "DATE", "2022-02")]),
        ("In February, the firm would close.", [("February", "DATE", "2023-02")]),
    ],
)
def test_a_month_opening_a_past_sentence_after_other_openers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, NOVEMBER) == expected
