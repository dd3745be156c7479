"""Rules added after the seventy-third blind narrative set (`data/gold/timex/blind_narrative_73.jsonl`,
encyclopedia histories of art movements, literary periods and styles) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "the first decade of the twentieth century", "the last decade of the 19th century": a decade counted
  within its century is that decade (190, 189), not the century.
- "the Sunday meetings", "the Thursday dances", "the Saturday night dances": a weekday (with or without
  its part of the day) before a plural noun of gatherings names a series held every such day, no date;
  "On Saturday night dances were held" keeps its date.
- "she enrolled in the evening classes": a part of the day before "classes" names a kind of course, as
  "the morning shift" names a kind of work.
- "from nine until one in the morning": a spelled hour opening a range whose spelled close names its
  part of the day takes its half of the day from the close, as "from 9 until 2 a.m." does.
- "a revival in the 1970s and 80s", "the 1870s and early 80s": a decade written short after a full one
  it is joined to is a decade of the same century, with or without its apostrophe.
- "the club is holding a dance on Friday": "hold" and "stage" name an arranged event, so their present
  with a weekday tells a day ahead, as "the museum reopens on Monday" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2025, 6, 21)
WEDNESDAY = date(2017, 3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tower was built in the first decade of the twentieth century.",
            [("the first decade of the twentieth century", "DATE", "190")],
        ),
        (
            "Most of the mills closed in the last decade of the 19th century.",
            [("the last decade of the 19th century", "DATE", "189")],
        ),
        (
            "The canal was dug in the second decade of the eighteenth century.",
            [("the second decade of the eighteenth century", "DATE", "171")],
        ),
    ],
)
def test_a_decade_counted_within_its_century(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She never missed the Sunday meetings of the society.",
        "The Thursday dances drew crowds from the whole valley.",
        "He played at the Saturday night dances in the county towns.",
        "The Friday markets were moved to the square.",
        "She enrolled in the evening classes at the institute.",
    ],
)
def test_a_weekday_or_a_part_of_the_day_naming_a_series(text: str) -> None:
    assert typed(text, WEDNESDAY) == []


def test_a_weekday_and_its_night_after_on_keep_their_date() -> None:
    assert typed("On Saturday night dances were held in the square.", WEDNESDAY) == [
        ("Saturday night", "TIME", "2017-03-04TNI")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bar stays open from nine until one in the morning.",
            [("nine", "TIME", "2025-06-21T21:00"), ("one in the morning", "TIME", "2025-06-22T01:00")],
        ),
        (
            "They worked from six till ten at night.",
            [("six", "TIME", "2025-06-21T18:00"), ("ten at night", "TIME", "2025-06-21T22:00")],
        ),
        (
            "The office was staffed from eight to two in the afternoon.",
            [("eight", "TIME", "2025-06-21T08:00"), ("two in the afternoon", "TIME", "2025-06-21T14:00")],
        ),
    ],
)
def test_a_spelled_hour_opening_a_range_with_a_spelled_close(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club is holding a dance on Friday.", [("Friday", "DATE", "2025-06-27")]),
        ("The society stages its summer show on Friday.", [("Friday", "DATE", "2025-06-27")]),
        ("The union holds its vote on Thursday.", [("Thursday", "DATE", "2025-06-26")]),
    ],
)
def test_hold_and_stage_tell_an_arranged_day_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The style had a revival in the 1970s and 80s.",
            [("the 1970s", "DATE", "197"), ("80s", "DATE", "198")],
        ),
        (
            "The port grew fastest in the 1870s and early 80s.",
            [("the 1870s", "DATE", "187"), ("early 80s", "DATE", "188")],
        ),
        ("Afternoon highs will be in the 70s and 80s.", []),
    ],
)
def test_a_short_decade_joined_after_a_full_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
