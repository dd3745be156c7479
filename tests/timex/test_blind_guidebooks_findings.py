"""Rules added after the blind guidebooks set (`data/gold/timex/blind_guidebooks.jsonl`, travel guidebook and
visitor information written in the timeless present) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "is held every year in late July", "the harvest, usually in late September", "is best visited in May or
  June", "The wettest months of October and November are": a month or season after an adverb of how often
  and "in", after "is best ... in", or named as the subject of a present "are" after "the ... months of" is
  that month of every year, in a dated text too; a past or a future clause names one.
- "about 2 hours 30 minutes": a hedge or a bound before a length told in two units belongs to it.
- "October / (blank line) / 12 October is ...": a month heading a section is no day's month.
- "January / ... / May / ...": a month alone on its line among other such lines heads a calendar's section,
  "May" and "March" too.
- "the third Sunday of Lent", "the fifth Sunday in Lent": the Sundays of Lent counted as the first is.
- "booked months ahead": "ahead" is "in advance", no part of the length ("in the months ahead" is a period).
- "Tours at 3pm last an hour": "last" before "a"/"an" and a unit is the verb, not "the last hour".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2015, 3, 10)
SUNDAY = date(2014, 4, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regatta is held every year in late July.",
            [("every year", "SET", "P1Y"), ("late July", "DATE", "XXXX-07")],
        ),
        (
            "The grape harvest, usually in late September and early October, brings pickers to the valley.",
            [("late September", "DATE", "XXXX-09"), ("early October", "DATE", "XXXX-10")],
        ),
        (
            "The gardens are best visited in May or June.",
            [("May", "DATE", "XXXX-05"), ("June", "DATE", "XXXX-06")],
        ),
        ("The coast path is at its best in autumn.", [("autumn", "DATE", "XXXX-FA")]),
        (
            "The wettest months of October and November are the cheapest.",
            [("October", "DATE", "XXXX-10"), ("November", "DATE", "XXXX-11")],
        ),
        # one occasion: a past, a future, or no word of how often
        ("The regatta was held in late July.", [("late July", "DATE", "2014-07")]),
        ("The report is due in late July.", [("late July", "DATE", "2015-07")]),
        (
            "In the quiet months of January and February the hotel shuts.",
            [("January", "DATE", "2015-01"), ("February", "DATE", "2015-02")],
        ),
    ],
)
def test_month_of_every_year_by_its_lead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crossing takes about 2 hours 30 minutes.",
            [("about 2 hours 30 minutes", "DURATION", "PT2H30M")],
        ),
        ("The climb took nearly 3 hours 20 minutes.", [("nearly 3 hours 20 minutes", "DURATION", "PT3H20M")]),
        ("The flight takes 2 hours 40 minutes.", [("2 hours 40 minutes", "DURATION", "PT2H40M")]),
    ],
)
def test_hedge_before_a_length_in_two_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


def test_month_heading_before_a_blank_line() -> None:
    text = "October\n\n12 October is a public holiday."
    assert [(t, ty) for t, ty, _ in typed(text, SUNDAY)] == [("October", "DATE"), ("12 October", "DATE")]


def test_months_alone_on_their_lines_head_a_calendar() -> None:
    text = (
        "Festival calendar\n\nJanuary\nThe animals are blessed.\n\nMarch\nThe drummers play.\n\n"
        "May\nThe cherry fair is held."
    )
    assert [(t, ty) for t, ty, _ in typed(text, SUNDAY)] == [
        ("January", "DATE"),
        ("March", "DATE"),
        ("May", "DATE"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drums beat on the third Sunday of Lent.", [("the third Sunday of Lent", "DATE", "2014-03-23")]),
        (
            "On the fifth Sunday in Lent the choir sings.",
            [("the fifth Sunday in Lent", "DATE", "2014-04-06")],
        ),
    ],
)
def test_sundays_of_lent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rooms are booked months ahead.", [("months", "DURATION", "PXM")]),
        ("Prices will rise in the months ahead.", [("the months ahead", "DURATION", "PXM")]),
        (
            "Cellar tours at 3pm last an hour.",
            [("3pm", "TIME", "2014-04-06T15:00"), ("an hour", "DURATION", "PT1H")],
        ),
    ],
)
def test_length_without_its_adverb_or_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
