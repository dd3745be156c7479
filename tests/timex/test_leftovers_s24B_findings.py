"""Rules added in a pass over findings earlier rounds had left: each row is a sentence of our own showing the
general English usage behind one finding.

- "The lintel bears the date 1690 in iron letters", "the dates 1520 and 1611 are cut in the porch": a bare
  number after "the date" or "the dates" is a year, as after "the years"; a count goes on with its noun ("the
  date 2000 guests were invited").
- "Thurs. Snow again.", "Tues. Letters.": a weekday's abbreviation with its stop heads a diary entry before
  the entry's first capitalised word, as "Weds." and "Sat." did; "He sat. The dog barked." and "watched the
  Sun. The sky" stay a verb and a noun.
- "the 21st Century", "the Twentieth Century was an age of war": a century capitalised with its ordinal is
  the century; a name goes on after it ("Twentieth Century Fox").
- "on Whit-Monday", "Shrove-Tuesday", "Easter-Monday": older texts hyphenate the two-word feasts of the Easter
  cycle, the same days as "Whit Monday" and the rest.
- "The kitchen closes at 9.30", "Food is served until 9", "Hot food until 8.30": a kitchen's closing hour is
  its last call, late in its day and of every day, as "Last orders are at 10.30" is; a breakfast or a morning
  in the sentence keeps the morning, and "was served until 9" tells one day's hour.
- "Fenwick & Daughters est. 1921": the abbreviation "est." with its stop is no verb, so the year after it is
  a founding year wherever it stands, as "established 1886" after a comma is.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

TUESDAY = date(2023, 10, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lintel bears the date 1690 in iron letters.", [("1690", "DATE", "1690")]),
        (
            "The dates 1520 and 1611 are cut in the porch.",
            [("1520", "DATE", "1520"), ("1611", "DATE", "1611")],
        ),
        ("In the year 1204 the abbey burned.", [("the year 1204", "DATE", "1204")]),
        # a count goes on with its noun
        ("On the date 2000 guests were invited, it rained.", []),
    ],
)
def test_a_year_named_by_the_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thurs. Snow again, and the lane blocked.", [("Thurs.", "DATE", "XXXX-WXX-4")]),
        ("Thur. Walked to the mill.", [("Thur.", "DATE", "XXXX-WXX-4")]),
        ("Tues. Letters to Agnes.", [("Tues.", "DATE", "XXXX-WXX-2")]),
        ("Weds. Rain all day.", [("Weds.", "DATE", "XXXX-WXX-3")]),
        # a verb and a noun before a full stop
        ("He sat. The dog barked.", []),
        ("We watched the Sun. The sky went red.", []),
        # a full weekday still runs on into a name
        ("The Sunday Times printed it.", []),
    ],
)
def test_abbreviated_weekday_heading_an_entry(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cities grew fast in the 21st Century.", [("the 21st Century", "DATE", "20")]),
        ("The Twentieth Century was an age of war.", [("The Twentieth Century", "DATE", "19")]),
        ("by the early Nineteenth Century, it", [("the early Nineteenth Century", "DATE", "18")]),
        ("the 21st century", [("the 21st century", "DATE", "20")]),
        # a name goes on after the century
        ("She worked for Twentieth Century Fox.", []),
        ("a 21st Century Fox film", []),
    ],
)
def test_capitalised_century(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair was held on Whit-Monday.", [("Whit-Monday", "DATE", "2023-05-29")]),
        ("They were married on Shrove-Tuesday.", [("Shrove-Tuesday", "DATE", "2023-02-21")]),
        ("The races are run on Easter-Monday 1851.", [("Easter-Monday 1851", "DATE", "1851-04-21")]),
        ("The fair was held on Whit Monday.", [("Whit Monday", "DATE", "2023-05-29")]),
        # a lower-case compound names no feast
        ("a good-friday sale", []),
    ],
)
def test_hyphenated_feast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The kitchen closes at 9.30.", [("9.30", "TIME", "XXXX-XX-XXT21:30")]),
        ("The kitchen closes at 9.", [("9", "TIME", "XXXX-XX-XXT21:00")]),
        ("Food is served until 9.", [("9", "TIME", "XXXX-XX-XXT21:00")]),
        ("Hot food until 8.30.", [("8.30", "TIME", "XXXX-XX-XXT20:30")]),
        ("The pub serves food till 9.", [("9", "TIME", "XXXX-XX-XXT21:00")]),
        ("Last orders are at 10.30.", [("10.30", "TIME", "XXXX-XX-XXT22:30")]),
        # a breakfast keeps the morning (of every day, as a meal served in the present is: leftovers
        # s25C); one day's serving, a shop's closing and a bare "served" are left
        ("Breakfast is served until 9.", [("9", "TIME", "XXXX-XX-XXT09:00")]),
        ("She served until 9.", [("9", "TIME", "2023-10-10T09:00")]),
        ("The shop closes at 9.30.", [("9.30", "TIME", "2023-10-10T09:30")]),
        (
            "Food was served until 9 that night.",
            [("that night", "TIME", "2023-10-10TNI")],
        ),
    ],
)
def test_kitchen_closing_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fenwick & Daughters est. 1921", [("1921", "DATE", "1921")]),
        ("Rowe Bros. est. 1898 and still trading.", [("1898", "DATE", "1898")]),
        ("Est. 1875", [("1875", "DATE", "1875")]),
        ("Saddlers, established 1886.", [("1886", "DATE", "1886")]),
        # a verb before a count
        ("The brothers established 1921 shops.", []),
    ],
)
def test_founding_year_after_est(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
