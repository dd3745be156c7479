"""Rules added after the hundred-and-third blind narrative set (`data/gold/timex/blind_narrative_103.jsonl`,
histories of astronomical observations and expeditions: the transits of Venus of 1761 and 1769, the eclipse
expeditions of 1919, the return of Halley's Comet in 1758-59 and the 200-inch telescope at Palomar) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "The lens bent the ray by 0.87 seconds of arc", "12 minutes of latitude apart": seconds and minutes
  followed by "of arc", "of latitude", "of longitude" or "of declination" are sixtieths of a degree, an
  angle, not a length of time; "20 minutes of the lesson" stays a length.
- "The clock was accurate to one part in 800": a number after "one part in" is the whole a ratio is
  taken of, never a year; "took part in 1999", "had a small part in 1998" and "published in three parts in
  1939" (a work's parts, after "in") keep their years.
- "We stopped now and then to rest", "Every now and again a cart passed": "now and then" and "now and
  again" are the idiom of "at times", not the present; "the gap between now and then", "both now and
  then" set the two times side by side and keep "now".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lens bent the ray by 0.87 seconds of arc.", []),
        ("The two forts lay 12 minutes of latitude apart.", []),
        (
            "Halley put the error at 30 minutes of arc, and the survey lasted 40 minutes.",
            [("40 minutes", "DURATION", "PT40M")],
        ),
        # minutes of something else are still minutes of time
        ("She read for 20 minutes of the lesson.", [("20 minutes", "DURATION", "PT20M")]),
        ("He spoke after five minutes of silence.", [("five minutes", "DURATION", "PT5M")]),
    ],
)
def test_seconds_and_minutes_of_an_angle(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clock was accurate to one part in 800.", []),
        ("Their figures agreed to within one part in 700.", []),
        ("Their survey agreed to one part in 1500 with the old one.", []),
        # no ratio: the year after "in" stays a year
        ("The study was published in three parts in 1939.", [("1939", "DATE", "1939")]),
        ("It was bound in one part in 1851.", [("1851", "DATE", "1851")]),
        ("She took part in 1999 and won.", [("1999", "DATE", "1999")]),
        (
            "He had a small part in 1998, and a lead in 2001.",
            [("1998", "DATE", "1998"), ("2001", "DATE", "2001")],
        ),
    ],
)
def test_the_whole_of_a_ratio(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We stopped now and then to rest.", []),
        ("Every now and again a cart passed.", []),
        ("Now and then the rain eased.", []),
        # the two times set side by side
        ("The gap between now and then is wide.", [("now", "DATE", "PRESENT_REF")]),
        ("Prices, both now and then, were high.", [("now", "DATE", "PRESENT_REF")]),
        ("The hall is now and will remain closed.", [("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_now_and_then_as_at_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
