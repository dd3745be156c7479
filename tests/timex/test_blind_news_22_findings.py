"""Rules added after the twenty-second blind news set (`data/gold/timex/blind_news_22.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A year between a determiner and a capitalised word ("the 1994 Azores accord", "the 2004 Athens
  Games") is a year qualifying a name, not a number counting a plural noun, though the name ends in -s;
  a lower-case plural after the number ("the 1500 troops") still counts.
- A weekday after "called/convened/summoned ... for" is the day the event was called for: it comes
  after the calling, which does not tell on which side of now it falls ("called a rally for Saturday"
  in a Wednesday story is the Saturday ahead; "called a strike for Monday" the Monday just past).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WEDNESDAY = date(1993, 6, 9)
FRIDAY = date(2021, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were held under the 1994 Azores accord.",
            [("1994", "DATE", "1994")],
        ),
        (
            "She skated at the 2004 Athens Games before she retired.",
            [("2004", "DATE", "2004")],
        ),
        (
            "Diplomats want to revive the 2008 Philippines agreement.",
            [("2008", "DATE", "2008")],
        ),
        ("The envoy said the 1500 troops would stay at their posts.", []),
    ],
)
def test_a_year_before_a_capitalised_name_is_no_count(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The opposition rejected the treaty and called a protest in the capital for Saturday.",
            [("Saturday", "DATE", "1993-06-12")],
        ),
        (
            "The dockers' union called a strike for Monday, and the port stood idle.",
            [("Monday", "DATE", "1993-06-07")],
        ),
        (
            "The speaker convened an emergency session for Friday.",
            [("Friday", "DATE", "1993-06-11")],
        ),
        (
            "The ministers met on Monday and called for calm.",
            [("Monday", "DATE", "1993-06-07")],
        ),
    ],
)
def test_a_weekday_an_event_was_called_for_is_the_nearest_one(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY) == expected
