"""Rules added after the fourteenth blind news set (`data/gold/timex/blind_news_14.jsonl`, conflict and
disaster copy) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- Wire copy restates a clock time in another zone in parentheses ("at 4:17 a.m. local time (0117 GMT) on
  Wednesday"): the day after the parenthesis is still the clock time's day.
- "at first light" is daybreak, a morning, as "at dawn" is; "the first light aircraft" is not.
- What goes on from an evening or a night-time clock time "until dawn" ends at the next day's dawn, as
  a night does.
- A "midnight" already past in the day's copy ("were hit shortly before midnight"), or told after that
  morning, is the midnight that opened the day, not the one that will close it.
- "earlier in the day" and "later in the day" are one expression each, the day being told with the start
  or the end of it, as "earlier in the week" is.
- "these three days", "those two weeks": a demonstrative belongs to the length, as "the" does.
- "It was a day of mourning": after a copula, "a day of" names a kind of day, not a length.
- "in hours, not days": the second of a contrast is a length too.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

SATURDAY = date(2019, 10, 12)
FRIDAY = date(2022, 6, 3)
THURSDAY = date(1995, 7, 13)
WEDNESDAY = date(2006, 7, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tremor struck at 4:17 a.m. local time (0117 GMT) on Wednesday, when most people slept.",
            [
                ("4:17 a.m. local time", "TIME", "2019-10-09T04:17"),
                ("0117 GMT", "TIME", "2019-10-09T01:17"),
                ("Wednesday", "DATE", "2019-10-09"),
            ],
        ),
        (
            "A car bomb went off at 9:10 a.m. (0710 GMT) on Thursday outside the ministry.",
            [
                ("9:10 a.m.", "TIME", "2019-10-10T09:10"),
                ("0710 GMT", "TIME", "2019-10-10T07:10"),
                ("Thursday", "DATE", "2019-10-10"),
            ],
        ),
    ],
)
def test_a_zone_restatement_does_not_part_a_clock_time_from_its_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Divers went back into the harbour at first light.", [("first light", "TIME", "2019-10-12TMO")]),
        (
            "The convoy will set off at first light on Sunday.",
            [("first light", "TIME", "2019-10-13TMO"), ("Sunday", "DATE", "2019-10-13")],
        ),
        ("It was the first light aircraft the factory built.", []),
    ],
)
def test_first_light_is_daybreak(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen raided the depot around 9 p.m. on Tuesday, and the shooting went on until dawn.",
            [
                ("around 9 p.m.", "TIME", "2006-07-18T21:00"),
                ("Tuesday", "DATE", "2006-07-18"),
                ("dawn", "TIME", "2006-07-19TMO"),
            ],
        ),
        # a morning clock time leaves dawn on its own day
        (
            "The shelling began at 4 a.m. on Tuesday. By dawn the market was burning.",
            [
                ("4 a.m.", "TIME", "2006-07-18T04:00"),
                ("Tuesday", "DATE", "2006-07-18"),
                ("dawn", "TIME", "2006-07-18TMO"),
            ],
        ),
    ],
)
def test_until_dawn_after_an_evening_clock_is_the_next_morning(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WEDNESDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two houses were hit shortly before midnight.", [("midnight", "TIME", "2022-06-02T24:00")]),
        (
            "Sirens sounded into Friday morning. A school was hit shortly after midnight.",
            [("Friday morning", "TIME", "2022-06-03TMO"), ("midnight", "TIME", "2022-06-02T24:00")],
        ),
        # a midnight still to come closes the day
        ("The curfew will begin at midnight.", [("midnight", "TIME", "2022-06-03T24:00")]),
    ],
)
def test_a_midnight_already_past_opened_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hijackers freed two children yesterday. Earlier in the day they had fired at a bus.",
            [("yesterday", "1995-07-12", None), ("Earlier in the day", "1995-07-12", "START")],
        ),
        (
            "The envoy met the rebels yesterday and flew to the capital later in the day.",
            [("yesterday", "1995-07-12", None), ("later in the day", "1995-07-12", "END")],
        ),
    ],
)
def test_earlier_in_the_day_is_one_expression(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, THURSDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army used these three days to regroup.", [("these three days", "DURATION", "P3D")]),
        ("Those two weeks in the cellar changed her.", [("Those two weeks", "DURATION", "P2W")]),
        # a hyphenated length stays an adjective without its determiner
        ("Those 14-day permits were cancelled.", [("14-day", "DURATION", "P14D")]),
    ],
)
def test_a_demonstrative_belongs_to_the_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The rebels said the handover was "a day of shame" for the region.', []),
        ("For the villagers it was a day of mourning.", []),
        ("The governor declared Friday a day of mourning.", [("Friday", "DATE", "2017-05-12")]),
        ("Sunday is a day of rest in the camp.", [("Sunday", "DATE", "2017-05-14")]),
        # a day spent on something is a length
        ("After a day of talks the delegations went home.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_a_day_of_after_a_copula_is_a_kind_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2017, 5, 14), kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'She hoped to reopen the road "in the coming hours, not days."',
            [("the coming hours", "DURATION", "PTXH"), ("days", "DURATION", "PXD")],
        ),
        (
            "Clearing the rubble will take weeks, not days.",
            [("weeks", "DURATION", "PXW"), ("days", "DURATION", "PXD")],
        ),
        ("The camp is not days from the border.", []),
    ],
)
def test_the_second_of_a_contrast_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, kind=DocumentKind.NEWS) == expected
