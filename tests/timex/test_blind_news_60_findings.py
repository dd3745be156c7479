"""Rules added after the sixtieth blind news set (`data/gold/timex/blind_news_60.jsonl`, radio and
television bulletins and transcripts) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "told us a short time ago", "published a few minutes ago", "a little while ago": a recent past left
  unmeasured, as "a few moments ago" is (PAST_REF).
- "the forecast for the week ahead", "risks in the year ahead": one unit counted on from now, as "the
  coming week" is; a label with no preposition before it ("The week ahead at Westminster:") is none.
- "at 3.40 this afternoon", "by 6.15 tomorrow morning", "at 11.20 last night": a dotted time before a day
  said from now and its part is a clock time, as it is before "in the morning" or "that evening".
- "until six tomorrow morning", "at five yesterday afternoon": a spoken hour before a day said from now
  and its part is a clock time, as it is before "tonight".
- "at ten o'clock tonight local time": the zone words after the day word leave "tonight" with the clock.
- "closed on Martin Luther King Jr. Day": a holiday's name with an abbreviation in it ("Jr.") is read back
  over that word as over the others.
- "Good evening. It's seven o'clock.", "It's just gone ten o'clock, and this is the late-night news",
  "Good evening. It's quarter to seven.": a speaker telling the time now, in an evening the greeting or
  the sentence names, tells an evening clock.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2022, 3, 9)
SATURDAY = date(2017, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The airline told us a short time ago that all passengers were safe.",
            [("a short time ago", "DATE", "PAST_REF")],
        ),
        (
            "The result, announced a few minutes ago, surprised the party.",
            [("a few minutes ago", "DATE", "PAST_REF")],
        ),
        (
            "She rang a little while ago to say the road was clear.",
            [("a little while ago", "DATE", "PAST_REF")],
        ),
    ],
)
def test_a_recent_past_left_unmeasured(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers are hoping for dry weather in the week ahead.",
            [("the week ahead", "DURATION", "P1W")],
        ),
        (
            "The bank sees more risks for the year ahead than it did in March.",
            [("the year ahead", "DURATION", "P1Y"), ("March", "DATE", "2022-03")],
        ),
        ("The week ahead at the council: a rates vote and a new mayor.", []),
    ],
)
def test_the_unit_ahead_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lights went out at 3.40 this afternoon.",
            [("3.40 this afternoon", "TIME", "2022-03-09T15:40")],
        ),
        (
            "The first ferry leaves at 6.15 tomorrow morning.",
            [("6.15 tomorrow morning", "TIME", "2022-03-10T06:15")],
        ),
        ("The shop was broken into at 11.20 last night.", [("11.20 last night", "TIME", "2022-03-08T23:20")]),
    ],
)
def test_a_dotted_time_before_a_day_said_from_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The road will stay closed until six tomorrow morning.",
            [("six tomorrow morning", "TIME", "2022-03-10T06:00")],
        ),
        (
            "He was arrested at five yesterday afternoon.",
            [("five yesterday afternoon", "TIME", "2022-03-08T17:00")],
        ),
        (
            "The polls open at 7 a.m. local time and close at nine o'clock tonight local time.",
            [
                ("7 a.m. local time", "TIME", "2022-03-09T07:00"),
                ("nine o'clock tonight", "TIME", "2022-03-09T21:00"),
            ],
        ),
    ],
)
def test_a_spoken_hour_before_a_day_said_from_now(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Good evening. It's seven o'clock. The main story is a strike at the docks.",
            [("seven o'clock", "TIME", "2017-11-18T19:00")],
        ),
        (
            "It's twenty-five past five, and if you're driving home tonight, here is the travel news.",
            [("twenty-five past five", "TIME", "2017-11-18T17:25"), ("tonight", "TIME", "2017-11-18TNI")],
        ),
        ("Good evening. It's quarter to seven.", [("quarter to seven", "TIME", "2017-11-18T18:45")]),
        (
            "It's ten past six on Valley FM, and if you're heading up the motorway for the match tonight, here's the travel.",
            [("ten past six", "TIME", "2017-11-18T18:10"), ("tonight", "TIME", "2017-11-18TNI")],
        ),
        (
            "It's just gone ten o'clock, and this is the late-night news.",
            [("ten o'clock", "TIME", "2017-11-18T22:00")],
        ),
        (
            "Good morning. It's seven o'clock, and here is the news.",
            [("seven o'clock", "TIME", "2017-11-18T07:00")],
        ),
    ],
)
def test_telling_the_time_in_an_evening_broadcast(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Banks will be closed on Martin Luther King Jr. Day.",
            [("Martin Luther King Jr. Day", "DATE", "2018-01-15")],
        ),
        (
            "Banks will be closed on Martin Luther King Day.",
            [("Martin Luther King Day", "DATE", "2018-01-15")],
        ),
    ],
)
def test_a_holiday_name_with_an_abbreviation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
