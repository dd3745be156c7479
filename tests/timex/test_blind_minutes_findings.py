"""Rules added after the blind minutes set (`data/gold/timex/blind_minutes.jsonl`, meeting minutes,
agendas, formal letters and e-mails) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "Minutes of the meeting ... held on Tuesday 14 May 2019": a meeting's record is headed by the
  meeting's day as a letter is by its date, and is often issued days later; the meeting's clock times
  ("closed the meeting at 9.12 pm"), its past weekdays and its "next month" are the meeting day's.
- "not less than two months' notice", "no fewer than 21 days": that long at least (EQUAL_OR_MORE), as
  "at least" is; "not more than" was already EQUAL_OR_LESS.
- "at least three clear days before the meeting": whole days, the days of sending and of the meeting
  left out, still a length of days, as "working days" are.
- "the summer fair", "the spring fete": a yearly event named by its season; the article belongs to the
  noun and the time is the season alone, as in "the summer recess".
- "Wednesday 11 May and Wednesday 6 July, all at 6pm": a clock time the listed days share is the time of
  each of them (a standing time), not of the last day named.
- "has promised a 20 mph limit in the autumn": a promise still standing (present or present perfect)
  looks ahead to the time of the thing promised; a bare past "promised" is left as it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

FRIDAY = date(2023, 10, 13)
MONDAY = date(2017, 2, 6)
SUNDAY = date(2014, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minutes of the meeting of the Allotment Committee held on Monday 9 October 2023 in the Pavilion\n\n"
            "The Chair opened the meeting at 7.30pm. The water was turned off on Friday, as agreed.\n\n"
            "The meeting closed at 8.50pm.",
            [
                ("Monday 9 October 2023", "DATE", "2023-10-09"),
                ("7.30pm", "TIME", "2023-10-09T19:30"),
                ("Friday", "DATE", "2023-10-06"),
                ("8.50pm", "TIME", "2023-10-09T20:50"),
            ],
        ),
        (
            "Minutes of the Finance Committee meeting held at the Old School on 28 September 2023\n\n"
            "The treasurer, who steps down next month, presented the accounts.\n\n"
            "The meeting ended at 9.05 pm.",
            [
                ("28 September 2023", "DATE", "2023-09-28"),
                ("next month", "DATE", "2023-10"),
                ("9.05 pm", "TIME", "2023-09-28T21:05"),
            ],
        ),
        (
            "Notes of the Annual General Meeting, 5 October 2023, Church Hall\n\n"
            "Forty members attended. The gate was mended last week.\n\nThe Chair closed the meeting at 9.40pm.",
            [
                ("5 October 2023", "DATE", "2023-10-05"),
                ("last week", "DATE", "2023-W39"),
                ("9.40pm", "TIME", "2023-10-05T21:40"),
            ],
        ),
        (
            # news of a record is no heading: a sentence ends the line
            "Minutes of the board meeting held on 28 September 2023 will be published next week.\n"
            "The shares fell on Tuesday.",
            [
                ("28 September 2023", "DATE", "2023-09-28"),
                ("next week", "DATE", "2023-W42"),
                ("Tuesday", "DATE", "2023-10-10"),
            ],
        ),
    ],
)
def test_a_meeting_record_is_told_from_the_meeting_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The landlord must give not less than two months' notice.",
            [("not less than two months", "P2M", "EQUAL_OR_MORE")],
        ),
        (
            "Objections need no fewer than 21 days and no less than a week to be heard.",
            [
                ("no fewer than 21 days", "P21D", "EQUAL_OR_MORE"),
                ("no less than a week", "P1W", "EQUAL_OR_MORE"),
            ],
        ),
    ],
)
def test_not_less_than_is_at_least(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agenda must be posted at least three clear days before the meeting.",
            [("at least three clear days", "P3D", "EQUAL_OR_MORE")],
        ),
        ("Seven clear days' notice is required.", [("Seven clear days", "P7D", None)]),
        ("On a clear day you can see the coast.", []),
    ],
)
def test_clear_days_are_days(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summer fair will be held on the green.",
            [("summer", "DATE", "2014-SU")],
        ),
        (
            "The spring fete raised £600 for the church roof.",
            [("spring", "DATE", "2014-SP")],
        ),
    ],
)
def test_a_season_naming_a_fair(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rehearsals are on Tuesday 7 March and Tuesday 14 March, both at 7.15pm.",
            [
                ("Tuesday 7 March", "DATE", "2017-03-07"),
                ("Tuesday 14 March", "DATE", "2017-03-14"),
                ("7.15pm", "TIME", "XXXX-XX-XXT19:15"),
            ],
        ),
        (
            "Surgeries: 11 February, 11 March and 8 April, all from 10am.",
            [
                ("11 February", "DATE", "2017-02-11"),
                ("11 March", "DATE", "2017-03-11"),
                ("8 April", "DATE", "2017-04-08"),
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ],
        ),
        (
            "The inspector came on Friday, all before 9am.",
            [("Friday", "DATE", "2017-02-03"), ("9am", "TIME", "2017-02-03T09:00")],
        ),
    ],
)
def test_a_clock_time_the_listed_days_share(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The highways agency has promised a new crossing in the autumn.",
            [("the autumn", "DATE", "2014-FA")],
        ),
        ("The club promises a full refund by the end of July.", [("the end of July", "DATE", "2014-07")]),
        ("The agency promised a new crossing in the spring.", [("the spring", "DATE", "2014-SP")]),
    ],
)
def test_a_standing_promise_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
