"""Rules added in a leftovers pass over known errors of the time-expression engine: each row is a sentence
of our own showing the general English usage behind one finding.

- "By the twenty-third century the colony had its own calendar", "the twenty fifth century", "a
  23rd-century starship": every ordinal century is a date (22, 24), the far ones too, and a compound
  ordinal is written with a space as well as a hyphen ("the twenty first century" is 20, not the first
  century); "the twenty-second and twenty-third centuries" is no length of twenty seconds.
- "The walkout began on 4 May, a Tuesday": a weekday set beside a date restates it, so it is that day
  even where the two disagree (the explanation says so); "with Christmas falling on a Wednesday" still
  finds the weekday the day falls on.
- "The news reached Galway on Easter Monday, 17 April 1865": in a story that has named no year, the full
  date set right after a feast gives the feast its year.
- "Car exports in March fell sharply", said in February: a month inside a short subject right before a
  verb of its figures' change dates the change, however far back (the tense reader no longer takes
  "exports" for the verb); "The concert in March was cancelled" may be called off ahead of it and keeps
  the nearer March.
- "Wreckage washed up over the next week", "Over the next month the fever spread": "over the next" week
  or month is a stretch (P1W, P1M), as "over the next fortnight" and "over the coming month" are; "over
  the next year" still names the year after.
- "Last orders are at 10.30 and the kitchen closes at 9": a place's closing hour after an evening clock
  time in its sentence is the evening's; "Doors open at 7.30 for the concert": the doors open for a
  performance named after the hour.
- "The last scheduled day of action is Friday", "The deadline is Friday": a present "is" naming the
  weekday of a day a plan sets points ahead, as "The party is on Friday" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import find, typed

FRIDAY = date(2024, 5, 10)
MONDAY = date(2024, 5, 6)
FEBRUARY = date(2024, 2, 14)
JUNE = date(2024, 6, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the twenty-third century the colony had its own calendar.",
            [("the twenty-third century", "DATE", "22")],
        ),
        (
            "Historians of the twenty fifth century will judge us.",
            [("the twenty fifth century", "DATE", "24")],
        ),
        ("In the twenty first century the port shrank.", [("the twenty first century", "DATE", "20")]),
        ("They flew a 23rd-century starship.", [("23rd-century", "DATE", "22")]),
        ("She writes of the 30th century.", [("the 30th century", "DATE", "29")]),
        ("the twenty-first-century city", [("the twenty-first-century", "DATE", "20")]),
        (
            "Between the twenty-second and twenty-third centuries the seas rose.",
            [("twenty-third centuries", "DATE", "22")],
        ),
        # a twenty-second delay is a length; a century of an institution is its own hundred years
        ("The fuse gives a twenty-second delay.", [("twenty-second", "DURATION", "PT20S")]),
        ("It was the twenty-third century of the abbey.", []),
    ],
)
def test_ordinal_centuries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The walkout began on 4 May, a Tuesday, and ended a week later.",
            JUNE,
            None,
            [
                ("4 May", "DATE", "2024-05-04"),
                ("Tuesday", "DATE", "2024-05-04"),
                ("a week later", "DATE", "2024-W19"),
            ],
        ),
        (
            "The brig left Leith on 1 February 1811, a Friday.",
            None,
            NARRATIVE,
            [("1 February 1811", "DATE", "1811-02-01"), ("Friday", "DATE", "1811-02-01")],
        ),
        (
            "The brig left Leith on 1 February 1811, a Tuesday.",
            None,
            NARRATIVE,
            [("1 February 1811", "DATE", "1811-02-01"), ("Tuesday", "DATE", "1811-02-01")],
        ),
        # a day said to fall on a weekday is still found on that weekday
        (
            "With Christmas falling on a Wednesday, the shops shut early.",
            JUNE,
            None,
            [("Christmas", "DATE", "2023-12-25"), ("Wednesday", "DATE", "2023-12-27")],
        ),
    ],
)
def test_weekday_set_beside_a_date(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


def test_a_weekday_that_disagrees_with_its_date_says_so() -> None:
    tuesday = find("The brig left Leith on 1 February 1811, a Tuesday.", None, "Tuesday", NARRATIVE)
    assert "no Tuesday" in tuesday.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The news reached Galway on Easter Monday, 17 April 1865.",
            [("Easter Monday", "DATE", "1865-04-17"), ("17 April 1865", "DATE", "1865-04-17")],
        ),
        (
            "The fair opened on Whit Monday, 5 June 1865, in the rain.",
            [("Whit Monday", "DATE", "1865-06-05"), ("5 June 1865", "DATE", "1865-06-05")],
        ),
        (
            "The mill burned on Good Friday, 14 April 1865.",
            [("Good Friday", "DATE", "1865-04-14"), ("14 April 1865", "DATE", "1865-04-14")],
        ),
        # a date later in the sentence, not set beside the feast, tells nothing of its year
        (
            "They married at Easter, and on 3 May 1850 they sailed.",
            [("Easter", "DATE", "XXXX-XX-XX"), ("3 May 1850", "DATE", "1850-05-03")],
        ),
    ],
)
def test_feast_takes_the_year_of_the_date_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in March rose 4 per cent, the chain said.", [("March", "DATE", "2023-03")]),
        ("Car exports in March fell sharply.", [("March", "DATE", "2023-03")]),
        ("Output in March rose.", [("March", "DATE", "2023-03")]),
        # what was called off may have been called off ahead of its month; a future looks ahead
        ("The concert in March was cancelled.", [("March", "DATE", "2024-03")]),
        ("Sales in March will rise, the chain said.", [("March", "DATE", "2024-03")]),
    ],
)
def test_month_inside_the_subject_of_a_past_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FEBRUARY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "Ferries will run a reduced timetable over the next week.",
            FRIDAY,
            None,
            [("the next week", "DURATION", "P1W")],
        ),
        ("Wreckage washed up over the next week.", None, NARRATIVE, [("the next week", "DURATION", "P1W")]),
        (
            "Over the next month the fever spread along the coast.",
            None,
            NARRATIVE,
            [("the next month", "DURATION", "P1M")],
        ),
        # without "over" the week is the calendar's; "over the next year" names the year after
        ("The talks resume next week.", FRIDAY, None, [("next week", "DATE", "2024-W20")]),
        ("Rents will rise over the next year.", FRIDAY, None, [("the next year", "DATE", "2025")]),
    ],
)
def test_over_the_next_week_is_a_stretch(
    text: str, dct: date | None, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last orders are at 10.30 and the kitchen closes at 9.",
            [("10.30", "TIME", "XXXX-XX-XXT22:30"), ("9", "TIME", "XXXX-XX-XXT21:00")],
        ),
        (
            "Last orders are at 10.30 and the doors close at 11.",
            [("10.30", "TIME", "XXXX-XX-XXT22:30"), ("11", "TIME", "XXXX-XX-XXT23:00")],
        ),
        ("Doors open at 7.30 for the concert.", [("7.30", "TIME", "2024-05-10T19:30")]),
        # after a morning hour a closing hour keeps its morning; doors for no performance name no hour
        (
            "The café opens at 7am and closes at 11.",
            [("7am", "TIME", "2024-05-10T07:00"), ("11", "TIME", "2024-05-10T11:00")],
        ),
        ("Doors open at 7.30 for the sale.", []),
    ],
)
def test_closing_hour_after_an_evening_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The last scheduled day of action is Friday.", [("Friday", "DATE", "2024-05-10")]),
        ("The final day of the strike is Friday, the union said.", [("Friday", "DATE", "2024-05-10")]),
        ("The deadline is Friday.", [("Friday", "DATE", "2024-05-10")]),
        # a past "was" looks back; a day described by what happens on it keeps the nearest
        ("The last day of the festival was Friday.", [("Friday", "DATE", "2024-05-03")]),
        ("The busiest day is Friday.", [("Friday", "DATE", "2024-05-03")]),
    ],
)
def test_planned_day_said_to_be_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
