"""Extent rules (what TimeML leaves in or out of an expression) and the periods of financial news."""

from __future__ import annotations

from datetime import date

import pytest
from timex_support import find, only

DCT = date(2022, 11, 3)  # a Thursday, in a company's fourth quarter

EXTENTS: list[tuple[str, str, str, str | None]] = [
    # (sentence, the expression's text, value, mod)
    # "within" is a signal outside the expression, and like TimeBank in most of its uses (and every gold
    # set of ours) we give the length no mod: the signal, not the length, says "at most"
    ("The pumps must be replaced within two weeks.", "two weeks", "P2W", None),
    ("The rebels left within a day.", "a day", "P1D", None),
    # possessives belong to the noun phrase, not to the time expression
    ("The bakery doubled its third quarter sales.", "third quarter", "2022-Q3", None),
    ("The two unions reported their second quarter losses.", "second quarter", "2022-Q2", None),
    ("The mayor said right now there is no money.", "now", "PRESENT_REF", None),
    # a determiner before a counted unit used as an adjective belongs to the noun it modifies
    ("The council approved a five year plan.", "five year", "P5Y", None),
    ("Workers began the two day strike at dawn.", "two day", "P2D", None),
    ("He rejected a year-earlier offer.", "year-earlier", "2021", None),
    # nor before a time noun the adjective qualifies: that is one expression
    ("Profit beat the year-ago quarter.", "the year-ago quarter", "2021-Q3", None),
    # "over" before an amount is "more than" after a verb of lasting or "for"; else a preposition
    ("Exports doubled over three years.", "three years", "P3Y", None),
    ("The family has farmed here for over forty years.", "over forty years", "P40Y", "MORE_THAN"),
    ("The mill closed over 20 years ago.", "over 20 years ago", "2002", "MORE_THAN"),
    # approximators before a date or clock time belong to it
    ("The vote is due around Dec. 1.", "around Dec. 1", "2022-12-01", "APPROX"),
    ("The chapel was built circa 1850.", "circa 1850", "1850", "APPROX"),
    ("The blast came at about 10:35 a.m. on the pier.", "about 10:35 a.m.", "2022-11-03T10:35", "APPROX"),
    ("They will try to get around Tuesday's ruling.", "Tuesday", "2022-11-01", None),
    # business news writes "end-March" for the end of March
    ("Debt will peak at end-March, the bank said.", "end-March", "2023-03", "END"),
    # "this past" and "this coming" are one determiner
    ("The dam burst this past spring.", "this past spring", "2022-SP", None),
    ("The ferry resumes this coming Sunday.", "this coming Sunday", "2022-11-06", None),
    # but not before a unit that stands alone
    ("The pay rise comes in a year.", "a year", "P1Y", None),
    ("The ferry was idle for the two days of the storm.", "the two days", "P2D", None),
    # phrases after an expression that qualify it
    ("The plant will stay shut for the next year or so.", "the next year or so", "2023", "APPROX"),
    ("Rates should fall in 2024 or later.", "2024 or later", "2024", "ON_OR_AFTER"),
    ("The fund plans for 2025 and beyond.", "2025 and beyond", "2025", "ON_OR_AFTER"),
    ("The outage lasted six hours or more.", "six hours or more", "PT6H", "EQUAL_OR_MORE"),
    ("The mayor resigned a month or so ago.", "a month or so ago", "2022-10", "APPROX"),
    # a range of counts is one expression whose amount is known only to its unit
    ("The audit will take two to three weeks.", "two to three weeks", "PXW", None),
    ("Rents may rise over the next 12 to 18 months.", "the next 12 to 18 months", "PXM", None),
    ("The repair took 10-12 hours.", "10-12 hours", "PTXH", None),
    ("The boat left 2 or 3 days ago.", "3 days ago", "2022-10-31", None),  # an offset, not a range
    # weekdays counted from the time the text is in
    (
        "The strike began on Tuesday. Talks had failed the previous Friday.",
        "the previous Friday",
        "2022-10-28",
        None,
    ),
    (
        "The strike began on Tuesday. Talks resumed the following Monday.",
        "the following Monday",
        "2022-11-07",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "mod"), EXTENTS, ids=[row[1] for row in EXTENTS])
def test_extent(sentence: str, surface: str, value: str, mod: str | None) -> None:
    expression = find(sentence, DCT, surface)
    assert (expression.value, expression.mod) == (value, mod), expression.explanation


PERIODS: list[tuple[str, str, str]] = [
    # (sentence, expression, value): quarters, halves and spelled years
    ("Profit fell in the third quarter. It had risen in the 2021 quarter.", "the 2021 quarter", "2021-Q3"),
    ("Sales slipped in the third quarter, against a gain in the 2021 period.", "the 2021 period", "2021-Q3"),
    ("The museum drew more visitors in the 2019 period than ever.", "the 2019 period", "2019"),
    ("Exports recovered in the last half of 2021.", "the last half of 2021", "2021-H2"),
    ("Exports recovered in the last half of the year.", "the last half of the year", "2022-H2"),
    ("The mill reopened in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
    (
        "The lake froze in the winter of nineteen eighty-four.",
        "the winter of nineteen eighty-four",
        "1984-WI",
    ),
    ("A hearing may be held the week of December 5.", "the week of December 5", "2022-W49"),
    ("The fair was held in the week of 6 June 2011.", "the week of 6 June 2011", "2011-W23"),
    ("The choir sings on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("The firm expects FY24 revenue to grow.", "FY24", "2024"),
]


@pytest.mark.parametrize(("sentence", "surface", "value"), PERIODS, ids=[row[1] for row in PERIODS])
def test_period(sentence: str, surface: str, value: str) -> None:
    expression = find(sentence, DCT, surface)
    assert expression.value == value, expression.explanation


def test_the_reporting_quarter_is_the_first_one_named() -> None:
    text = (
        "Profit rose in the third quarter. It had fallen in the second quarter. "
        "Sales were flat compared with a year earlier."
    )
    assert find(text, DCT, "a year earlier").value == "2021-Q3"


def test_the_last_half_of_something_unread_is_left_to_other_rules() -> None:
    found = only("Sales were flat over the last half of the '80s.", DCT)
    assert ("the '80s", "198", None) in found
    assert all("half" not in text for text, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm has no plans for future growth.",
        "Analysts doubt its future earnings power.",
        "They face a future of debt.",
    ],
)
def test_future_as_an_adjective_is_no_time(sentence: str) -> None:
    assert only(sentence, DCT) == []


def test_in_future_and_the_future_are_future_references() -> None:
    assert only("In future, the gates close at six.", DCT)[0][:2] == ("future", "FUTURE_REF")
    assert only("Nobody can say what the future brings.", DCT) == [("the future", "FUTURE_REF", None)]
