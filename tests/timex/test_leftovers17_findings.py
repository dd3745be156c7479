"""Leftovers of earlier rounds mended in session 17: each row is a sentence of our own showing the general
English usage behind one mend, and the look-alikes that must stay as they are.

- "09:00-17:30 weekdays, 10:00-16:00 weekends": a range written on the 24-hour clock (its other end has a
  leading zero or an hour past noon) keeps its hours; only a bare hour after an afternoon one moves.
- "Ends Sunday.", "Closes Saturday", "Runs until Friday": a notice's line that opens with the verb of a
  scheduled event looks ahead, to the next such day (the DCT itself on that weekday, as "will meet
  Wednesday" reads it); "Ended Sunday." stays in the past.
- "the last Friday of the month", "the first Monday of next month": that weekday counted in the month in
  context (the DCT's or the story's) or in the month named from it; "of each month" stays a SET, and so is
  "the month"'s weekday in a listing's entry with no verb or in a present habit ("the club meets on").
- "the 1905-07 revolution", "the 1914-18 war": a span of years right before an event's noun is two years,
  as "the Revolution of 1905-07" is.
- "In May 1998 the council set a new election for February": a past verb of arranging (set, scheduled,
  fixed, moved, postponed ... to) looks ahead from the story's time, as "called a new election for" does;
  "called an election for November" in news is near now on either side, as "called a rally for Saturday" is.
- "Doors at 7pm, music at 7.30", "Curtain at 7.45", "Doors at 7, show at 8": a listing's performance given
  its hour without a.m. or p.m. plays in the afternoon or evening (blind_news_79's "music at 7.30" is 19:30,
  "matinees ... at 2.30" 14:30); "doors at 8" of a bake sale, prices and amounts stay as they are.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2026, 3, 4)
TUESDAY = date(2026, 7, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Open 09:00-17:30 weekdays, 10:00-16:00 weekends.",
            [
                ("09:00", "TIME", "XXXX-XX-XXT09:00"),
                ("17:30", "TIME", "XXXX-XX-XXT17:30"),
                ("weekdays", "SET", "P1D"),
                ("10:00", "TIME", "XXXX-XX-XXT10:00"),
                ("16:00", "TIME", "XXXX-XX-XXT16:00"),
                ("weekends", "SET", "XXXX-WXX-WE"),
            ],
        ),
        (
            "The library opens 08:30-18:00 on weekdays and from 10.30 to 16.00 at weekends.",
            [
                ("08:30", "TIME", "XXXX-XX-XXT08:30"),
                ("18:00", "TIME", "XXXX-XX-XXT18:00"),
                ("weekdays", "SET", "P1D"),
                ("10.30", "TIME", "XXXX-XX-XXT10:30"),
                ("16.00", "TIME", "XXXX-XX-XXT16:00"),
                ("weekends", "SET", "XXXX-WXX-WE"),
            ],
        ),
        # a bare hour after an afternoon one is still that evening's
        (
            "Doors open at 6:30 p.m. and the first band goes on at 7:30.",
            [("6:30 p.m.", "TIME", "2026-03-04T18:30"), ("7:30", "TIME", "2026-03-04T19:30")],
        ),
    ],
)
def test_range_on_the_24_hour_clock_keeps_its_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half-price tickets. Ends Sunday.", [("Sunday", "DATE", "2026-03-08")]),
        ("Closes Sunday.", [("Sunday", "DATE", "2026-03-08")]),
        ("Runs until Sunday at the Lyric.", [("Sunday", "DATE", "2026-03-08")]),
        # on that weekday the DCT itself, as "will meet Wednesday" reads it
        ("Closes Wednesday.", [("Wednesday", "DATE", "2026-03-04")]),
        # the past stays in the past
        ("Ended Sunday.", [("Sunday", "DATE", "2026-03-01")]),
        ("The show ended Sunday.", [("Sunday", "DATE", "2026-03-01")]),
    ],
)
def test_notice_line_opening_with_a_schedule_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "We will vote on the last Friday of the month.",
            WEDNESDAY,
            [("the last Friday of the month", "DATE", "2026-03-27")],
        ),
        (
            "The first Monday of next month is a holiday.",
            WEDNESDAY,
            [("The first Monday of next month", "DATE", "2026-04-06")],
        ),
        (
            "The report came out on the second Tuesday of last month.",
            WEDNESDAY,
            [("the second Tuesday of last month", "DATE", "2026-02-10")],
        ),
        (
            "In May 1940 the army fell back to the coast, and on the last Friday of the month the ships came.",
            None,
            [("May 1940", "DATE", "1940-05"), ("the last Friday of the month", "DATE", "1940-05-31")],
        ),
        # a present habit or a listing's entry is every month's, as blind_news_79's "Film Club: [the last
        # Friday of the month], doors 7pm" is
        (
            "The book club meets on the last Friday of the month.",
            WEDNESDAY,
            [("the last Friday of the month", "SET", "XXXX-WXX-5")],
        ),
        (
            "Chess Club: the first Tuesday of the month, from 6pm.",
            None,
            [("the first Tuesday of the month", "SET", "XXXX-WXX-2"), ("6pm", "TIME", "XXXX-XX-XXT18:00")],
        ),
        # every month's stays a SET
        (
            "The market is held on the second Tuesday of each month.",
            WEDNESDAY,
            [("the second Tuesday of each month", "SET", "XXXX-WXX-2")],
        ),
        (
            "Bins go out on the first Monday of every month.",
            WEDNESDAY,
            [("the first Monday of every month", "SET", "XXXX-WXX-1")],
        ),
    ],
)
def test_weekday_counted_in_the_month_in_context(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1905-07 revolution failed.", [("1905", "DATE", "1905"), ("07", "DATE", "1907")]),
        ("The 2007-09 crisis hit the banks.", [("2007", "DATE", "2007"), ("09", "DATE", "2009")]),
        # a year and month written the ISO way before another noun is no span
        ("The 2010-12 figures were revised.", []),
    ],
)
def test_span_of_years_before_an_event_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "In May 1998 the council set a new election for February.",
            None,
            [("May 1998", "DATE", "1998-05"), ("February", "DATE", "1999-02")],
        ),
        (
            "In May 1998 the council scheduled a new vote for February.",
            None,
            [("May 1998", "DATE", "1998-05"), ("February", "DATE", "1999-02")],
        ),
        (
            "In May 1998 the council moved the vote to February.",
            None,
            [("May 1998", "DATE", "1998-05"), ("February", "DATE", "1999-02")],
        ),
        (
            "In May 1998 the council set a new election for February.",
            WEDNESDAY,
            [("May 1998", "DATE", "1998-05"), ("February", "DATE", "1999-02")],
        ),
        # news: a month an election was called for is near now on either side
        (
            "The prime minister called a snap election for November.",
            TUESDAY,
            [("November", "DATE", "2026-11")],
        ),
        # the writer's own future is the writer's
        (
            "In May 1998 the council is set to hold an election in February.",
            WEDNESDAY,
            [("May 1998", "DATE", "1998-05"), ("February", "DATE", "2027-02")],
        ),
    ],
)
def test_month_arranged_by_a_past_verb(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doors at 7pm, music at 7.30.",
            [("7pm", "TIME", "2026-03-04T19:00"), ("7.30", "TIME", "2026-03-04T19:30")],
        ),
        ("Curtain at 7.45.", [("7.45", "TIME", "2026-03-04T19:45")]),
        (
            "The concert on Friday begins at 7.30.",
            [("Friday", "DATE", "2026-03-06"), ("7.30", "TIME", "2026-03-06T19:30")],
        ),
        (
            "Matinees Wednesdays and Saturdays at 2.30.",
            [
                ("Wednesdays", "SET", "XXXX-WXX-3"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("2.30", "TIME", "XXXX-XX-XXT14:30"),
            ],
        ),
        (
            "Doors at 7, show at 8.",
            [("7", "TIME", "2026-03-04T19:00"), ("8", "TIME", "2026-03-04T20:00")],
        ),
        # a notice on the 24-hour clock writes its morning hours as they are
        (
            "Performances at 19.30 each evening and a children's matinee at 11.00 on the final day.",
            [
                ("19.30", "TIME", "XXXX-XX-XXT19:30"),
                ("each evening", "SET", "XXXX-XX-XXTEV"),
                ("11.00", "TIME", "XXXX-XX-XXT11:00"),
            ],
        ),
        # amounts, ages and hours of no performance stay as they are
        ("Show tickets sold at 7.50 each.", []),
        ("The show's shares rose from 2.50 to 3.10.", []),
        ("Shares closed at 7.30 a share.", []),
        ("Inflation ran at 8 per cent.", []),
        ("Children aged 8 and over.", []),
        ("Doors at 8 for the bake sale.", [("8", "TIME", "2026-03-04T08:00")]),
        ("The figures show the bakery opens at 8.", [("8", "TIME", "2026-03-04T08:00")]),
    ],
)
def test_hour_of_a_performance_in_a_listing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
