"""Rules added after the seventy-ninth blind news set (`data/gold/timex/blind_news_79.jsonl`, arts, community
and "what's on" listings) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "late opening Thursdays until 8pm", "Tuesdays, Thursdays and Saturdays at 10am", "trades Saturdays
  through April 26": a plural weekday that a list of standing days, its hours or the date its run ends
  follows is every such day, whatever word leads it ("TGI Fridays opened" stays a name).
- "Performances Tue-Sat at 7.45pm": a run of weekdays given its hours after "at" is a schedule, as one
  given them after "from" or "until" is ("on Monday at 9am" stays a day).
- "Mon-Fri 10am-5pm, Sat 11am-4pm", "Thu-Sat 7.30pm, Sun 3pm": a weekday given its own hours after a
  schedule's entry is the next entry, a standing day, not the day of the clock time before it ("at 7pm,
  Sunday" stays one time); "Tue-Sun noon-6pm", "open Wed-Sun from 5pm": the day closing a run of a
  schedule's days is a standing day, even a short form that is also a word.
- "noon-9 p.m. weekdays, 10 a.m.-10 p.m. weekends", "Weekdays 9am-5pm": the days a schedule's hours are
  kept on ("weekday traffic" stays untagged).
- "on the third Thursday of each month", "every second Wednesday of the month": a weekday counted in every
  month is a set of that weekday ("the first Tuesday of March" stays a date).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2019, 12, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gallery has late opening Thursdays until 8pm.",
            [("Thursdays", "SET", "XXXX-WXX-4"), ("8pm", "TIME", "XXXX-XX-XXT20:00")],
        ),
        (
            "Story time runs Tuesdays, Thursdays and Saturdays at 10am.",
            [
                ("Tuesdays", "SET", "XXXX-WXX-2"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ],
        ),
        (
            "The farmers' market trades Saturdays through April 26.",
            [("Saturdays", "SET", "XXXX-WXX-6"), ("April 26", "DATE", "2020-04-26")],
        ),
        ("TGI Fridays opened a branch in the town.", []),
    ],
)
def test_plural_weekday_in_a_listing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Performances Tue-Sat at 7.45pm.",
            [
                ("Tue", "SET", "XXXX-WXX-2"),
                ("Sat", "SET", "XXXX-WXX-6"),
                ("7.45pm", "TIME", "XXXX-XX-XXT19:45"),
            ],
        ),
        (
            "The talks resume on Monday at 9am.",
            [("Monday", "DATE", "2019-12-09"), ("9am", "TIME", "2019-12-09T09:00")],
        ),
    ],
)
def test_run_of_weekdays_at_an_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The book group meets on the third Thursday of each month.",
            [("the third Thursday of each month", "SET", "XXXX-WXX-4")],
        ),
        (
            "Garden waste is collected every second Wednesday of the month.",
            [("every second Wednesday of the month", "SET", "XXXX-WXX-3")],
        ),
        (
            "The vote is on the first Tuesday of March.",
            [("the first Tuesday of March", "DATE", "2020-03-03")],
        ),
    ],
)
def test_weekday_counted_in_every_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Open Mon-Fri 10am-5pm, Sat 11am-4pm.",
            [
                ("Mon", "SET", "XXXX-WXX-1"),
                ("Fri", "SET", "XXXX-WXX-5"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("5pm", "TIME", "XXXX-XX-XXT17:00"),
                ("Sat", "SET", "XXXX-WXX-6"),
                ("11am", "TIME", "XXXX-XX-XXT11:00"),
                ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        (
            "Wed-Sat 8pm, Sun 4pm.",
            [
                ("Wed", "SET", "XXXX-WXX-3"),
                ("Sat", "SET", "XXXX-WXX-6"),
                ("8pm", "TIME", "XXXX-XX-XXT20:00"),
                ("Sun", "SET", "XXXX-WXX-7"),
                ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ],
        ),
        (
            "The cafe is open Tue-Sun noon-6pm.",
            [
                ("Tue", "SET", "XXXX-WXX-2"),
                ("Sun", "SET", "XXXX-WXX-7"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
                ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ],
        ),
        (
            "The bar is open Wed-Sun from 5pm.",
            [("Wed", "SET", "XXXX-WXX-3"), ("Sun", "SET", "XXXX-WXX-7"), ("5pm", "TIME", "XXXX-XX-XXT17:00")],
        ),
        ("The meeting is at 7pm, Sunday.", [("7pm, Sunday", "TIME", "2019-12-01T19:00")]),
    ],
)
def test_weekday_opening_the_next_entry_of_a_schedule(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pool is open 7am-9 p.m. weekdays, 8 a.m.-6 p.m. weekends.",
            [
                ("7am", "TIME", "XXXX-XX-XXT07:00"),
                ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
                ("weekdays", "SET", "P1D"),
                ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
                ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
                ("weekends", "SET", "XXXX-WXX-WE"),
            ],
        ),
        ("Weekday traffic was heavy.", []),
    ],
)
def test_days_after_a_schedules_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
