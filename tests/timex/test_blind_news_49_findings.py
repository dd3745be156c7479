"""Rules added after the forty-ninth blind news set (`data/gold/timex/blind_news_49.jsonl`, maritime and
shipping copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- News copy that writes its 24-hour clock times with their zone ("at 0340 local time", "at 0800 GMT")
  still writes years bare: "since 2019" later in the story is a year. Only a bare zero-led time ("At
  0430 the carriers launched") shows a text that reads four bare digits as a clock.
- "ago" counts back from now: "ahead of where they were a year ago" after "bookings for next year"
  does not compare with the year to come.
- A present tense in a clause of condition or time speaks of what is still to come: "If Saturday's
  attempt fails", "once Monday's vote is counted".
- "ETA Thursday", "ETD Monday": an estimated time of arrival or departure is still to come.
- "through Sunday and overnight": an "overnight" joined to a day is that day's night.
- A year inside a participle aside on the subject ("The ship, built in South Korea in 2015, left ...")
  does not give its year to the dates of the main clause, however many words the aside holds.
- "said rates were unlikely to fall before the second quarter": "likely" and "unlikely" before "to"
  make a forecast, which looks ahead as "expected to" does, even in reported speech.
- "well into October": "into" before a bare month makes it a month; a quoted fragment opening in lower
  case ("stretching "well into October"") is speech, not a title whose words name no time.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2021, 3, 5)
MONDAY = date(2024, 11, 18)
TUESDAY = date(2009, 11, 17)
SATURDAY = date(2016, 9, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry struck the pier at 0415 local time on Monday. Fares on the crossing have doubled "
            "since 2018, the operator said.",
            [
                ("0415 local time", "TIME", "2021-03-01T04:15"),
                ("Monday", "DATE", "2021-03-01"),
                ("2018", "DATE", "2018"),
            ],
        ),
        (
            "The tug reached the barge at 0520 GMT on Tuesday. The yard has built such barges since 2015.",
            [
                ("0520 GMT", "TIME", "2021-03-02T05:20"),
                ("Tuesday", "DATE", "2021-03-02"),
                ("2015", "DATE", "2015"),
            ],
        ),
        (
            "At 0430 the first boats left the quay. By 1000 the harbour was empty.",
            [("0430", "TIME", "2021-03-05T04:30"), ("1000", "TIME", "2021-03-05T10:00")],
        ),
    ],
)
def test_zoned_24_hour_times_leave_bare_years_as_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orders for next year are running 12% ahead of where they were a year ago, the builder said.",
            [("next year", "DATE", "2025"), ("a year ago", "DATE", "2023")],
        ),
        (
            "Ticket sales in October were 5% higher than a year ago.",
            [("October", "DATE", "2024-10"), ("a year ago", "DATE", "2023-10")],
        ),
    ],
)
def test_ago_never_compares_with_a_period_to_come(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If Saturday's attempt also fails, the cargo will be lifted off by crane.",
            [("Saturday", "DATE", "2021-03-06")],
        ),
        (
            "Once Monday's vote is counted, the result will go to the board.",
            [("Monday", "DATE", "2021-03-08")],
        ),
        ("Saturday's attempt failed when a towline parted.", [("Saturday", "DATE", "2021-02-27")]),
        (
            "The firm's share of 7% before Thursday's purchases is far below its rivals'.",
            [("Thursday", "DATE", "2021-03-04")],
        ),
        (
            "When Tuesday's match ended, the fans ran onto the pitch.",
            [("Tuesday", "DATE", "2021-03-02")],
        ),
    ],
)
def test_a_present_tense_in_a_condition_points_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour website shows the ferry Island Star with ETA Tuesday.",
            [("Tuesday", "DATE", "2021-03-09")],
        ),
        ("The tanker, ETD Monday, is loading at the jetty.", [("Monday", "DATE", "2021-03-08")]),
        ("The tanker loaded at the jetty on Monday.", [("Monday", "DATE", "2021-03-01")]),
    ],
)
def test_an_estimated_arrival_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lifeboats searched the firth through Sunday and overnight, joined at first light by a "
            "helicopter.",
            [
                ("Sunday", "DATE", "2009-11-15"),
                ("overnight", "TIME", "2009-11-15TNI"),
                ("first light", "TIME", "2009-11-16TMO"),
            ],
        ),
        (
            "Engineers worked on Saturday and overnight to reopen the line.",
            [("Saturday", "DATE", "2009-11-14"), ("overnight", "TIME", "2009-11-14TNI")],
        ),
        ("Snow fell overnight across the hills.", [("overnight", "TIME", "2009-11-16TNI")]),
    ],
)
def test_overnight_joined_to_a_day_is_its_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSLO (Reuters) - The ferry ran aground on Tuesday, its owners said on Friday. The vessel, "
            "built in Norway in 2016, left Bergen on 2 February and called at Stavanger on the way.",
            [
                ("Tuesday", "DATE", "2021-03-02"),
                ("Friday", "DATE", "2021-03-05"),
                ("2016", "DATE", "2016"),
                ("2 February", "DATE", "2021-02-02"),
            ],
        ),
    ],
)
def test_a_year_in_a_participle_aside_frames_no_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Repairs to the lock gates will run well into October.", [("October", "DATE", "2016-10")]),
        (
            'The operator warned that importers face delays stretching "well into October".',
            [("October", "DATE", "2016-10")],
        ),
        ('The film "Snow in April" opens tonight.', [("tonight", "TIME", "2016-09-24TNI")]),
    ],
)
def test_into_a_month_and_lower_case_quotations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


THURSDAY = date(2024, 1, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brokers said charter rates were unlikely to ease before the second quarter.",
            [("the second quarter", "DATE", "2024-Q2")],
        ),
        (
            "The harbour master said the channel was likely to reopen on Monday.",
            [("Monday", "DATE", "2024-01-15")],
        ),
        (
            "Charter rates eased in the second quarter, brokers said.",
            [("the second quarter", "DATE", "2023-Q2")],
        ),
    ],
)
def test_likely_to_is_a_forecast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
