"""Rules added after the tenth blind news set (`data/gold/timex/blind_news_10.jsonl`, obituaries) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- An hour without a.m. or p.m. that opens a range of clock times ("from 4 to 7 p.m.", "between 9 and
  noon", "4-7 p.m.", "from eight until noon") is in the half of the day the closing time names, or in
  the other half when its number is the larger ("from 10 to 2 p.m." opens at 10 a.m.); a count ("went
  from 4 to 7") stays untagged.
- The opening time of a range falls on the day its closing time names ("from 4 to 7 p.m. Friday", "7
  a.m. to 8 p.m. Tuesday"), unless the range runs past midnight ("10 p.m. to 6 a.m. Friday").
- A time word opening a quoted title ("Midnight at the Vanguard", "Twenty-Four Hours a Day",
  "Tomorrow's Bread") names no time: a quotation of two or more words whose words other than short
  function words are all capitalised is a title; quoted speech ("Tomorrow we leave") keeps its times.
- "every" or "each" before a feast on a fixed day ("every Veterans Day", "each Christmas") is the set
  of that day in every year, as "every 22 June" is; a feast whose day moves keeps its plain reading.
- "until" a day after a past order ("ordered flags lowered to half-staff until Sunday", "ordered the
  jury sequestered until Friday") ends a state the order set, still ahead of the order; a clock time
  stays on the day of the order, and the verb of another clause ("a meeting that ran until") orders
  nothing.
- A length followed by a preposition ("a single day of August", "a single day in May") is a noun and
  keeps its article; only a length used as an adjective ("a 10-day trip") leaves it out.
- A bare plural "weekends" or "weekdays" after "through" or "during" is a set, as after "on".
- A clock time, or a range of them, right after a set of a part of the day ("every morning from 8 a.m.
  until noon") is the time of every such day, as after "daily" or "each day".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 9, 1)
WEDNESDAY = date(1994, 11, 9)
TUESDAY = date(1988, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Friends may call from 4 to 7 p.m. Friday at the Lakeside chapel.",
            [("4", "TIME", "2022-09-02T16:00"), ("7 p.m. Friday", "TIME", "2022-09-02T19:00")],
        ),
        (
            "The family will greet visitors between 2 and 5 p.m. Sunday.",
            [("2", "TIME", "2022-09-04T14:00"), ("5 p.m. Sunday", "TIME", "2022-09-04T17:00")],
        ),
        (
            "A reception follows, 6-8 p.m. Saturday, in the parish hall.",
            [("6", "TIME", "2022-09-03T18:00"), ("8 p.m. Saturday", "TIME", "2022-09-03T20:00")],
        ),
        (
            "The library will be open from 10 to 2 p.m. on Saturday.",
            [
                ("10", "TIME", "2022-09-03T10:00"),
                ("2 p.m.", "TIME", "2022-09-03T14:00"),
                ("Saturday", "DATE", "2022-09-03"),
            ],
        ),
        (
            "The polls are open from 7 a.m. to 8 p.m. Tuesday.",
            [("7 a.m.", "TIME", "2022-09-06T07:00"), ("8 p.m. Tuesday", "TIME", "2022-09-06T20:00")],
        ),
        (
            "A curfew will run from 10 p.m. to 6 a.m. Friday.",
            [("10 p.m.", "TIME", "2022-09-01T22:00"), ("6 a.m. Friday", "TIME", "2022-09-02T06:00")],
        ),
        ("Membership rose from 4 to 7 families.", []),
    ],
)
def test_an_hour_opening_a_clock_range_takes_its_half_of_the_day_and_its_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He painted every morning from eight until noon.",
            [
                ("every morning", "SET", "XXXX-XX-XXTMO"),
                ("eight", "TIME", "XXXX-XX-XXT08:00"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ],
        ),
        (
            "She rehearsed every evening from 6 p.m. to 9 p.m.",
            [
                ("every evening", "SET", "XXXX-XX-XXTEV"),
                ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
                ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ],
        ),
        ("He worked from nine to five for thirty years.", [("thirty years", "DURATION", "P30Y")]),
    ],
)
def test_clock_times_after_a_set_of_parts_of_the_day_recur(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Her second album, "Midnight on Canal Street," sold poorly.', []),
        ('His memoir "Seven Days a Week" came out in 1979.', [("1979", "DATE", "1979")]),
        ("The novel \u201cTomorrow's Harvest\u201d won a prize.", []),
        ('"Tomorrow we bury him," his brother said.', [("Tomorrow", "DATE", "1988-03-16")]),
        ('"Today," she said, "is for the family."', [("Today", "DATE", "1988-03-15")]),
    ],
)
def test_a_time_word_opening_a_quoted_title_names_no_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She placed flowers on the memorial every Veterans Day.",
            [("every Veterans Day", "SET", "XXXX-11-11")],
        ),
        ("Each Christmas Eve the choir sang in the square.", [("Each Christmas Eve", "SET", "XXXX-12-24")]),
        ("The family will gather at the farm on Christmas Day.", [("Christmas Day", "DATE", "1994-12-25")]),
    ],
)
def test_every_feast_on_a_fixed_day_is_a_yearly_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor ordered flags at city hall lowered to half-staff until Sunday.",
            [("Sunday", "DATE", "1994-11-13")],
        ),
        ("The judge ordered the jurors sequestered until Friday.", [("Friday", "DATE", "1994-11-11")]),
        ("The council ordered the pool closed until Monday.", [("Monday", "DATE", "1994-11-14")]),
        (
            "Ministers agreed the plan at a session that ran until Monday.",
            [("Monday", "DATE", "1994-11-07")],
        ),
        ("The road was closed until Monday.", [("Monday", "DATE", "1994-11-07")]),
    ],
)
def test_until_a_day_after_a_past_order_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The play follows two brothers through a single day of June 1944.",
            [("a single day", "DURATION", "P1D"), ("June 1944", "DATE", "1944-06")],
        ),
        ("He planned a 10-day trip to Maine.", [("10-day", "DURATION", "P10D")]),
        (
            "She held the record for a single year in the 1960s.",
            [("a single year", "DURATION", "P1Y"), ("the 1960s", "DATE", "196")],
        ),
    ],
)
def test_a_length_before_a_preposition_keeps_its_article(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As a young lawyer he worked through weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
        ("The bridge is quiet during weekdays.", [("weekdays", "SET", "P1D")]),
        ("She spent two weekends in Vermont.", [("two weekends", "DURATION", "P2WE")]),
    ],
)
def test_plural_weekends_after_through_or_during_are_a_set(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected
