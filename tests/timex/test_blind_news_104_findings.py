"""Rules added after the hundred-and-fourth blind news set (`data/gold/timex/blind_news_104.jsonl`, charity,
volunteering and community fundraising news) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "a fine paid under the 1688 Act", "the 1215 Charter was sealed": a year before 1800 that a capitalised law
  or charter is called by, with nothing after the noun it names, is the year that instrument was made, as
  "the 1707 Act of Union" is; a plural ("the 1500 Acts") and a noun qualifying another ("the 1601 Act fees")
  are left as they were.
- "The library opens every day including Christmas Day": a fixed feast a standing rule takes in is that day
  of any year, as one it leaves out ("except Christmas Day") is; "will open ... including Christmas Day" over
  one season keeps this year's.
- "helpers who can spare several hours a week": an unstated count of units spent in each longer period is a
  rate (SET), as "25 hours a week" is; "a few hours a week ago" stays a length and a date.
- "serves breakfast at 8am three mornings a week": a clock time next to a set of parts of days in each week
  is the time of each of them, as it is next to "five days a week"; "twice a week" counts no days.
- "will hold a fun run in June", "a trial run in March": a run of that kind is an event, never the verb of
  its clause, so the clause's own tense decides.
- "Helpers are invited to a thank-you lunch at 1pm on Saturday": an invitation told in the present passive
  is to something still ahead; "were invited to" may tell of one gone.
- '"We took £20 that first morning," she said. "Now we take that in an hour." Sales rose in the year to
  July': in news, a sentence opening on "Now" after a look back to an earlier year returns to the writer's
  present, so a yearless month after it is in the DCT's year; without the "Now" the story stays back.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WEDNESDAY = date(2024, 5, 8)
NEWS = DocumentKind.NEWS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fine was paid under the 1688 Act.", [("1688", "DATE", "1688")]),
        ("The 1215 Charter was sealed at Runnymede.", [("1215", "DATE", "1215")]),
        ("The trust has run almshouses since the 1662 Statute.", [("1662", "DATE", "1662")]),
        # a noun qualifying another, and a count of lower-case things, are left alone
        ("The 1601 Act fees rose again.", []),
        ("The 1500 statute books were burned.", []),
    ],
)
def test_year_of_a_law_or_charter(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The library opens every day including Christmas Day.",
            [("every day", "SET", "P1D"), ("Christmas Day", "DATE", "XXXX-12-25")],
        ),
        (
            "The library will open every day including Christmas Day.",
            [("every day", "SET", "P1D"), ("Christmas Day", "DATE", "2024-12-25")],
        ),
        ("Cards, including Christmas Day greetings, were sent.", [("Christmas Day", "DATE", "2023-12-25")]),
    ],
)
def test_feast_a_standing_rule_takes_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We need helpers who can spare several hours a week.", [("several hours a week", "SET", "P1W")]),
        (
            "She drives for the charity a couple of days a month.",
            [("a couple of days a month", "SET", "P1M")],
        ),
        # a length, then a date counted back
        (
            "It took a few hours a week ago.",
            [("a few hours", "DURATION", "PTXH"), ("a week ago", "DATE", "2024-W18")],
        ),
    ],
)
def test_unstated_count_spent_each_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cafe serves breakfast at 8am three mornings a week.",
            [("8am", "TIME", "XXXX-XX-XXT08:00"), ("three mornings a week", "SET", "P1W")],
        ),
        (
            "The choir rehearses at 7pm two evenings a week.",
            [("7pm", "TIME", "XXXX-XX-XXT19:00"), ("two evenings a week", "SET", "P1W")],
        ),
        # a count of times is no set of days
        (
            "The van calls at 8am twice a week.",
            [("8am", "TIME", "2024-05-08T08:00"), ("twice a week", "SET", "P1W")],
        ),
    ],
)
def test_clock_time_of_parts_of_days_each_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scouts will hold a fun run in June.", [("June", "DATE", "2024-06")]),
        ("Engineers will stage a trial run in March.", [("March", "DATE", "2025-03")]),
        # the verb after its subject still tells its own tense
        ("The scouts run the tuck shop in June.", [("June", "DATE", "2024-06")]),
    ],
)
def test_run_of_a_kind_is_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Helpers are invited to a thank-you lunch at 1pm on Saturday.",
            [("1pm", "TIME", "2024-05-11T13:00"), ("Saturday", "DATE", "2024-05-11")],
        ),
        ("Everyone is invited to the open evening on Thursday.", [("Thursday", "DATE", "2024-05-09")]),
        # an invitation told in the past may be to a day gone
        ("Helpers were invited to a lunch on Saturday.", [("Saturday", "DATE", "2024-05-04")]),
    ],
)
def test_present_invitation_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The cafe opened on 3 March 2015. "We took £20 that first morning," she said. "Now we take that in '
            'an hour." Sales rose in the year to April.',
            [
                ("3 March 2015", "DATE", "2015-03-03"),
                ("that first morning", "TIME", "2015-03-03TMO"),
                ("Now", "DATE", "PRESENT_REF"),
                ("an hour", "DURATION", "PT1H"),
                ("the year", "DURATION", "P1Y"),
                ("April", "DATE", "2024-04"),
            ],
        ),
        # without "Now" the story stays in its year
        (
            'The cafe opened on 3 March 2015. "We took £20 that first morning," she said. Sales rose in the '
            "year to April.",
            [
                ("3 March 2015", "DATE", "2015-03-03"),
                ("that first morning", "TIME", "2015-03-03TMO"),
                ("the year", "DURATION", "P1Y"),
                ("April", "DATE", "2015-04"),
            ],
        ),
    ],
)
def test_now_returns_news_to_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, NEWS) == expected
