"""Rules added after the forty-seventh blind news set (`data/gold/timex/blind_news_47.jsonl`, business and
economy wire copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- A month after a preposition is a month when a quotation opens right before the preposition ('"In May we
  were paying cash," he said'): the quotation mark is no part of the word before the month.
- "hourly" before the people it pays ("the plant's 900 hourly workers", "hourly employees") names a way
  of paying, not a time that recurs.
- A possessive day before the figures an office releases ("Friday's report on producer prices",
  "Thursday's jobless figures"), as the object of a verb looking ahead, is still to come.
- The last day of a reporting period ("the nine months ended Sept. 30") bounds a figure; the story does
  not move to it, so a clock time told after it falls on the day the story is on.
- A calendar quarter with its closing day told right after it ("the fourth quarter, which ended Dec. 31")
  is in the year of that day, the last one by the time told, whatever the tense of the verb it hangs on
  ("expects to earn"); a fiscal quarter keeps its fiscal year's numbering.
- A quarter bounding a present-tense clause ("nobody sees a recovery before the fourth quarter") lies
  ahead.
- "was due" with a day ("an interest payment was due June 21") is a past arrangement whose day may fall
  on either side of the time of writing: the nearest one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2002, 6, 16)
TUESDAY = date(2003, 5, 6)
WEDNESDAY = date(2005, 4, 13)
THURSDAY = date(1999, 11, 18)
FRIDAY = date(2004, 8, 13)
SATURDAY = date(2001, 3, 3)
THURSDAY_IN_JANUARY = date(2000, 1, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"In May we were paying cash," the owner said.', [("May", "DATE", "2002-05")]),
        ('"Since March the mill has run two shifts," he said.', [("March", "DATE", "2002-03")]),
        ("\u201cIn April the orders stopped,\u201d she said.", [("April", "DATE", "2002-04")]),
        ('"May we see the figures?" the lawyer asked.', []),
    ],
)
def test_a_month_after_a_preposition_opening_a_quotation(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant's 900 hourly workers voted to strike.", []),
        ("Hourly employees will get a raise of 40 cents.", []),
        ("Buses run hourly on Sundays.", [("hourly", "SET", "PT1H"), ("Sundays", "SET", "XXXX-WXX-7")]),
    ],
)
def test_hourly_before_the_people_it_pays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Investors will look for signs of inflation in Friday's report on producer prices.",
            [("Friday", "DATE", "2005-04-15")],
        ),
        ("Traders will watch Thursday's jobless figures closely.", [("Thursday", "DATE", "2005-04-14")]),
        ("Monday's report showed a rise in orders.", [("Monday", "DATE", "2005-04-11")]),
    ],
)
def test_a_release_named_by_its_day_as_object_of_a_verb_looking_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_a_clock_time_after_a_reporting_periods_last_day_falls_on_the_story_day() -> None:
    text = (
        "The grocer lost $9 million in the nine months ended Sept. 30.\n\n"
        "Its founder rang the opening bell at 9:30 a.m. and sold no shares."
    )
    assert typed(text, THURSDAY) == [
        ("the nine months", "DURATION", "P9M"),
        ("Sept. 30", "DATE", "1999-09-30"),
        ("9:30 a.m.", "TIME", "1999-11-18T09:30"),
    ]


def test_a_week_ended_stays_the_time_a_previous_week_counts_from() -> None:
    text = "Exports in the week ended July 30 fell 20% from the previous week."
    assert typed(text, FRIDAY) == [
        ("the week", "DURATION", "P1W"),
        ("July 30", "DATE", "2004-07-30"),
        ("the previous week", "DATE", "2004-W30"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chain expects to earn $1 a share in the fourth quarter, which ended Dec. 31.",
            [("the fourth quarter", "DATE", "1999-Q4"), ("Dec. 31", "DATE", "1999-12-31")],
        ),
        (
            "It expects a small profit for the second half, which ended Dec. 31.",
            [("the second half", "DATE", "1999-H2"), ("Dec. 31", "DATE", "1999-12-31")],
        ),
    ],
)
def test_a_quarter_with_its_closing_told_after_it_is_the_last_one_over(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY_IN_JANUARY) == expected


def test_a_quarter_bounding_a_present_clause_lies_ahead() -> None:
    text = '"Nobody sees a recovery before the fourth quarter," the analyst said.'
    assert typed(text, SATURDAY) == [("the fourth quarter", "DATE", "2001-Q4")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The filing came a week before an interest payment was due June 21.",
            [("a week", "DURATION", "P1W"), ("June 21", "DATE", "2002-06-21")],
        ),
        ("A coupon payment was due on June 1 and was never made.", [("June 1", "DATE", "2002-06-01")]),
        ("The company missed a payment due June 1.", [("June 1", "DATE", "2002-06-01")]),
    ],
)
def test_was_due_with_a_day_is_the_nearest_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
