"""Rules added after the blind judgments set (`data/gold/timex/blind_judgments.jsonl`, court judgments,
tribunal decisions, ombudsman findings and an inquest record) was scored once: each row is a sentence of
our own showing the general English usage behind one finding.

- "On 9 March 2020 the firm issued a warning; it dismissed her on 16 March", written in the spring of
  2021: a report that recounts a past by its full dates goes on in that year for the rest of the
  paragraph once the dated day lies over a year before the DCT, even in the year just before the DCT's
  (before, only two calendar years back did). A bare month is left to the DCT ("had been before MPs
  since November" after "born on or after 1 January 2009" is the last November).
- "Smith v. Jones (2004)", "Brown v Board of Education (1954)": a year in brackets right after a case
  name is part of the case's citation and is not a time; a bracketed year after other words still is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2021, 6, 17)
MONDAY = date(2014, 9, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 March 2020 the firm issued a final warning, and it dismissed her on 16 March.",
            [("9 March 2020", "DATE", "2020-03-09"), ("16 March", "DATE", "2020-03-16")],
        ),
        (
            "The lease was signed on 3 February 2020. The tenant moved in on 1 April.",
            [("3 February 2020", "DATE", "2020-02-03"), ("1 April", "DATE", "2020-04-01")],
        ),
        (
            "The landlord inspected the flat on 12 January 2020 and sent the report on 2 May.",
            [("12 January 2020", "DATE", "2020-01-12"), ("2 May", "DATE", "2020-05-02")],
        ),
    ],
)
def test_bare_dates_after_a_day_over_a_year_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court followed Smith v. Jones (2004), 12 F.3d 1, on this point.", []),
        ("The board relied on Brown v Board of Education (1954) in its letter.", []),
        ("The firm was founded (1998) by two brothers.", [("1998", "DATE", "1998")]),
    ],
)
def test_a_year_in_brackets_after_a_case_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
