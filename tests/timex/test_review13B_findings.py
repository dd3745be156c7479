"""Review 13B of session 12's resolver and tense changes: one row per mend.

- The two rules that moved a past-tense "the next day" / "the following morning" off the DCT onto the last
  past day told are one rule: any day counted on from a past reference ("the morning after" too).
- `grammar._CLAUSE_CLOSE_AFTER` was defined twice; the later one (for "one day") replaced the older one,
  so "it was 1991 and ..." / "sounded like 1991 and ..." lost their year. The later one is renamed.
- "each Feb." names the month of a recurring set as "each February" does.
- The weekday rule's "until" list and the month rule's bound-ahead list are one table
  (`FORWARD_BOUND_SIGNALS`, now with "'til"): "in time for Thursday" written on a Thursday is a week on,
  and "open 'til 12 January" said in February lies ahead.
- `_story_time_of_a_stale_date` failed on "29 February" beside a day of a common year (min() of nothing):
  the value came out "XXXX-02-29" with "normalization failed".
- General versions of three one-shape rules: "is valid from" as "is available from"; "declared 11 July
  National Maritime Day" without an article; "what could/might/should have been" as "what would have been".
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The collection was shown on Thursday and will reach the shops in October. The morning after,"
            " the designer flew to Milan.",
            date(2024, 3, 1),
            ("The morning after", "TIME", "2024-03-01TMO"),
        ),
        ("It sounded like 1991 and everyone cheered.", THURSDAY, ("1991", "DATE", "1991")),
        ("It was 1991 and the crowd roared.", THURSDAY, ("1991", "DATE", "1991")),
        (
            "Each Feb. they lay flowers at the junction on 12 February.",
            THURSDAY,
            ("12 February", "DATE", "XXXX-02-12"),
        ),
        ("The parts will arrive in time for Thursday.", THURSDAY, ("Thursday", "DATE", "2022-02-10")),
        ("The shop is open 'til 12 January.", THURSDAY, ("12 January", "DATE", "2023-01-12")),
    ],
)
def test_review_13b_mends(text: str, dct: date, expected: tuple[str, str, str]) -> None:
    assert typed(text, dct)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "valid", like "available", puts a date ahead after a present "be"
        ("The new timetable is valid from 1 September.", ("1 September", "DATE", "2022-09-01")),
        # a day declared a named day needs no article before the name
        ("The government declared 11 July National Maritime Day.", ("11 July", "DATE", "XXXX-07-11")),
        # any modal's counterfactual, not only "would have been"
        (
            "The crowd will mark what could have been his 60th birthday on Wednesday.",
            ("Wednesday", "DATE", "2022-02-09"),
        ),
    ],
)
def test_review_13b_general_versions(text: str, expected: tuple[str, str, str]) -> None:
    assert typed(text, THURSDAY)[-1] == expected


def test_a_29_february_near_a_day_of_a_common_year_is_normalized() -> None:
    # `_story_time_of_a_stale_date` took min() of no years (1997-1999 have no 29 February) and failed
    text = "The body was found in a field on 2 March 1998.\n\nHe was last seen on 29 February."
    assert typed(text, date(2021, 1, 10), kind=DocumentKind.NEWS)[-1] == ("29 February", "DATE", "2020-02-29")
