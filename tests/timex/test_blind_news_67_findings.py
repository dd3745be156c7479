"""Rules added after the sixty-seventh blind news set (`data/gold/timex/blind_news_67.jsonl`, search,
rescue and missing-person stories) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "the fund set up in 2019 remains open": a linking verb in -s that is also a plural noun ("remains",
  "stays", "stands") is the clause's verb after a year and before its complement; before "of" or a verb
  of its own ("1870 remains were found") the number counts it.
- "will publish it later Friday": "later" before a weekday only orders the day after what was told, so
  the day has no mod (blind_news_14's "later Friday").
- "on Tuesday ... through the night", undated: a part of the day pointing back ("the night", "that
  evening", "later that morning") is of the weekday just told, as its clock times are.
- "In February, the boat sank.", written in November: a date opening its sentence before a simple past
  dates that act however far back, as "sank in February" does.
- "said showers were likely on Thursday": what a past "was/were likely" judged comes after the judging,
  on either side of now, as after "was expected on Thursday".
- "Heavy rain that afternoon flooded ... Divers tried overnight", in a story two days after: news gone
  back to a day before the DCT's eve stays on it for its paragraph; "overnight" is that day's night.
- "brought in on Tuesday morning ..., and a diver reached them at 12.40am": a small-hours clock time told
  next with "and" after a morning (not an early one) or an afternoon is past that day's midnight.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

WEDNESDAY = date(2019, 8, 14)
THURSDAY = date(1991, 11, 14)
FRIDAY = date(2024, 6, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The appeal fund set up by the club in 2019 remains open to donations.",
            [("2019", "DATE", "2019")],
        ),
        ("A hosepipe ban imposed in 1995 stays in force across the county.", [("1995", "DATE", "1995")]),
        ("The record he set in 1968 stands unbroken.", [("1968", "DATE", "1968")]),
        ("Volunteers recovered 1870 remains of soldiers from the field.", []),
    ],
)
def test_a_year_before_a_linking_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council will publish its response later Friday.",
            [("later Friday", "2019-08-16", None)],
        ),
        ("The road was reopened late on Tuesday.", [("late on Tuesday", "2019-08-13", "END")]),
    ],
)
def test_later_before_a_weekday(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The walkers lost the path in fog on Saturday. Rescuers searched the valley through the night.",
            [("Saturday", "DATE", "XXXX-WXX-6"), ("the night", "TIME", "XXXX-WXX-6TNI")],
        ),
        (
            "The ferry broke down on Thursday. That evening the crew were taken off by lifeboat.",
            [("Thursday", "DATE", "XXXX-WXX-4"), ("That evening", "TIME", "XXXX-WXX-4TEV")],
        ),
        (
            "The girl was found on Monday. She was flown to hospital later that morning.",
            [("Monday", "DATE", "XXXX-WXX-1"), ("later that morning", "TIME", "XXXX-WXX-1TMO")],
        ),
        (
            "The castle reopens on Sunday. The gardens are open from dawn to dusk.",
            [
                ("Sunday", "DATE", "XXXX-WXX-7"),
                ("dawn", "TIME", "XXXX-XX-XXTMO"),
                ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ],
        ),
    ],
)
def test_undated_part_of_day_after_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two trawlers have been lost this year. In February, the Sea Harvest sank off the cape.",
            [("this year", "DATE", "1991"), ("February", "DATE", "1991-02")],
        ),
        ("In January, the old pier collapsed in a storm.", [("January", "DATE", "1991-01")]),
        # a past that looks ahead keeps the near side
        ("In January, the yard would close for good.", [("January", "DATE", "1992-01")]),
    ],
)
def test_a_date_opening_a_past_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters said further heavy rain was likely on Thursday.",
            [("Thursday", "DATE", "2019-08-15")],
        ),
        (
            "The union said a walkout was possible on Friday.",
            [("Friday", "DATE", "2019-08-16")],
        ),
    ],
)
def test_likely_on_a_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


def test_overnight_after_an_afternoon_two_days_back() -> None:
    text = (
        "The walkers set out on Monday morning.\n\nThick fog came down that afternoon and the group "
        "split up. Rescue teams searched the ridge overnight but found nothing."
    )
    assert typed(text, WEDNESDAY) == [
        ("Monday morning", "TIME", "2019-08-12TMO"),
        ("that afternoon", "TIME", "2019-08-12TAF"),
        ("overnight", "TIME", "2019-08-12TNI"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The climbers left the hut on Monday afternoon and reached the summit at 2am.",
            [("Monday afternoon", "TIME", "2019-08-12TAF"), ("2am", "TIME", "2019-08-13T02:00")],
        ),
        (
            "Engineers started the pumps on Tuesday morning, and the last man was lifted out at 1.15am.",
            [("Tuesday morning", "TIME", "2019-08-13TMO"), ("1.15am", "TIME", "2019-08-14T01:15")],
        ),
        # an early morning may itself be the small hours
        (
            "Early on Tuesday morning police sealed the street, and officers entered the flat at 4.10am.",
            [("Early on Tuesday morning", "TIME", "2019-08-13TMO"), ("4.10am", "TIME", "2019-08-13T04:10")],
        ),
    ],
)
def test_small_hours_told_next_after_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
