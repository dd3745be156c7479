"""A second reader's review of the third round's rules: each row is a sentence of our own showing where a rule
read more than English gives it, or less.

- "Worked till March.", "Stayed until May.": a subjectless past opening a line of a CV or a diary is a past
  act, not a state that holds now; only the participle of a state a thing is put in and stays in
  ("Closed until March", "Estate car, taxed till April", "Temporarily shut until June", "Fully booked until
  March") bounds what holds now by a month ahead.
- "The bakery, closed until March after the flood, reopened last week": a participle phrase set off by
  commas after its noun holds at the time of the verb after it, so a past verb there keeps the month gone;
  "The gallery, closed until March for repairs, is raising funds" keeps it ahead.
- "If sales rose 4 per cent in March, the target would be met": a condition's past before a clause still to
  come supposes a change ahead, so the month is the next one; "Even if sales rose 4 per cent in March,
  profits fell" tells a change gone and keeps the look back.
- "The new hall opened on Monday 2 March 2026. The mayor was due to visit on Friday.", written on 4 March:
  a narrative's past weekday is put no later than the DCT, but an act set after a past one ("was due to
  visit", "was expected to play") may still be to come, so it keeps the story's next Friday; "The first
  students arrived on Thursday" is told as gone.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

MID_JUNE = date(2026, 6, 10)
MID_FEBRUARY = date(2026, 2, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past act told without its subject, as a CV or a diary does
        ("Worked till March.", [("March", "DATE", "2026-03")]),
        ("Stayed until March, then moved to the coast.", [("March", "DATE", "2026-03")]),
        # the participle of a state still bounds what holds now, after an adverb too
        ("Temporarily shut until March.", [("March", "DATE", "2027-03")]),
        ("Fully booked until March.", [("March", "DATE", "2027-03")]),
        ("Estate car, taxed till April, full service history.", [("April", "DATE", "2027-04")]),
        ("Closed until March for repairs.", [("March", "DATE", "2027-03")]),
    ],
)
def test_only_a_state_participle_bounds_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MID_JUNE, DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bakery, closed until March after the flood, reopened last week.",
            [("March", "DATE", "2026-03"), ("last week", "DATE", "2026-W23")],
        ),
        ("The gallery, closed until March for repairs, is raising funds.", [("March", "DATE", "2027-03")]),
    ],
)
def test_state_phrase_after_its_noun_takes_the_verb_after(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MID_JUNE, DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If sales rose 4 per cent in March, the target would be met.", [("March", "DATE", "2026-03")]),
        (
            "Unless prices fell 2 per cent in March, the bank would raise rates.",
            [("March", "DATE", "2026-03")],
        ),
        # a condition before a clause told as past, and no condition at all, keep the look back
        ("Even if sales rose 4 per cent in March, profits fell.", [("March", "DATE", "2025-03")]),
        ("Sales rose 4 per cent in March.", [("March", "DATE", "2025-03")]),
    ],
)
def test_measured_change_in_a_condition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MID_FEBRUARY, DocumentKind.NEWS) == expected


OPENING = "The new hall opened on Monday 2 March 2026. "
OPENING_DAY = ("Monday 2 March 2026", "DATE", "2026-03-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPENING + "The mayor was due to visit on Friday.", [OPENING_DAY, ("Friday", "DATE", "2026-03-06")]),
        (
            OPENING + "The orchestra was expected to play on Saturday.",
            [OPENING_DAY, ("Saturday", "DATE", "2026-03-07")],
        ),
        # an act told as done stays no later than the day of writing
        (
            OPENING + "The first students arrived on Thursday.",
            [OPENING_DAY, ("Thursday", "DATE", "2026-02-26")],
        ),
    ],
)
def test_narrative_weekday_after_a_past_act_may_lie_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2026, 3, 4), DocumentKind.NARRATIVE) == expected
