"""Rules added after the blind letters set (`data/gold/timex/blind_letters.jsonl`, readers' letters and
published correspondence: a reply to a report and a leader, a bus timetable complaint, a veteran's letter, a
council's reply, a letters page on the clocks going back, an open letter with its date line, a regatta and a
correction) was scored once: each row is a sentence of our own showing the general English usage behind one
finding.

- "Let us talk about it again in the spring": opening its clause, "let us" proposes, as "let's" does, and
  what it proposes lies ahead; after a subject ("They let us camp there in the spring") it is the past.
- "The ships have sampled the stations twice a year, in April and September": a count of times a year
  before "in" and its months (a comma may set them off) makes them the months of every year, as "every
  year in May" does, in a past or a perfect; in the simple present ("Parents' evenings are held twice a
  year, in November and March", on a dated page) the months may be this year's pair and are left so.
- "The museum dropped its Saturday charges last year", "Sunday parking is free": what is charged or allowed
  on that day of every week, no date; "On Saturday charges were laid" keeps its day.
- "Letters: Forty years on" over a blank line: a heading's end is a pause, so "on" counts forward from the
  story to the writer's year, as "Forty years on, the pit has gone" does; a line broken inside a sentence
  ("two days on / the island") is no heading.
- "The strike began in March 1984. On 12 March the miners walked out": a month told with its year holds a
  day of that month named in the next sentence, in news as in a story; not after a past perfect's glance
  back ("The probe had landed in October 2020. On 13 October ..."), a further sentence or a line break.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(2024, 10, 16)
#: A sentence that anchors the letter to its DCT first, as a letter answering "your report" does.
REPLY = "Your report last Sunday was wrong. "
LAST_SUNDAY = ("last Sunday", "DATE", "2024-10-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let us talk about it again in the spring.", [("the spring", "DATE", "2025-SP")]),
        ("Let's meet again in the spring.", [("the spring", "DATE", "2025-SP")]),
        # after a subject, "let us" is the past of "let"
        ("They let us camp on the common in the spring.", [("the spring", "DATE", "2024-SP")]),
    ],
)
def test_let_us_proposes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ships have sampled the stations twice a year, in April and September.",
            [("twice a year", "SET", "P1Y"), ("April", "DATE", "XXXX-04"), ("September", "DATE", "XXXX-09")],
        ),
        (
            "The choir sang three times a year, in March, July and December.",
            [
                ("three times a year", "SET", "P1Y"),
                ("March", "DATE", "XXXX-03"),
                ("July", "DATE", "XXXX-07"),
                ("December", "DATE", "XXXX-12"),
            ],
        ),
        (
            "Ferries have sailed once a year, in June, since 1950.",
            [("once a year", "SET", "P1Y"), ("June", "DATE", "XXXX-06"), ("1950", "DATE", "1950")],
        ),
        # the simple present of a dated page may name this year's months
        (
            "Parents' evenings are held twice a year, in November and March.",
            [("twice a year", "SET", "P1Y"), ("November", "DATE", "2024-11"), ("March", "DATE", "2025-03")],
        ),
    ],
)
def test_months_after_a_count_of_times_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum dropped its Saturday charges last year.", [("last year", "DATE", "2023")]),
        ("Sunday parking in the square is free.", []),
        # "on" makes the weekday one day
        ("On Saturday charges were laid against the driver.", [("Saturday", "DATE", "2024-10-12")]),
    ],
)
def test_weekday_tariffs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Letters: Forty years on\n\nSir, the pit has gone.", [("Forty years on", "DATE", "2024")]),
        ("Forty years on, the pit has gone.", [("Forty years on", "DATE", "2024")]),
        # a line broken inside a sentence is no heading
        ("The crew spent two days on\nthe island.", [("two days", "DURATION", "P2D")]),
    ],
)
def test_years_on_as_a_heading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            REPLY + "The strike began in March 1984. On 12 March the miners at Hatfield walked out.",
            [LAST_SUNDAY, ("March 1984", "DATE", "1984-03"), ("12 March", "DATE", "1984-03-12")],
        ),
        # a past perfect's glance back, a further sentence or a line break ends it
        (
            REPLY + "The probe had landed in October 2020. On 13 October the agency launched another.",
            [LAST_SUNDAY, ("October 2020", "DATE", "2020-10"), ("13 October", "DATE", "2024-10-13")],
        ),
        (
            REPLY + "The firm collapsed in March 2019. Its staff left. On 12 March the doors were shut.",
            [LAST_SUNDAY, ("March 2019", "DATE", "2019-03"), ("12 March", "DATE", "2024-03-12")],
        ),
        (
            REPLY + "The firm collapsed in March 2019.\nOn 12 March the doors were shut.",
            [LAST_SUNDAY, ("March 2019", "DATE", "2019-03"), ("12 March", "DATE", "2024-03-12")],
        ),
    ],
)
def test_month_with_its_year_in_the_sentence_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
