"""Rules added after the seventy-first blind news set (`data/gold/timex/blind_news_71.jsonl`, public
transport, roads and travel disruption) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "the third rise in as many years", "seven managers in as many months": "as many" repeats the number
  just named (an ordinal or a count), so the length is that many units.
- "Northern said tickets for Saturday would be accepted": a day inside the subject of a reported clause,
  after a noun and "for" or "from" (alone or joined to another day), looks ahead with the clause's
  modal, as "said Friday would bring rain" does.
- "... on Friday 20 December.\n\nQueues will be worst on that day": in a text with no DCT, "that day"
  points back to the day of the month just named even across a paragraph break.
- "between 7am and 7pm on strike days", "from 9am on match days": a clock time on every day of a kind is
  that time of each of them (XXXX-XX-XXT07:00).
- "On Sundays buses will run every 20 minutes from 9am", "runs every 15 minutes and stops at 8pm" after
  a sentence of weekdays: a set of minutes or hours names no day, so it does not keep a clock time from
  the days the sentence (or the one before) names.
- "The union said each strike would begin at 3am": a reported clause opening with "each" and an event
  of a run tells the time of every one of them, as a sentence opening so does.
- "should allow an extra hour", "an additional day": one more unit, counted by its article, is a length.
- "the signal fault, which began on Sunday evening, had been repaired by 6.15am": a morning something was
  done by, told after an evening in the same sentence (with no verb of saying between), is the next
  morning.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2021, 9, 15)
THURSDAY = date(2018, 11, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Council tax will go up in April, the third rise in as many years.",
            [("April", "DATE", "2019-04"), ("as many years", "DURATION", "P3Y")],
        ),
        (
            "The club has had seven managers in as many months.",
            [("as many months", "DURATION", "P7M")],
        ),
        (
            "It was their fifth closure in as many weeks.",
            [("as many weeks", "DURATION", "P5W")],
        ),
    ],
)
def test_as_many_repeats_the_number_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The operator said tickets for Saturday and Sunday would be valid on the buses.",
            [("Saturday", "DATE", "2021-09-18"), ("Sunday", "DATE", "2021-09-19")],
        ),
        (
            "The council said parking permits for Friday will be sent out by post.",
            [("Friday", "DATE", "2021-09-17")],
        ),
        (
            "The company said that the buses for Thursday would leave from the square.",
            [("Thursday", "DATE", "2021-09-16")],
        ),
    ],
)
def test_a_day_inside_a_reported_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_that_day_across_a_paragraph_without_a_dct() -> None:
    text = "The fair opens on Saturday 14 March.\n\nStallholders should bring their own tables on that day."
    assert typed(text, None) == [
        ("Saturday 14 March", "DATE", "XXXX-03-14"),
        ("that day", "DATE", "XXXX-03-14"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The operator said it would run trains hourly between 6am and 10pm on strike days.",
            [
                ("hourly", "SET", "PT1H"),
                ("6am", "TIME", "XXXX-XX-XXT06:00"),
                ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ],
        ),
        (
            "The stadium car park will open at 7am on match days.",
            [("7am", "TIME", "XXXX-XX-XXT07:00")],
        ),
    ],
)
def test_a_clock_time_on_days_of_a_kind(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Saturdays the 12 will run every 30 minutes from 8am.",
            [
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("every 30 minutes", "SET", "PT30M"),
                ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ],
        ),
        (
            "The line will be open Mondays to Fridays. At present it runs every ten minutes and closes at 11pm.",
            [
                ("Mondays", "SET", "XXXX-WXX-1"),
                ("Fridays", "SET", "XXXX-WXX-5"),
                ("every ten minutes", "SET", "PT10M"),
                ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ],
        ),
    ],
)
def test_a_set_of_minutes_does_not_hide_the_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said each walkout would start at 4am and last two days.",
            [("4am", "TIME", "XXXX-XX-XXT04:00"), ("two days", "DURATION", "P2D")],
        ),
        (
            "Highways officials confirmed that each closure will begin at 9pm.",
            [("9pm", "TIME", "XXXX-XX-XXT21:00")],
        ),
    ],
)
def test_each_event_after_a_reporting_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drivers heading to the coast should allow an extra hour.", [("an extra hour", "DURATION", "PT1H")]),
        ("The show has been given an additional week.", [("an additional week", "DURATION", "P1W")]),
    ],
)
def test_an_extra_unit_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Network Rail said the signal fault, which began on Sunday evening, had been repaired by 6.15am.",
            [("Sunday evening", "TIME", "2021-09-12TEV"), ("6.15am", "TIME", "2021-09-13T06:15")],
        ),
        (
            "On Tuesday evening, she said the report had been ready by 10am.",
            [("Tuesday evening", "TIME", "2021-09-14TEV"), ("10am", "TIME", "2021-09-14T10:00")],
        ),
    ],
)
def test_a_morning_deadline_after_an_evening(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
