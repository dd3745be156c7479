"""Rules added after the eighty-sixth blind narrative set (`data/gold/timex/blind_narrative_86.jsonl`,
encyclopedia histories of the wars between the world wars) was scored once: each row is a sentence of our
own showing the general English usage behind one finding.

- "This year's reunion was held in the barracks today": in a story, a deictic day ("today", "this
  morning") told while the story stands in a year or month that holds the DCT is the writer's own day, not
  the first day of that year.
- "a curfew began at eleven o'clock every night": a bare hour right before a set of nights or evenings is
  the evening's hour; an hour that would fall before the evening stays as it is.
- "sirens sound at 10:01 every 13 December": a clock time right before a yearly set of one day is that
  day's time.
- "the anniversary of the battle, 15 August, has been kept every year": a day set off by commas beside the
  subject of a passive of keeping, with a yearly word, is that day of every year, as "15 August has been
  kept" is.
- "Over the autumn the city, where the court had wintered the previous winter, ... fell on 25 October": a
  season looked back to in the past perfect from a season the story is in leaves the story in its season,
  as it does from a year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The regiment was raised in 1914 and disbanded in 1946. This year's reunion was held in the "
            "barracks today, and wreaths were laid this morning.",
            date(2020, 8, 15),
            [
                ("1914", "DATE", "1914"),
                ("1946", "DATE", "1946"),
                ("This year", "DATE", "2020"),
                ("today", "DATE", "2020-08-15"),
                ("this morning", "TIME", "2020-08-15TMO"),
            ],
        ),
        (
            "The club was founded in 1890 and moved to its present ground in 1921. This year's centenary "
            "match was played there today.",
            date(2021, 9, 4),
            [
                ("1890", "DATE", "1890"),
                ("1921", "DATE", "1921"),
                ("This year", "DATE", "2021"),
                ("today", "DATE", "2021-09-04"),
            ],
        ),
        (
            "The siege began in 1915. Over the summer and the autumn the city, where the court had wintered "
            "the previous winter, was starved. It fell on 25 October.",
            None,
            [
                ("1915", "DATE", "1915"),
                ("the summer", "DATE", "1915-SU"),
                ("the autumn", "DATE", "1915-FA"),
                ("the previous winter", "DATE", "1914-WI"),
                ("25 October", "DATE", "1915-10-25"),
            ],
        ),
        (
            "In the summer of 1820 the explorers returned. They had spent the previous winter on the ice. "
            "In December they sailed again.",
            None,
            [
                ("the summer of 1820", "DATE", "1820-SU"),
                ("the previous winter", "DATE", "1819-WI"),
                ("December", "DATE", "1820-12"),
            ],
        ),
    ],
)
def test_story_time_findings(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "A curfew began at eleven o'clock every night.",
            date(2019, 6, 1),
            [("eleven o'clock", "TIME", "XXXX-XX-XXT23:00"), ("every night", "SET", "XXXX-XX-XXTNI")],
        ),
        (
            "Soldiers paraded at seven o'clock each evening.",
            date(2019, 6, 1),
            [("seven o'clock", "TIME", "XXXX-XX-XXT19:00"), ("each evening", "SET", "XXXX-XX-XXTEV")],
        ),
        (
            "The ferry leaves at 10:30 every Monday.",
            date(2019, 6, 1),
            [("10:30", "TIME", "XXXX-XX-XXT10:30"), ("every Monday", "SET", "XXXX-WXX-1")],
        ),
        (
            "Sirens sound across the city at 10:01 every 13 December.",
            date(2013, 12, 13),
            [("10:01", "TIME", "XXXX-12-13T10:01"), ("every 13 December", "SET", "XXXX-12-13")],
        ),
        (
            "The bells rang at noon every 11 November.",
            None,
            [("noon", "TIME", "XXXX-11-11T12:00"), ("every 11 November", "SET", "XXXX-11-11")],
        ),
        (
            "The graves were neglected until the 1980s.\n\nSince 1992 the anniversary of the battle, 15 August, "
            "has been kept every year as the day of the armed forces.",
            date(2020, 8, 15),
            [
                ("the 1980s", "DATE", "198"),
                ("1992", "DATE", "1992"),
                ("15 August", "DATE", "XXXX-08-15"),
                ("every year", "SET", "P1Y"),
            ],
        ),
        (
            "The suspect, arrested on 3 March, has been kept in custody every day since.",
            date(2019, 3, 10),
            [("3 March", "DATE", "2019-03-03"), ("every day", "SET", "P1D")],
        ),
    ],
)
def test_habit_findings(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
