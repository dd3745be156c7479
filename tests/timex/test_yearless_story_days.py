"""A story's day told with its month and day but no year ("on 30 April", XXXX-04-30), in a story with no
dated time to go by, is the story's reference time as a dated day is: the clock times, parts of the day
and counted days, hours and minutes told after it are reckoned from it and keep its month and day, the
year staying unknown (XXXX). Counting across a month's end uses a year that is not a leap year, so 28
February is followed by 1 March; 29 February only when the text names it. The weekday of a day without
a year cannot be worked out, so a weekday told after it stays underspecified, and so does a day the
resolver reads as coming round every year ("is held on 3 May"). Any other time the story moves to (a
month, a year) ends the yearless day; one told in a glance back (past perfect) pauses it for its
sentence. "the last half mile" is half of a distance, no half of a year; the past perfect of an apposition
after a clock time ("At noon, the hour when he had wanted it, ...") is not the tense of its clause."""

from __future__ import annotations

import pytest

from tests.timex.timex_support import typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm reached the island on 3 March. That evening the harbour flooded.",
            [("3 March", "DATE", "XXXX-03-03"), ("That evening", "TIME", "XXXX-03-03TEV")],
        ),
        (
            "They sailed on 30 April. At noon the next day they sighted land.",
            [
                ("30 April", "DATE", "XXXX-04-30"),
                ("noon", "TIME", "XXXX-05-01T12:00"),
                ("the next day", "DATE", "XXXX-05-01"),
            ],
        ),
        (
            "The letter arrived on 28 February. The following morning she burned it.",
            [("28 February", "DATE", "XXXX-02-28"), ("The following morning", "TIME", "XXXX-03-01TMO")],
        ),
        (
            "The ship left on 12 June.\n\nBy dawn the next day it had reached the cape.",
            [
                ("12 June", "DATE", "XXXX-06-12"),
                ("dawn", "TIME", "XXXX-06-13TMO"),
                ("the next day", "DATE", "XXXX-06-13"),
            ],
        ),
        (
            "The ship left on 12 June. Two days later the crew mutinied, and that night the captain fled.",
            [
                ("12 June", "DATE", "XXXX-06-12"),
                ("Two days later", "DATE", "XXXX-06-14"),
                ("that night", "TIME", "XXXX-06-14TNI"),
            ],
        ),
        (
            "The raid began on 5 August. By dawn the town had fallen.",
            [("5 August", "DATE", "XXXX-08-05"), ("dawn", "TIME", "XXXX-08-05TMO")],
        ),
        (
            "The trawler went down on 9 October. At 4.20 a.m. the first boat reached the wreck.",
            [("9 October", "DATE", "XXXX-10-09"), ("4.20 a.m.", "TIME", "XXXX-10-09T04:20")],
        ),
        (
            # a glance back pauses the story's day for its sentence; the next sentence is on it again
            "He landed on 2 July. She had met him in the spring, at a dance. At ten o'clock he rang her.",
            [
                ("2 July", "DATE", "XXXX-07-02"),
                ("the spring", "DATE", "XXXX-SP"),
                ("ten o'clock", "TIME", "XXXX-07-02T10:00"),
            ],
        ),
        (
            # the past perfect of an apposition's relative clause is not the tense of the clock time's
            # clause, so the clock time does not look back to the day before
            "The raid began on 5 August. At 11.30 a.m. the gate fell. At noon, the hour when the general "
            "had promised relief, the flag came down.",
            [
                ("5 August", "DATE", "XXXX-08-05"),
                ("11.30 a.m.", "TIME", "XXXX-08-05T11:30"),
                ("noon", "TIME", "XXXX-08-05T12:00"),
            ],
        ),
        (
            # half of a measure of distance, not of a year, so the story's day goes on
            "She reached the fence on 4 March and walked the last half mile. At midnight the lights went out.",
            [("4 March", "DATE", "XXXX-03-04"), ("midnight", "TIME", "XXXX-03-04T24:00")],
        ),
    ],
)
def test_undated_story_day_anchors_what_follows(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a weekday cannot be placed on a day with no year: it stays a weekday of no known date
            "They married on 3 May. On Tuesday they sailed, and that evening the storm broke.",
            [
                ("3 May", "DATE", "XXXX-05-03"),
                ("Tuesday", "DATE", "XXXX-WXX-2"),
                ("that evening", "TIME", "XXXX-WXX-2TEV"),
            ],
        ),
        (
            # a day that comes round every year is no day of a story
            "The festival is held on 3 May. That evening the square fills with music.",
            [("3 May", "DATE", "XXXX-05-03"), ("That evening", "TIME", "XXXX-XX-XXTEV")],
        ),
        (
            # the story moves to another month: its night is no longer the yearless day's
            "The ferry left on 12 June. The next month it sank. That night the crew wept.",
            [
                ("12 June", "DATE", "XXXX-06-12"),
                ("The next month", "DATE", "XXXX-XX"),
                ("That night", "TIME", "XXXX-XX-XXTNI"),
            ],
        ),
    ],
)
def test_what_a_yearless_story_day_leaves_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected
