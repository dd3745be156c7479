"""Rules added after the ninety-ninth blind news set (`data/gold/timex/blind_news_99.jsonl`, internet
outages, cyber attacks and technology incidents in wire copy and the trade press) was scored once: each row
is a sentence of our own showing the general English usage behind one finding.

- "the line was down from 10.15pm until 3am the following morning": a day counted on from the one told
  ("the next day", "the following morning") after a range of clock times dates its closing time alone; the
  opening time stays on the day told, and the closing one is a day after it, not two. A date named after
  the range ("from dawn to dusk on 5 June") still dates both ends.
- "its monthly Patch Tuesday release": capitalised "Patch" (or "Exploit") before a weekday names the day of
  the software trade's monthly fixes, not a date; "Microsoft issued a patch Tuesday" dates the patch.
- "who led the bank's Year 2000 project", "were year 2000 compliant": "Year 2000" (or "year 2038") before
  the words of the work against the date fault names that work, not the year; lower-case "the year 2000
  team" and a sentence opening with "Year 2000" stay years.
- "Timeline of the failure:" over lines "09:12 - A disk array fills up.": clock times opening the lines of
  a list that a line naming a timeline or a chronology introduces are the times of the events it tells, on
  the day the story gave, not a live page's stamps of its own day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

THURSDAY = date(2022, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 June 2022 the helpline was down from 10.15pm until 3am the following morning.",
            [
                ("2 June 2022", "DATE", "2022-06-02"),
                ("10.15pm", "TIME", "2022-06-02T22:15"),
                ("3am", "TIME", "2022-06-03T03:00"),
                ("the following morning", "TIME", "2022-06-03TMO"),
            ],
        ),
        (
            "On 8 July the library stayed open from 9am until noon the next day.",
            [
                ("8 July", "DATE", "2022-07-08"),
                ("9am", "TIME", "2022-07-08T09:00"),
                ("noon", "TIME", "2022-07-09T12:00"),
                ("the next day", "DATE", "2022-07-09"),
            ],
        ),
        # a date named after the range dates both its ends
        (
            "On 3 June the road was closed from dawn to dusk on 5 June.",
            [
                ("3 June", "DATE", "2022-06-03"),
                ("dawn", "TIME", "2022-06-05TMO"),
                ("dusk", "TIME", "2022-06-05TEV"),
                ("5 June", "DATE", "2022-06-05"),
            ],
        ),
    ],
)
def test_range_closing_on_the_next_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Admins spent the week after Patch Tuesday testing the 60 fixes.", []),
        ("Criminals compare the old and new code on Exploit Wednesday.", []),
        # lower-case "patch": the weekday dates the patch
        ("The vendor issued a patch Tuesday for the flaw.", [("Tuesday", "DATE", "2022-09-13")]),
        ("The vendor released its patch on Tuesday.", [("Tuesday", "DATE", "2022-09-13")]),
    ],
)
def test_patch_tuesday_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her firm's Year 2000 project cost $12 million, said Ruth Lam.", []),
        ("By then nine banks in ten were year 2000 compliant, the survey found.", []),
        # lower-case "year", or "Year" opening a sentence: the year
        ("The year 2000 team photo still hangs in the hall.", [("The year 2000", "DATE", "2000")]),
        ("Sales fell. Year 2000 office rents rose by a tenth.", [("2000", "DATE", "2000")]),
    ],
)
def test_year_2000_names_the_work_against_the_fault(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The payments network failed on Tuesday, the operator said.\n\nTimeline of the failure:\n"
            "09:12 - A disk array fills up.\n11:40 - Card payments are declined.\n",
            [
                ("Tuesday", "DATE", "2022-09-13"),
                ("09:12", "TIME", "2022-09-13T09:12"),
                ("11:40", "TIME", "2022-09-13T11:40"),
            ],
        ),
        # a live page's own stamps under no such line stay on its day
        (
            "The payments network failed on Tuesday, the operator said.\n\nLatest:\n"
            "09:12 - Engineers are on site.\n11:40 - Payments resume.\n",
            [
                ("Tuesday", "DATE", "2022-09-13"),
                ("09:12", "TIME", "2022-09-15T09:12"),
                ("11:40", "TIME", "2022-09-15T11:40"),
            ],
        ),
    ],
)
def test_times_under_a_timeline_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
