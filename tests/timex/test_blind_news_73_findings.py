"""Rules added after the seventy-third blind news set (`data/gold/timex/blind_news_73.jsonl`, local and
national news with days counted from the speaker's day in reported speech and quotations) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- 'The mayor said on Monday: "We finish today"', 'In an email sent on Tuesday, the head wrote: "This
  morning ..."', 'said on Friday. "Today was ..."': a quotation whose attribution right before it dates
  the saying to a past day speaks from that day; its "today", "yesterday", "tomorrow", parts of the day
  and weekdays count from it.
- '"The boiler failed yesterday," one tenant said on Saturday.': so does a quotation whose attribution
  follows it in the same sentence.
- "had said on Tuesday that the roof would be finished by Friday": a bare weekday in a reported "would"
  clause after a past day of saying told in the past perfect is the first such weekday after that day;
  "said last Thursday that the fares would rise from Monday", a plan still ahead, keeps the writer's week.
- "the weekend before last", "the week after next", "the Tuesday before last": two units or weekdays
  back from, or on from, the speaker's.
- "two Saturdays ago", "three Sundays ago": the weekday counted back that many times, last Saturday
  being one Saturday ago.
- "a fortnight on Sunday": two weeks after the coming Sunday, as "a week on Sunday" is one.
- "for the rest of this week": the week, with "the rest of" in the extent as in "the rest of the week".
- "half past seven this morning", "quarter to six yesterday evening": a clock face in words with the day
  and its part after it is one expression on that day, as "7.30 this morning" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2023, 11, 16)
MONDAY = date(2025, 6, 9)
SATURDAY = date(2021, 3, 20)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            'The mayor said on Monday: "We finish the repairs today and reopen the hall tomorrow."',
            THURSDAY,
            [
                ("Monday", "DATE", "2023-11-13"),
                ("today", "DATE", "2023-11-13"),
                ("tomorrow", "DATE", "2023-11-14"),
            ],
        ),
        (
            "In an email sent on Tuesday, the head teacher wrote: "
            '"This morning the inspectors told me we could open on Friday."',
            THURSDAY,
            [
                ("Tuesday", "DATE", "2023-11-14"),
                ("This morning", "TIME", "2023-11-14TMO"),
                ("Friday", "DATE", "2023-11-17"),
            ],
        ),
        (
            'The coach said on Friday. "Today was our last training session before the final." '
            "The players rested today.",
            MONDAY,
            [
                ("Friday", "DATE", "2025-06-06"),
                ("Today", "DATE", "2025-06-06"),
                ("today", "DATE", "2025-06-09"),
            ],
        ),
        (
            '"The boiler failed yesterday and nobody answered the phone," one tenant said on Saturday.',
            MONDAY,
            [("yesterday", "DATE", "2025-06-06"), ("Saturday", "DATE", "2025-06-07")],
        ),
        ('"We expect the water back today," a spokesman said.', THURSDAY, [("today", "DATE", "2023-11-16")]),
        (
            '"We open today," the manager said on Thursday.',
            THURSDAY,
            [("today", "DATE", "2023-11-16"), ("Thursday", "DATE", "2023-11-16")],
        ),
    ],
)
def test_a_quotation_speaks_from_the_day_its_attribution_dates(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The builder had said on Tuesday that the roof would be finished by Friday.",
            MONDAY,
            [("Tuesday", "DATE", "2025-06-03"), ("Friday", "DATE", "2025-06-06")],
        ),
        (
            "The contractor had told residents on Monday that the road would reopen on Wednesday.",
            THURSDAY,
            [("Monday", "DATE", "2023-11-13"), ("Wednesday", "DATE", "2023-11-15")],
        ),
        (
            "The council said the road would reopen on Saturday.",
            THURSDAY,
            [("Saturday", "DATE", "2023-11-18")],
        ),
        (
            "The ministry said last Thursday that the new fares would apply from Monday.",
            THURSDAY,
            [("last Thursday", "DATE", "2023-11-09"), ("Monday", "DATE", "2023-11-20")],
        ),
    ],
)
def test_a_weekday_in_a_reported_would_clause_follows_the_day_of_saying(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pitch was flooded the weekend before last.",
            [("the weekend before last", "DATE", "2021-W09-WE")],
        ),
        ("The meeting is the week after next.", [("the week after next", "DATE", "2021-W13")]),
        ("She last saw him the Tuesday before last.", [("the Tuesday before last", "DATE", "2021-03-09")]),
        ("The match was called off two Saturdays ago.", [("two Saturdays ago", "DATE", "2021-03-06")]),
        ("The shop was burgled three Sundays ago.", [("three Sundays ago", "DATE", "2021-02-28")]),
        ("The replay is a fortnight on Sunday.", [("a fortnight on Sunday", "DATE", "2021-04-04")]),
    ],
)
def test_days_and_weeks_counted_past_the_last_or_the_next(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The library stays shut for the rest of this week.",
            [("the rest of this week", "DATE", "2023-W46")],
        ),
        (
            "The shop will stay closed for the rest of next week.",
            [("the rest of next week", "DATE", "2023-W47")],
        ),
        (
            "The pool reopened at half past seven this morning.",
            [("half past seven this morning", "TIME", "2023-11-16T07:30")],
        ),
        (
            "The coach arrived at quarter to six yesterday evening.",
            [("quarter to six yesterday evening", "TIME", "2023-11-15T17:45")],
        ),
        ("Doors open at half past eight tonight.", [("half past eight tonight", "TIME", "2023-11-16T20:30")]),
    ],
)
def test_extents_of_the_rest_of_a_week_and_a_spelled_clock_with_its_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected
