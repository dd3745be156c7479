"""Leftovers of earlier rounds taken up again (anchoring): each row is a sentence of our own showing the
general English usage behind one finding; rows where a rule must not apply are kept beside it.

- "Bread prices rose sharply in March", said in mid-February: a verb of change in figures right before the
  month (with its manner, its size, both or neither) reports a change measured, so the month is over
  however far back; "the deadline was extended to March 1" still sets a day ahead, and a condition ("If
  fares rose sharply in March, ... would") supposes one to come. A headline's verbless change with its
  size ("Ticket sales up 9 per cent in March", "Ferry bookings down 3% in April") is the same report;
  "Analysts see sales up 4 per cent in March" foresees it. So too a quarter with a month or more to run
  ("Sales rose 3 per cent in the first quarter", "Turnover in the first quarter was up", said in
  February): last year's ("Q1 sales rose" is left be); said in its last month, a fiscal quarter, a perfect
  ("have risen") or a forecast raised for the quarter ("raised its forecast for oil in the fourth quarter")
  keep this year's.
- "The gallery was to reopen on Friday", "were going to sign the accord on Monday", "was set to open on
  Saturday": a plan seen from the past, as "was due to" is, puts its weekday on either side of the DCT (the
  nearest); "was to sail on Friday, but ..." fell through, "was to blame for the row on Saturday" is no
  plan, and a month keeps the past's reading (the story's year, or a near one ahead).
- "The late start is due to flooding in January": "due to" before a noun gives a cause, no plan ahead;
  "is due to reopen in April" and "is due on Friday" stay plans.
- "The sculptures went on display last month and remain on display until 30 June": a base form after "and"
  cannot share the simple past before it, so it is the present of their subject, and the end of a run still
  going lies ahead; "died of cold, hunger and thirst" is a list of nouns.
- "The treaty was signed on 14 May (a Thursday)", "on 14 May, which was a Thursday": a weekday in apposition
  restates its date; where the two disagree the date stands and no second day is made.
- "The mill closed in the early 1900s": "the 1900s", as "the 2000s", is a decade (190), while "the 1800s" and
  earlier are centuries; joined to a century ("the 1800s and 1900s") it is a century too.
- Already right before this round, kept as rows: "Output fell 2 per cent in March" (a figure), the future in
  single quotes ("'We open the doors on Friday,' said the director's wife.") with apostrophes around it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only

WEDNESDAY = date(2024, 2, 14)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bread prices rose sharply in March.", [("March", "2023-03", None)]),
        ("Car registrations climbed steadily in March.", [("March", "2023-03", None)]),
        ("Exports of whisky jumped 12 per cent in March.", [("March", "2023-03", None)]),
        ("Output fell 2 per cent in March.", [("March", "2023-03", None)]),
        ("Ticket sales up 9 per cent in March.", [("March", "2023-03", None)]),
        ("Ferry bookings down 3% in April.", [("April", "2023-04", None)]),
        # a past act setting a day ahead, a supposed change and a foreseen one keep their readings
        ("The deadline for bids was extended to March 1.", [("March 1", "2024-03-01", None)]),
        ("If fares rose sharply in March, the operator would lose riders.", [("March", "2024-03", None)]),
        ("Analysts see sales up 4 per cent in March.", [("March", "2024-03", None)]),
    ],
)
def test_change_in_figures_before_its_month(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        (WEDNESDAY, "Sales rose 3 per cent in the first quarter.", [("the first quarter", "2023-Q1", None)]),
        (
            WEDNESDAY,
            "Turnover in the first quarter was up 3 per cent.",
            [("the first quarter", "2023-Q1", None)],
        ),
        (date(2024, 5, 8), "Sales fell in the second quarter.", [("the second quarter", "2023-Q2", None)]),
        # a quarter naming the figures ("Q1 sales") may be a target's, and is left to the tense
        (WEDNESDAY, "The firm's Q1 sales rose.", [("Q1", "2024-Q1", None)]),
        # its last month, a fiscal quarter, a perfect and a forecast for the quarter keep this year's
        (
            date(2024, 3, 28),
            "Sales rose 3 per cent in the first quarter.",
            [("the first quarter", "2024-Q1", None)],
        ),
        (
            WEDNESDAY,
            "Sales rose 3 per cent in the fiscal first quarter.",
            [("the fiscal first quarter", "2024-Q1", None)],
        ),
        (
            WEDNESDAY,
            "Sales have risen 3 per cent in the first quarter.",
            [("the first quarter", "2024-Q1", None)],
        ),
        (
            date(2024, 10, 2),
            "The bank raised its forecast for oil in the fourth quarter to $90.",
            [("the fourth quarter", "2024-Q4", None)],
        ),
    ],
)
def test_change_over_a_quarter_still_open(
    dct: date, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, dct, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gallery was to reopen on Friday.", [("Friday", "2024-02-16", None)]),
        ("The two sides were going to sign the accord on Monday.", [("Monday", "2024-02-12", None)]),
        ("The festival was set to open on Saturday.", [("Saturday", "2024-02-17", None)]),
        ("The museum was due to reopen on Friday.", [("Friday", "2024-02-16", None)]),
        # a plan that fell through, an idiom, and a month
        ("The ferry was to sail on Friday, but the storm kept it in port.", [("Friday", "2024-02-09", None)]),
        ("The referee was to blame for the row on Saturday.", [("Saturday", "2024-02-10", None)]),
        ("The bridge was to reopen in March.", [("March", "2024-03", None)]),
    ],
)
def test_plan_seen_from_the_past(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The late start is due to flooding in January.", [("January", "2024-01", None)]),
        ("The library is due to reopen in April.", [("April", "2024-04", None)]),
        ("The fee is due on Friday.", [("Friday", "2024-02-16", None)]),
    ],
)
def test_due_to_a_cause_is_no_plan(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sculptures went on display last month and remain on display until 30 June.",
            [("last month", "2024-01", None), ("30 June", "2024-06-30", None)],
        ),
        (
            "The stalls opened in 2019 and remain open until 30 June.",
            [("2019", "2019", None), ("30 June", "2024-06-30", None)],
        ),
        # the last of a list of nouns after a past verb is no present
        ("Sheep died of cold, hunger and thirst before the spring.", [("the spring", "2024-SP", None)]),
        # a form that is also a noun is the second of two nouns, unless its object's determiner follows
        ("The crew built a hut of wood and stone in March.", [("March", "2023-03", None)]),
        (
            "The terns arrived in 2019 and raise their chicks in May.",
            [("2019", "2019", None), ("May", "2024-05", None)],
        ),
        (
            "They went to the shop and bought bread on Friday.",
            [("Friday", "2024-02-09", None)],
        ),
    ],
)
def test_present_after_a_simple_past(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed on 14 May (a Thursday).",
            [("14 May", "2023-05-14", None), ("Thursday", "2023-05-14", None)],
        ),
        (
            "The treaty was signed on 14 May, which was a Thursday.",
            [("14 May", "2023-05-14", None), ("Thursday", "2023-05-14", None)],
        ),
        (
            "The treaty was signed on 16 May 2023 (a Tuesday).",
            [("16 May 2023", "2023-05-16", None), ("Tuesday", "2023-05-16", None)],
        ),
        (
            "The market opens on 3 March, a Sunday.",
            [("3 March", "2024-03-03", None), ("Sunday", "2024-03-03", None)],
        ),
    ],
)
def test_weekday_in_apposition(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill closed in the early 1900s, before the war.", [("the early 1900s", "190", "START")]),
        ("The harbour was busy in the 1900s.", [("the 1900s", "190", None)]),
        ("In the 2000s the quay was rebuilt.", [("the 2000s", "200", None)]),
        ("The 1800s saw the port grow.", [("The 1800s", "18", None)]),
        ("In the late 1800s the canal silted up.", [("the late 1800s", "18", "END")]),
        (
            "The family farmed here through the 1800s and 1900s.",
            [("the 1800s", "18", None), ("1900s", "19", None)],
        ),
        (
            "The 1890s and the 1900s were lean years.",
            [("The 1890s", "189", None), ("the 1900s", "190", None)],
        ),
    ],
)
def test_the_1900s_is_a_decade(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'We open the doors on Friday,' said the director's wife.", [("Friday", "2024-02-16", None)]),
        ("'The doors open on Saturday', she said.", [("Saturday", "2024-02-17", None)]),
        (
            "The band's '90s hits returned. 'We play Leeds on Saturday,' the singer said.",
            [("'90s", "199", None), ("Saturday", "2024-02-17", None)],
        ),
    ],
)
def test_future_in_single_quotes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY, NEWS) == expected
