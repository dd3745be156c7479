"""Mends from a second reading of the 1989-98 wire-copy rules (`test_blind_news_81_findings.py`): each row
is a sentence of our own that the rules as first written read wrongly.

- A past verb in a condition of "would" looks forward only under a real future-in-the-past: not under "would
  not have"/"would never have" (a counterfactual past), not for a past perfect ("if they had asked"), not for
  a new main clause after ", and if"; "wouldn't" is a "would" as well.
- A year after a verb of expecting is a year only when it is said to be something, not where a count of
  people is to be ("expect 2000 to be at the rally") or what is done to them ("1900 would be evacuated");
  "to be marked by" and "to be remembered as" still say what a year is.
- "the final quarter" and "the last quarter" are a year's fourth quarter wherever the year is named,
  "1996's final quarter" and "last year's last quarter" as well as "of 1996".
- "three months" after any preposition of a length ("over three months", "in three months") is a length,
  as "for three months" is, and leaves a nearby "a year ago" a year.
- A gapped length runs on along its chain ("took days ... and hours ... and years to forget it"), and the
  verbs its table lists ("taken", "taking", "needs", "waited") are ones a bare length is found after; "years
  and years" is one length said twice, and "the months to come" no length a verb takes.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(1997, 2, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He would not have won if the vote was held on Monday.", [("Monday", "DATE", "1997-02-03")]),
        ("He would never have agreed if they had asked on Monday.", [("Monday", "DATE", "1997-02-03")]),
        (
            "He would later become mayor, and if the archive is right he left Paris on Tuesday.",
            [("Tuesday", "DATE", "1997-02-04")],
        ),
        (
            "The rebels said the war wouldn't end if the army won on Monday.",
            [("Monday", "DATE", "1997-02-10")],
        ),
        (
            "The union said it would strike if no agreement was reached by Friday.",
            [("Friday", "DATE", "1997-02-07")],
        ),
    ],
)
def test_condition_of_would(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organisers expect 2000 to be at the rally.", []),
        ("Officials predicted 1900 would be evacuated from the coast.", []),
        ("We expect 1998 to be marked by slower growth.", [("1998", "DATE", "1998")]),
        ("Few expect 1999 to be remembered as a good year.", [("1999", "DATE", "1999")]),
        ("Organisers expect 2000 to be evacuated.", []),
        ("We expect 1998 to be another year of growth.", [("1998", "DATE", "1998")]),
    ],
)
def test_year_after_expecting(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It took days to reach the camp and hours to climb the ridge and years to forget it.",
            [("days", "DURATION", "PXD"), ("hours", "DURATION", "PTXH"), ("years", "DURATION", "PXY")],
        ),
        (
            "It has taken years to plan and decades to build.",
            [("years", "DURATION", "PXY"), ("decades", "DURATION", "PXDE")],
        ),
        (
            "We waited weeks for the parts and months to get paid.",
            [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
        ),
        ("The repair is taking months.", [("months", "DURATION", "PXM")]),
        ("It took years and years to build the dam.", [("years", "DURATION", "PXY")]),
        ("It took weeks, and months to come would be worse.", [("weeks", "DURATION", "PXW")]),
    ],
)
def test_gapped_lengths(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits rose in 1996's final quarter.", [("1996's final quarter", "DATE", "1996-Q4")]),
        (
            "Profits will rise in this year's final quarter.",
            [("this year's final quarter", "DATE", "1997-Q4")],
        ),
        ("Profits rose in last year's last quarter.", [("last year's last quarter", "DATE", "1996-Q4")]),
        ("Profits matched last year's quarter.", [("last year's quarter", "DATE", "1995-Q4")]),
        ("Jordan scored 12 points in the final quarter.", []),
    ],
)
def test_final_quarter_of_a_named_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The workers have gone unpaid over three months, and output fell from a year ago.",
            [("three months", "DURATION", "P3M"), ("a year ago", "DATE", "1996")],
        ),
        (
            "The workers have not been paid for three months, and output fell from a year ago.",
            [("three months", "DURATION", "P3M"), ("a year ago", "DATE", "1996")],
        ),
    ],
)
def test_length_of_three_months_is_no_quarter(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
