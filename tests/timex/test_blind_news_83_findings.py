"""Rules added after the eighty-third blind news set (`data/gold/timex/blind_news_83.jsonl`, science, space,
climate and medical-research news) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- "once every 10,000 years", "every 1,500 years": a recurrence whose interval is a count written with
  grouped thousands is a set, as "once every 100 years" is (a return period, a cycle, a comet's orbit).
- "12 million acre-feet a year", "40,000 kilowatt-hours a day": a rate after a quantity whose unit is a
  hyphenated compound ending in a plural is a set, as "400 tonnes a year" is.
- "are best seen at dawn", "is best known for": "best" stands inside a passive verb group as "still" and
  "often" do, so the clause stays in the simple present and a part of the day in it is every day's, not a
  day of the past the story told before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2017, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Engineers designed the barrier for a surge that comes once every 10,000 years.",
            [("once every 10,000 years", "SET", "P10L")],
        ),
        (
            "The ice sheet advanced and retreated every 1,500 years or so.",
            [("every 1,500 years", "SET", "P1500Y")],
        ),
        (
            "Floods that arrived once every 1,000 years now arrive once a century.",
            [
                ("once every 1,000 years", "SET", "P1L"),
                ("now", "DATE", "PRESENT_REF"),
                ("once a century", "SET", "P100Y"),
            ],
        ),
    ],
)
def test_every_count_with_grouped_thousands(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aqueduct has delivered 1.2 million acre-feet a year since 1990.",
            [("a year", "SET", "P1Y"), ("1990", "DATE", "1990")],
        ),
        (
            "The hospital burns through 40,000 kilowatt-hours a week.",
            [("a week", "SET", "P1W")],
        ),
        ("It has been a year since the levee broke.", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_rate_after_a_hyphenated_compound_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The abbey was burned in May 1536. Its cloister is best seen at dusk.",
            [("May 1536", "DATE", "1536-05"), ("dusk", "TIME", "XXXX-XX-XXTEV")],
        ),
        (
            "The lighthouse was finished in October 1872. Seals are best watched from the rocks at dawn.",
            [("October 1872", "DATE", "1872-10"), ("dawn", "TIME", "XXXX-XX-XXTMO")],
        ),
    ],
)
def test_best_inside_a_present_passive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
