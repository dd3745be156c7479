"""Rules added after the seventeenth blind news set (`data/gold/timex/blind_news_17.jsonl`, local
government, transport and education news) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- A frequency word before a ticket noun, alone or joined to another ("weekly and monthly bus passes",
  "annual season tickets"), names a kind of ticket, not a time that recurs.
- A bare weekday before a noun of a service ("Sunday buses", "Friday collections", "a Saturday
  timetable") names the service run on every such day, not one date.
- "on a Thursday" is any Thursday: a set, not the nearest Thursday; "20 July, a Sunday" and "falls on
  a Sunday" still describe one date.
- "the 14th" opening a clause whose subject is the expletive "there" ("From the 14th there will be two")
  is a day of the month, as before "we" or "the".
- In a clause pointing ahead, a bare day of the month ("the meeting on the 21st will decide") falls in
  the later month the text has just named, not in the DCT's month.
- "the year to last March", like "the year to March", is a year-long length closed by that month.
- "the past year and a half" is a length (P1Y6M), as "the past two and a half years" is, not the year
  before the DCT.
- "the new year" said before it comes is the year after the DCT's; "since the new year" is the DCT's
  year.
- A clock time in the sentence of a set of days ("leave at 23:14 ... on weekdays", "on weekends only,
  with lights from 7am to 7pm") is the time of each such day, unless a day is named between them.
- "the last financial year", "the current financial year": a British year of account, April to March,
  named by the calendar year it ends in.
- "overnight" in a clause pointing ahead ("will take place overnight", "is expected overnight") is the
  coming night, not the one just past; "overnight" in a sentence that gives a run of weeks ("will shut
  overnight from 8pm to 6am ... for five weeks") is every night, and its clock times those of each night.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

TUESDAY = date(2024, 8, 13)
SATURDAY = date(2025, 12, 13)
WEDNESDAY = date(2008, 12, 3)
FRIDAY = date(1995, 3, 10)
FEBRUARY_TUESDAY = date(2024, 2, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holders of weekly and monthly rail passes can use the trams.", []),
        ("Annual season tickets go up by 3 per cent.", []),
        ("Monthly tickets will cost £64.", []),
        (
            "The pool is cleaned weekly and the filters are changed monthly.",
            [("weekly", "SET", "P1W"), ("monthly", "SET", "P1M")],
        ),
    ],
)
def test_a_frequency_word_before_a_ticket_names_a_kind_of_ticket(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunday buses will be less frequent.", []),
        (
            "Friday collections move to the following Monday.",
            [("the following Monday", "DATE", "2025-12-15")],
        ),
        ("The depot keeps a Saturday timetable over the holidays.", []),
        ("Saturday services were cut after the storm.", []),
        (
            "The ferry sails on Sunday at noon.",
            [("Sunday", "DATE", "2025-12-14"), ("noon", "TIME", "2025-12-14T12:00")],
        ),
    ],
)
def test_a_weekday_before_a_service_noun_is_no_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_on_a_weekday_is_a_set_and_an_apposition_is_not() -> None:
    assert typed("Bins are emptied on a Thursday.", SATURDAY) == [("Thursday", "SET", "XXXX-WXX-4")]
    assert typed("The market can be held on any Saturday.", SATURDAY) == [("Saturday", "SET", "XXXX-WXX-6")]
    assert [kind for _, kind, _ in typed("On 20 July, a Sunday, the crew landed.", SATURDAY)] == [
        "DATE",
        "DATE",
    ]
    assert [kind for _, kind, _ in typed("Christmas Day falls on a Thursday.", SATURDAY)][-1] == "DATE"


def test_a_day_of_the_month_before_there_is_a_date() -> None:
    text = "The new timetable starts on Sunday 14 December. From the 14th there will be two trains."
    assert typed(text, WEDNESDAY) == [
        ("Sunday 14 December", "DATE", "2008-12-14"),
        ("the 14th", "DATE", "2008-12-14"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board meets on 7 March, and the meeting on the 21st will set prices.",
            [("7 March", "DATE", "2009-03-07"), ("the 21st", "DATE", "2009-03-21")],
        ),
        ("Rent is due on the 1st.", [("the 1st", "DATE", "2009-01-01")]),
    ],
)
def test_a_day_of_the_month_ahead_follows_a_later_month_just_named(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The operator lost £3 million in the year to last March.",
            [("the year", "DURATION", "P1Y"), ("last March", "DATE", "1994-03")],
        ),
        (
            "Fares rose in the six months to last September.",
            [("the six months", "DURATION", "P6M"), ("last September", "DATE", "1994-09")],
        ),
    ],
)
def test_a_period_to_last_month_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the past year and a half the hall has stood empty.",
            [("the past year and a half", "DURATION", "P1Y6M")],
        ),
        (
            "In the next hour and a half the results will come in.",
            [("the next hour and a half", "DURATION", "PT1H30M")],
        ),
        ("The past year has been hard.", [("The past year", "DURATION", "P1Y")]),
    ],
)
def test_a_unit_and_a_half_after_past_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2025, 3, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Garden waste rounds restart in the new year.", [("the new year", "DATE", "2026")]),
        ("Ticket sales have doubled since the new year.", [("the new year", "DATE", "2025")]),
        ("Happy New Year to all our readers.", []),
        ("His new year resolutions did not last.", []),
    ],
)
def test_the_new_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last tram will leave at 23:40, twenty minutes later than now, on weekdays.",
            [
                ("23:40", "TIME", "XXXX-XX-XXT23:40"),
                ("twenty minutes", "DURATION", "PT20M"),
                ("now", "DATE", "PRESENT_REF"),
                ("weekdays", "SET", "P1D"),
            ],
        ),
        (
            "Crews will work on weekends only, with lights in place from 7am to 7pm.",
            [
                ("weekends", "SET", "XXXX-WXX-WE"),
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
                ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ],
        ),
        (
            "On Saturdays the shop opens at 9am, but on Saturday 27 December it opens at 10am.",
            [
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("9am", "TIME", "XXXX-XX-XXT09:00"),
                ("Saturday 27 December", "DATE", "2008-12-27"),
                ("10am", "TIME", "2008-12-27T10:00"),
            ],
        ),
    ],
)
def test_a_clock_time_in_a_sentence_of_set_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        (
            TUESDAY,
            "The county resurfaced 90 miles in the last financial year and will do more in the current financial year.",
            [("the last financial year", "DATE", "2024"), ("the current financial year", "DATE", "2025")],
        ),
        (
            FEBRUARY_TUESDAY,
            "The county resurfaced 90 miles in the last financial year and will do more in the current financial year.",
            [("the last financial year", "DATE", "2023"), ("the current financial year", "DATE", "2024")],
        ),
        (TUESDAY, "Last year was the wettest on record.", [("Last year", "DATE", "2023")]),
    ],
)
def test_a_financial_year_runs_from_april(dct: date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Work on the bridge will take place overnight.", [("overnight", "TIME", "2024-08-13TNI")]),
        ("Snow is expected overnight.", [("overnight", "TIME", "2024-08-13TNI")]),
        ("Police were called overnight.", [("overnight", "TIME", "2024-08-12TNI")]),
    ],
)
def test_overnight_in_a_clause_pointing_ahead_is_the_coming_night(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


def test_overnight_over_a_run_of_weeks_is_every_night() -> None:
    text = "The bridge will shut overnight from 9pm to 5am, from Monday 19 August, for three weeks."
    assert typed(text, TUESDAY) == [
        ("overnight", "SET", "XXXX-XX-XXTNI"),
        ("9pm", "TIME", "XXXX-XX-XXT21:00"),
        ("5am", "TIME", "XXXX-XX-XXT05:00"),
        ("Monday 19 August", "DATE", "2024-08-19"),
        ("three weeks", "DURATION", "P3W"),
    ]
    assert typed("Prices fell overnight for the first time in weeks.", TUESDAY)[0] == (
        "overnight",
        "TIME",
        "2024-08-12TNI",
    )
