"""Rules added after the blind sets (`data/gold/timex/blind_news.jsonl`, `blind_narrative.jsonl`) were
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "overnight" as an adverb is the night just past; as an adjective ("an overnight stay") it is no time.
- "every second Tuesday", "every third week": an ordinal after "every" counts the interval of a set.
- A clock time right after a set ("every Monday at 6:15 a.m.") is the time of each recurrence.
- "miles per hour" is a speed, not a recurring hour; "$12 per hour" stays a rate of pay (a set).
- Midnight (T24) ends its own day: the evening and the small hours after it stay on that night.
- A clock time before dawn after an evening or night reference is past midnight, on the next day.
- The end of a range ("from 9 p.m. Wednesday to 4 a.m. Thursday") never comes before its start.
- A day of the month the sentence has just named with its year is in that year.
- A year before a plural event noun ("the 2014 midterms") is a year, like "the 2014 elections".
- "another three weeks" keeps "another" in the extent, as "three more weeks" keeps "more".
- "4,000 ships a year": a count of things per period is a set, as "$5 a year" is.
- A part of the day does not fall on a weekend named before it (two days, no single day).
- "the weekend" in a clause with no past verb is the nearer weekend, as other underspecified dates are.
- "the night" in a past-tense news clause is the night before the DCT: the DCT's own is mostly to come.
- In a story whose reference time is a year, a "today" with no past verb is the time of writing.
- What a past verb of expecting governs lies ahead ("did not expect a recovery before the fourth quarter").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

THURSDAY = date(2023, 3, 9)
WEDNESDAY = date(2024, 5, 15)
ELECTION_MORNING = date(2022, 11, 9)  # a Wednesday
RESULTS_DAY = date(2023, 7, 27)  # in the third quarter


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Oil prices fell overnight, traders said.", THURSDAY, [("overnight", "TIME", "2023-03-08TNI")]),
        (
            "The storm strengthened overnight and turned north.",
            THURSDAY,
            [("overnight", "TIME", "2023-03-08TNI")],
        ),
        ("He needed an overnight stay in hospital.", THURSDAY, []),
        ("Overnight rates rose again.", THURSDAY, []),
        ("The club meets every second Thursday.", THURSDAY, [("every second Thursday", "SET", "XXXX-WXX-4")]),
        ("Bins are emptied every third week.", THURSDAY, [("every third week", "SET", "P3W")]),
        ("Bins are emptied every other week.", THURSDAY, [("every other week", "SET", "P2W")]),
        (
            "Trains leave every Monday at 6:15 a.m.",
            THURSDAY,
            [("every Monday", "SET", "XXXX-WXX-1"), ("6:15 a.m.", "TIME", "XXXX-XX-XXT06:15")],
        ),
        (
            "The library opens daily at 9 a.m.",
            THURSDAY,
            [("daily", "SET", "P1D"), ("9 a.m.", "TIME", "XXXX-XX-XXT09:00")],
        ),
        (
            "He met the mayor on Tuesday at 7 p.m.",
            THURSDAY,
            [("Tuesday", "DATE", "2023-03-07"), ("7 p.m.", "TIME", "2023-03-07T19:00")],
        ),
        ("The car was doing 90 miles per hour.", THURSDAY, []),
        ("Gusts reached 150 kilometres per hour on the coast.", THURSDAY, []),
        ("Cleaners earn $12 per hour.", THURSDAY, [("per hour", "SET", "PT1H")]),
        ("The port handles 4,000 ships a year.", THURSDAY, [("a year", "SET", "P1Y")]),
        ("Patients get two meals a day.", THURSDAY, [("a day", "SET", "P1D")]),
        ("She left for a year.", THURSDAY, [("a year", "DURATION", "P1Y")]),
        ("Turnout was higher than in the 2014 midterms.", THURSDAY, [("2014", "DATE", "2014")]),
        ("Crews still talk about the 2017 wildfires.", THURSDAY, [("2017", "DATE", "2017")]),
        ("He stayed another three weeks.", THURSDAY, [("another three weeks", "DURATION", "P3W")]),
        ("The talks ran for another ten days.", THURSDAY, [("another ten days", "DURATION", "P10D")]),
    ],
)
def test_finding_and_normalizing(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "surface", "value"),
    [
        (
            "Polls closed on Tuesday. By midnight most votes were counted, and the evening had passed quietly.",
            ELECTION_MORNING,
            "the evening",
            "2022-11-08TEV",
        ),
        (
            "Polls closed on Tuesday. By midnight she led, and she spoke shortly after 11 p.m.",
            ELECTION_MORNING,
            "11 p.m.",
            "2022-11-08T23:00",
        ),
        (
            "The fire started at 11 p.m. on Friday and was out by 3 a.m.",
            ELECTION_MORNING,
            "3 a.m.",
            "2022-11-05T03:00",
        ),
        (
            "Rain began on Monday night, and at 4 a.m. the river burst its banks.",
            ELECTION_MORNING,
            "4 a.m.",
            "2022-11-08T04:00",
        ),
        (
            "The shop opened on Monday at 9 a.m. and closed at 5 p.m.",
            ELECTION_MORNING,
            "5 p.m.",
            "2022-11-07T17:00",
        ),
        (
            "Police closed the bridge from 9 p.m. Wednesday to 4 a.m. Thursday.",
            WEDNESDAY,
            "4 a.m. Thursday",
            "2024-05-16T04:00",
        ),
        ("Police closed the bridge from Monday to Thursday.", WEDNESDAY, "Thursday", "2024-05-16"),
        # a list is no range: each day keeps the tense's side of the DCT
        ("Statements were made Friday and Thursday.", WEDNESDAY, "Thursday", "2024-05-09"),
        ("Shares were bought from Sept. 14 to Thursday.", WEDNESDAY, "Thursday", "2024-05-09"),
        (
            "She said she did not expect a recovery before the fourth quarter.",
            RESULTS_DAY,
            "the fourth quarter",
            "2023-Q4",
        ),
        ("Analysts expected the merger to close in November.", RESULTS_DAY, "November", "2023-11"),
        ("Sales fell in the second quarter.", RESULTS_DAY, "the second quarter", "2023-Q2"),
        ("Sales fell in November.", RESULTS_DAY, "November", "2022-11"),
        (
            "She left Vienna in May 1938, travelling by train, and reached London on 17 May.",
            date(2020, 1, 10),
            "17 May",
            "1938-05-17",
        ),
        (
            "The mill burned down in March 1911, and on 20 March the owners announced a rebuilding.",
            date(2021, 6, 1),
            "20 March",
            "1911-03-20",
        ),
    ],
)
def test_anchoring(text: str, dct: date, surface: str, value: str) -> None:
    values = {e.text: e.value for e in resolve_expressions(text, dct)}
    assert values.get(surface) == value, values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schools stay closed through the weekend.", "2025-W38-WE"),  # no past verb: the nearer one
        ("Shops were shut over the weekend.", "2025-W37-WE"),
        ("The fair will reopen at the weekend.", "2025-W38-WE"),
    ],
)
def test_a_weekend_without_a_past_verb_is_the_nearest_one(text: str, value: str) -> None:
    assert [e.value for e in resolve_expressions(text, date(2025, 9, 18))] == [value]


def test_a_part_of_the_day_does_not_fall_on_a_weekend_named_before_it() -> None:
    storm = date(2025, 9, 18)  # a Thursday
    text = "Schools will stay closed through the weekend. The storm came ashore in the middle of the night."
    values = {e.text: e.value for e in resolve_expressions(text, storm)}
    assert values["the weekend"] == "2025-W38-WE"
    assert values["the middle of the night"] == "2025-09-17TNI"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said the fire started during the night.", "2025-09-17TNI"),
        ("The storm will come ashore in the night.", "2025-09-18TNI"),
    ],
)
def test_a_night_told_in_the_past_tense_is_the_night_before_the_dct(text: str, value: str) -> None:
    assert [e.value for e in resolve_expressions(text, date(2025, 9, 18))] == [value]


def test_today_in_a_story_told_by_years_is_the_time_of_writing() -> None:
    text = (
        "The dam was begun in 1931 and finished in 1936. In 1940 it supplied the whole valley. "
        "A boat trip across the lake today takes about an hour."
    )
    values = {
        e.text: e.value for e in resolve_expressions(text, date(2024, 9, 10), kind=DocumentKind.NARRATIVE)
    }
    assert values["today"] == "2024-09-10"


def test_today_in_quoted_speech_of_a_story_stays_the_storys_day() -> None:
    text = 'On 3 May 1921 the mayor opened the bridge. "Today the city is one," he said.'
    values = {
        e.text: e.value for e in resolve_expressions(text, date(2024, 9, 10), kind=DocumentKind.NARRATIVE)
    }
    assert values["Today"] == "1921-05-03"
