"""Rules added after the fifty-ninth blind news set (`data/gold/timex/blind_news_59.jsonl`, stories on
mining, oil, gas and natural resources) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "royalties are paid quarterly on what a field produces": "quarterly", "biweekly" and "semiannual"
  are adjectives before a noun ("a quarterly dividend"), but before a preposition or a subordinator
  they are adverbs of the verb, a time that recurs, as "paid monthly on" is.
- "will spend six months removing equipment before the shafts are sealed in the summer": a present
  tense in a clause of time ("before", "until", "once", "after", "when") hanging on a verb with a future
  auxiliary stands for the future, so its season or month lies ahead, not the nearest one.
- "the new year" in the first two weeks of January is the year just begun, not the next one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

OCTOBER = date(2015, 10, 14)
EARLY_JANUARY = date(2011, 1, 5)
DECEMBER = date(2010, 12, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interest on the bonds is paid quarterly on the outstanding balance.",
            [("quarterly", "SET", "P3M")],
        ),
        ("The residents' committee meets biweekly at the library.", [("biweekly", "SET", "P2W")]),
        ("The trust pays a quarterly dividend of 20 cents.", []),
    ],
)
def test_a_set_adjective_used_as_an_adverb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, OCTOBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Contractors will spend six months dismantling the plant before the site is handed back in the summer.",
            [("six months", "DURATION", "P6M"), ("the summer", "DATE", "2016-SU")],
        ),
        (
            "The board will not vote until the survey is finished in September.",
            [("September", "DATE", "2016-09")],
        ),
        ("The ferry runs until the harbour freezes in the winter.", [("the winter", "DATE", "2015-WI")]),
    ],
)
def test_a_present_in_a_clause_of_time_on_a_future_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, OCTOBER) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Talks with the union will resume in the new year.",
            EARLY_JANUARY,
            [("the new year", "DATE", "2011")],
        ),
        ("Talks with the union will resume in the new year.", DECEMBER, [("the new year", "DATE", "2011")]),
        ("The rescue ran on into the new year.", EARLY_JANUARY, [("the new year", "DATE", "2011")]),
    ],
)
def test_the_new_year_in_early_january(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
