"""Rules added in the twenty-second leftovers pass (anchoring, clock times and finding): each row is a
sentence of our own showing the general English usage behind one finding.

- "Dinner is at 8.15.", "Lunch is at 1.15.", "Lunch is at 12.30.": a dotted hour closing its clause after
  what is held at an hour keeps that thing's half of the day: an evening meal or gathering (dinner, supper,
  drinks) is in the evening, one to five with no morning told are the afternoon's, as bare hours are, and a
  two-digit hour (10.30, 12.30) is read as a one-digit one is; "Breakfast is at 7.30." stays in the morning,
  and "lunch at 8.50 a head", "Lunch was at 7.50, up from 6.20.", "the 8.15 train" and "shares closed at
  12.30." are no clock times.
- "A curfew from 9pm was imposed on Saturday": a clock time closing a sentence's subject ("A curfew from
  9pm", "The talks at 3pm", "A curfew from 9pm to 6am") is on the day the clause's verb is dated by "on"; a
  clock time in a clause of its own ("Police arrived at 9pm and the shop reopened on Saturday") keeps its own day.
- "They fought on until dawn. The next day the town surrendered": a dawn that ended the night is the
  morning of the next day, and "the next day" after it is that day, as "the next morning" is (after "4:30
  a.m.", a clock reading, "the following day" is still the day after, as blind_narrative_61 has it).
- "fought through the night until about 2 a.m. The next day": the stop of "a.m." ends the sentence, and the
  night does not take the date of the next sentence's "The next day" as a range's date.
- "Members were worried about the storm damage in November", said in December: a past worry about a thing in
  the month just gone (or in the month of the DCT) is that month's; said in January about November it still
  looks ahead (test_leftovers21A_findings).
- "Officials said 1800 would be a reasonable price": a number said to be a price, a sum or a bid, after
  "would be", "will be", "could be" or "might be" as after "was" and "is", is an amount, not a year; "2030
  would be a realistic year" keeps its year.
- "the 1902-08 period": after a noun of a span of time, a span of years with a two-digit end that could be a
  month is two years, as after a noun of an event ("the 1905-07 famine").
- Already working, checked: "The vote had been set for Tuesday but was delayed" (the past Tuesday), "the
  1902-05 drought" (1902 and 1905), "Shares closed at 1450, up from 1390" (no times), "each two hours"
  (PT2H), "every two or three days" (PXD), "under the afternoon sun" ("the afternoon", TAF).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
DECEMBER = date(2024, 12, 10)
NEWS = DocumentKind.NEWS
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dinner is at 8.15.", [("8.15", "TIME", "2024-05-10T20:15")]),
        ("We had supper at 7.45, and then walked home.", [("7.45", "TIME", "2024-05-10T19:45")]),
        ("Evening drinks are at 6.30.", [("6.30", "TIME", "2024-05-10T18:30")]),
        ("Dinner is at 10.15.", [("10.15", "TIME", "2024-05-10T22:15")]),
        ("Lunch is at 12.30.", [("12.30", "TIME", "2024-05-10T12:30")]),
        ("The lunch is at 1.15.", [("1.15", "TIME", "2024-05-10T13:15")]),
        ("The meeting is at 2.30.", [("2.30", "TIME", "2024-05-10T14:30")]),
        ("We had breakfast at 7.30 and left.", [("7.30", "TIME", "2024-05-10T07:30")]),
        ("Breakfast is at 7.30.", [("7.30", "TIME", "2024-05-10T07:30")]),
        ("The meeting is at 8.15.", [("8.15", "TIME", "2024-05-10T08:15")]),
        # a 24-hour clock's leading zero says its half of the day, whatever is held
        ("The party is at 09.30.", [("09.30", "TIME", "2024-05-10T09:30")]),
        # prices, scores, a train named by its time and a level are no clock times
        ("Lunch at 8.50 a head is good value.", []),
        ("Lunch was at 7.50, up from 6.20.", []),
        ("Lunch was at 12.50, up from 11.20.", []),
        ("He caught the 8.15 train.", []),
        ("The score was 8.15 after the round.", []),
        ("Shares closed at 12.30.", []),
        ("Tickets are at 12.50.", []),
    ],
)
def test_dotted_hour_of_a_meal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A curfew from 9pm was imposed on Saturday.",
            [("9pm", "TIME", "2024-05-04T21:00"), ("Saturday", "DATE", "2024-05-04")],
        ),
        (
            "The talks at 3pm ended on Thursday.",
            [("3pm", "TIME", "2024-05-09T15:00"), ("Thursday", "DATE", "2024-05-09")],
        ),
        (
            "The ban from midnight will start on Monday.",
            [("midnight", "TIME", "2024-05-13T24:00"), ("Monday", "DATE", "2024-05-13")],
        ),
        # a range closing the subject: its opening on the clause's day, its close past midnight
        (
            "A curfew from 9pm to 6am was imposed on Saturday.",
            [
                ("9pm", "TIME", "2024-05-04T21:00"),
                ("6am", "TIME", "2024-05-05T06:00"),
                ("Saturday", "DATE", "2024-05-04"),
            ],
        ),
        # a clock time in a clause of its own, or in another sentence, keeps its own day
        (
            "Police patrolled from 9pm to 6am and the curfew was lifted on Saturday.",
            [
                ("9pm", "TIME", "2024-05-10T21:00"),
                ("6am", "TIME", "2024-05-11T06:00"),
                ("Saturday", "DATE", "2024-05-04"),
            ],
        ),
        (
            "Police arrived at 9pm and the shop reopened on Saturday.",
            [("9pm", "TIME", "2024-05-10T21:00"), ("Saturday", "DATE", "2024-05-04")],
        ),
        (
            "At 9pm the curfew began. On Saturday it ended.",
            [("9pm", "TIME", "2024-05-10T21:00"), ("Saturday", "DATE", "2024-05-04")],
        ),
    ],
)
def test_clock_in_a_subject_on_the_clause_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 1810 the French attacked. That night they fought on until dawn. The next day the town "
            "surrendered.",
            [
                ("3 May 1810", "DATE", "1810-05-03"),
                ("That night", "TIME", "1810-05-03TNI"),
                ("dawn", "TIME", "1810-05-04TMO"),
                ("The next day", "DATE", "1810-05-04"),
            ],
        ),
        (
            "On 3 May 1810 the French attacked. That night they fought on until dawn. The next morning the "
            "town surrendered.",
            [
                ("3 May 1810", "DATE", "1810-05-03"),
                ("That night", "TIME", "1810-05-03TNI"),
                ("dawn", "TIME", "1810-05-04TMO"),
                ("The next morning", "TIME", "1810-05-04TMO"),
            ],
        ),
        # a dawn the story's day opens with is no night's end: the next day is the day after
        (
            "On 3 May 1810 the French attacked at dawn. The next day the town surrendered.",
            [
                ("3 May 1810", "DATE", "1810-05-03"),
                ("dawn", "TIME", "1810-05-03TMO"),
                ("The next day", "DATE", "1810-05-04"),
            ],
        ),
        # the stop of "a.m." ends the sentence: the night keeps its own day
        (
            "The French attacked on the evening of 3 May 1810 and fought through the night until about 2 a.m. "
            "The next day the town surrendered.",
            [
                ("3 May 1810", "DATE", "1810-05-03"),
                ("the night", "TIME", "1810-05-03TNI"),
                ("about 2 a.m.", "TIME", "1810-05-04T02:00"),
                ("The next day", "DATE", "1810-05-05"),
            ],
        ),
    ],
)
def test_next_day_after_a_dawn_that_ended_the_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Members were worried about the storm damage in November.",
            DECEMBER,
            [("November", "DATE", "2024-11")],
        ),
        ("Growers were anxious about the frost in December.", DECEMBER, [("December", "DATE", "2024-12")]),
        ("Members were worried about their majorities in March.", DECEMBER, [("March", "DATE", "2025-03")]),
        (
            "Members were worried about the storm damage in December.",
            date(2024, 1, 15),
            [("December", "DATE", "2023-12")],
        ),
    ],
)
def test_past_worry_about_the_month_just_gone(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 1800 would be a reasonable price.", []),
        ("Dealers said 2500 might be a fair sum for the painting.", []),
        ("He said 2030 would be a realistic year for the launch.", [("2030", "DATE", "2030")]),
        ("2026 will be a good year for the club.", [("2026", "DATE", "2026")]),
    ],
)
def test_number_said_to_be_a_price(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rainfall was low in the 1902-08 period.", [("1902", "DATE", "1902"), ("08", "DATE", "1908")]),
        ("The 1905-07 famine emptied the valley.", [("1905", "DATE", "1905"), ("07", "DATE", "1907")]),
        ("The 1902-05 drought killed the cattle.", [("1902", "DATE", "1902"), ("05", "DATE", "1905")]),
    ],
)
def test_span_of_years_before_a_noun_of_span(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The vote had been set for Tuesday but was delayed.",
            FRIDAY,
            NEWS,
            [("Tuesday", "DATE", "2024-05-07")],
        ),
        ("Shares closed at 1450, up from 1390.", FRIDAY, NEWS, []),
        ("Take one tablet each two hours.", FRIDAY, NEWS, [("each two hours", "SET", "PT2H")]),
        ("The bins go every two or three days.", FRIDAY, NEWS, [("every two or three days", "SET", "PXD")]),
    ],
)
def test_already_working(
    text: str, dct: date, kind: DocumentKind, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected
