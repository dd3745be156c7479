"""Mends from a second reading of the release-notes rules (`test_blind_releases_findings.py`): each row is a
sentence of our own that the rules as first written read wrongly.

- A dotted figure named as a version elsewhere: "version 23.10." closing its sentence still names the release;
  a capitalised "At 12.10" opening a sentence is a clock time, no product's name.
- A list of lengths closed by "or" is found whatever word leads its first count ("wait 5, 10 or 15 minutes"),
  and only when its counts rise, as choices are listed ("by mile 20, 2 or 3 hours in" lists none).
- A planned event's heading with a past verb right after its day is news of the past ("Scheduled maintenance
  on Sunday was completed", "Planned strike on Friday called off").
- A Markdown changelog's release entry closes at a heading of its own level ("## Roadmap"), while a lower one
  ("### Dependencies") is the release's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2019, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We upgraded every server to version 23.10. Nothing has broken since 23.10. so far.", []),
        (
            "At 12.10 the doors open for the fair. Registration is open until 12.10. and costs nothing.",
            [("12.10", "TIME", "2019-11-18T12:10"), ("12.10.", "DATE", "2020-10-12")],
        ),
    ],
)
def test_dotted_figure_named_as_a_version(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most users wait 5, 10 or 15 minutes before retrying.",
            [("5", "DURATION", "PT5M"), ("10", "DURATION", "PT10M"), ("15 minutes", "DURATION", "PT15M")],
        ),
        (
            "Samples were taken 2, 4 or 6 weeks apart.",
            [("2", "DURATION", "P2W"), ("4", "DURATION", "P4W"), ("6 weeks", "DURATION", "P6W")],
        ),
        (
            "By mile 20, 2 or 3 hours into the race, most runners hit the wall.",
            [("2 or 3 hours", "DURATION", "PTXH")],
        ),
    ],
)
def test_list_of_lengths_closed_by_or(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scheduled maintenance on Sunday was completed without problems.",
            [("Sunday", "DATE", "2019-11-17")],
        ),
        ("Planned strike on Friday called off", [("Friday", "DATE", "2019-11-15")]),
        ("Planned maintenance on Sunday caused a long outage.", [("Sunday", "DATE", "2019-11-17")]),
    ],
)
def test_planned_event_heading_with_a_past_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


MARKDOWN_CHANGELOG = """# Changelog

## [2.3.0] - 2021-03-15

### Dependencies
- Dropped the library deprecated last year.

## [2.2.0] - 2020-10-05

### Fixed
- The crash reported last week.

## Roadmap

We expect 3.0 next month.
"""


def test_markdown_changelog_entry_closes_at_its_level() -> None:
    assert typed(MARKDOWN_CHANGELOG, MONDAY) == [
        ("2021-03-15", "DATE", "2021-03-15"),
        ("last year", "DATE", "2020"),
        ("2020-10-05", "DATE", "2020-10-05"),
        ("last week", "DATE", "2020-W40"),
        ("next month", "DATE", "2019-12"),
    ]
