"""Review of the First World War set's rules (`test_blind_narrative_83_findings.py`): each row fails without
its mend.

- A clock time after a daily or weekly set takes no day of the year told after it ("daily at 9 a.m. on May
  1": the day the schedule starts), nor does one before a dated day ("on 11 November 1918"); only a yearly
  set recurs on that day.
- "This morning" after a present sentence is not the writer's in a letter headed with its own day.
- A month glanced back to in the past perfect is counted on from at the opening of the next sentence too
  ("He had been wounded in August 1914. Two months later ..."), not from the story's month.
- A quotation in single curly marks gives no tense, as one in double marks does.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The museum opens daily at 9 a.m. on May 1 and stays open all summer.",
            "9 a.m.",
            "XXXX-XX-XXT09:00",
        ),
        (
            "The ferry will sail every day at 7 a.m. on 1 April, the company said.",
            "7 a.m.",
            "XXXX-XX-XXT07:00",
        ),
        ("Every year at 11 a.m. on 11 November 1918 is remembered.", "11 a.m.", "XXXX-XX-XXT11:00"),
    ],
)
def test_only_a_yearly_clock_takes_the_day_after_it(text: str, surface: str, expected: str) -> None:
    found = {s: value for s, _, value in typed(text, date(2022, 2, 3))}
    assert found[surface] == expected


def test_this_morning_in_a_headed_letter_is_the_letters_day() -> None:
    text = (
        "21st April 1916\n\nDear Mother,\n\nI am well and the weather is fine. This morning we went up to the"
        " line, and on Sunday we had a service."
    )
    found = {s: value for s, _, value in typed(text, date(2025, 11, 11), kind=NARRATIVE)}
    assert found["This morning"] == "1916-04-21TMO"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The general took command in March 1916. He had been wounded in August 1914. The following winter he"
            " returned to the front. On 14 April he inspected the line.",
            [
                ("March 1916", "DATE", "1916-03"),
                ("August 1914", "DATE", "1914-08"),
                ("The following winter", "DATE", "1914-WI"),
                ("14 April", "DATE", "1916-04-14"),
            ],
        ),
        (
            "The general took command in March 1916. He had been wounded in August 1914. Two months later he"
            " returned to the front. On 14 April he inspected the line.",
            [
                ("March 1916", "DATE", "1916-03"),
                ("August 1914", "DATE", "1914-08"),
                ("Two months later", "DATE", "1914-10"),
                ("14 April", "DATE", "1916-04-14"),
            ],
        ),
    ],
)
def test_glanced_month_counted_on_at_the_next_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2013, 6, 4), kind=NARRATIVE) == expected


def test_single_curly_quotation_gives_no_tense() -> None:
    text = (
        "The siege began in February 1916, and the words \u2018They shall not pass\u2019, first used in the"
        " spring, became its slogan."
    )
    found = {s: value for s, _, value in typed(text, None, kind=NARRATIVE)}
    assert found["the spring"] == "1916-SP"
