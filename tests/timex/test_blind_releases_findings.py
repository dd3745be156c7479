"""Rules added after the blind releases set (`data/gold/timex/blind_releases.jsonl`, software release notes,
changelogs, support-lifecycle pages, roadmaps and status pages) was scored once: each row is a sentence of
our own showing the general English usage behind one finding.

- "Nightly builds", "tests run nightly": "nightly" is every night (XXXX-XX-XXTNI), as "every night" is.
- "since 23.10." in a text that names "Ubuntu 23.10" or "version 23.10": the release, not 23 October;
  "open until 02.03." with no such name stays a day.
- "after 2, 4 or 8 hours": a list of lengths closed by "or" and a unit, each count its own length, as
  "at 6, 12 and 24 months" is; "4 or 8 hours" alone stays one vague length.
- "Scheduled maintenance on Sunday", "Subject: Planned outage on Saturday": a notice's heading that names an
  event as planned, with no verb, names the coming day.
- "2.2.0 - 2020-10-05", "Version 8.2 (Feb 2, 2026)": a changelog's release heading dates the entry below
  it, whose "a year ago" and "last week" count from the release's day, up to a section that is not one of
  a release's own ("Release schedule" after "Fixed", "Removed").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2019, 11, 18)
FRIDAY = date(2021, 3, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nightly builds are posted for anyone who wants to test.", [("Nightly", "SET", "XXXX-XX-XXTNI")]),
        ("The test suite runs nightly on every branch.", [("nightly", "SET", "XXXX-XX-XXTNI")]),
        ("The revue played twice nightly all summer.", [("twice nightly", "SET", "XXXX-XX-XXTNI")]),
    ],
)
def test_nightly_is_every_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fedora users on version 31.10 are fine; nothing has changed since 31.10. Upgrade anyway.", []),
        (
            "Mint 21.03 was stable, and the bug has been there since 21.03. It is fixed now.",
            [("now", "DATE", "PRESENT_REF")],
        ),
        (
            "The trade fair office is closed until 02.03. Tickets are sold online.",
            [("02.03.", "DATE", "2020-03-02")],
        ),
    ],
)
def test_dotted_figure_named_as_a_version(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The heater can switch itself off after 2, 4 or 8 hours.",
            [("2", "DURATION", "PT2H"), ("4", "DURATION", "PT4H"), ("8 hours", "DURATION", "PT8H")],
        ),
        (
            "Plans run for 1, 3 or 5 years.",
            [("1", "DURATION", "P1Y"), ("3", "DURATION", "P3Y"), ("5 years", "DURATION", "P5Y")],
        ),
        ("The glue sets in 4 or 8 hours.", [("4 or 8 hours", "DURATION", "PTXH")]),
    ],
)
def test_list_of_lengths_closed_by_or(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scheduled maintenance on Sunday 01:00-03:00 UTC",
            [("Sunday 01:00", "TIME", "2019-11-24T01:00"), ("03:00 UTC", "TIME", "2019-11-24T03:00")],
        ),
        ("Subject: Planned outage on Saturday", [("Saturday", "DATE", "2019-11-23")]),
        ("Planned works on Sunday", [("Sunday", "DATE", "2019-11-24")]),
        ("Scheduled maintenance was completed on Sunday.", [("Sunday", "DATE", "2019-11-17")]),
    ],
)
def test_planned_event_heading_names_the_coming_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


CHANGELOG = """Changelog

3.1.0 - 2021-03-15

Added
- A new export format.

2.9.0 - 2020-10-05

Removed
- The old parser, deprecated a year ago, and the flag added last month.

Release schedule

A first beta of 4.0 should be out next month.
"""

RELEASE_NOTES = """Version 8.3 (Mar 16, 2026)

- Fixes the crash some of you saw yesterday.

Version 8.2 (Feb 2, 2026)

- We fixed the bug reported last week.
"""


def test_changelog_heading_dates_its_entry() -> None:
    assert typed(CHANGELOG, FRIDAY) == [
        ("2021-03-15", "DATE", "2021-03-15"),
        ("2020-10-05", "DATE", "2020-10-05"),
        ("a year ago", "DATE", "2019"),
        ("last month", "DATE", "2020-09"),
        ("next month", "DATE", "2021-04"),
    ]
    assert typed(RELEASE_NOTES, date(2026, 3, 16)) == [
        ("Mar 16, 2026", "DATE", "2026-03-16"),
        ("yesterday", "DATE", "2026-03-15"),
        ("Feb 2, 2026", "DATE", "2026-02-02"),
        ("last week", "DATE", "2026-W05"),
    ]
