"""Rules added after the ninety-third blind news set (`data/gold/timex/blind_news_93.jsonl`, US national
politics as wire services and newspapers reported it in 1993-2010) was scored once: each row is a sentence
of our own showing the general English usage behind one finding.

- "have been eager to finish before the summer", "were keen to leave before the rains": an adjective of
  wanting before "to" points ahead as "hoped to" does; so does the progressive "have been hoping to".
- "had left for the weekend", "went home for the weekend" told on a Friday: the weekend the leaving
  opens, the one starting the next day; on a Monday it stays the weekend just gone.
- "for weeks, maybe months", "days or even weeks": a hedge raising a bare length to a longer unit makes
  the second unit a length of its own.
- "Many of them remember 1994, when ...": a bare year closing its clause after a verb of remembering is
  the year remembered.
- "said on a Sunday talk show", "wrote in a Saturday paper": a weekday after "a" before a paper or a
  programme names a kind that comes out every such day, not one date.
- "is expected to save $250 billion over the next decade", "would cost $900 billion over the next
  decade": a budget figure spread over the stretch ahead is a length, as after "will"; "he would write
  five novels over the next decade" stays the decade.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2012, 6, 15)
MONDAY = date(2012, 6, 18)
TUESDAY = date(2015, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor has been eager to sign the bill before the summer.",
            [("the summer", "DATE", "2015-SU")],
        ),
        (
            "Union leaders are keen to settle before the spring.",
            [("the spring", "DATE", "2015-SP")],
        ),
        (
            "Organizers have been hoping to reopen the bridge before the fall.",
            [("the fall", "DATE", "2015-FA")],
        ),
        ("Farmers were anxious about the winter.", [("the winter", "DATE", "2014-WI")]),
    ],
)
def test_adjective_of_wanting_points_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected", "dct"),
    [
        (
            "The statement came out after most of the staff had left for the weekend.",
            [("the weekend", "DATE", "2012-W24-WE")],
            FRIDAY,
        ),
        (
            "The plant shut down for the weekend.",
            [("the weekend", "DATE", "2012-W24-WE")],
            FRIDAY,
        ),
        (
            "Most of the staff went home for the weekend.",
            [("the weekend", "DATE", "2012-W24-WE")],
            MONDAY,
        ),
        ("Sales were strong over the weekend.", [("the weekend", "DATE", "2012-W23-WE")], FRIDAY),
    ],
)
def test_leaving_for_the_weekend(text: str, expected: list[tuple[str, str, str]], dct: date) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cleanup could take weeks, maybe months.",
            [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
        ),
        (
            "The outage may last hours or even days.",
            [("hours", "DURATION", "PTXH"), ("days", "DURATION", "PXD")],
        ),
        ("The cleanup could take weeks or months.", [("weeks or months", "DURATION", "PXW")]),
        ("Maybe months from now we will know more.", [("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_hedged_second_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Older voters remember 1968, when the convention ended in riots.",
            [("1968", "DATE", "1968")],
        ),
        ("Nobody in the party has forgotten 2008.", [("2008", "DATE", "2008")]),
        ("He scored 1994 points that season.", []),
    ],
)
def test_year_remembered(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator said on a Sunday talk show that he would vote no.", []),
        ("The mayor wrote in a Saturday paper that the plan was dead.", []),
        (
            "The senator said on Sunday that he would vote no.",
            [("Sunday", "DATE", "2015-03-08")],
        ),
    ],
)
def test_weekday_naming_a_paper_or_programme(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pay freeze is expected to save $40 billion over the next decade.",
            [("the next decade", "DURATION", "P10Y")],
        ),
        (
            "Budget analysts said the plan would cost $1.2 trillion over the next decade.",
            [("the next decade", "DURATION", "P10Y")],
        ),
        ("He would write five novels over the next decade.", [("the next decade", "DATE", "202")]),
    ],
)
def test_costed_plan_over_the_next_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
