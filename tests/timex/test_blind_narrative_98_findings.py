"""Rules added after the ninety-eighth blind narrative set (`data/gold/timex/blind_narrative_98.jsonl`,
encyclopedia and naval-history accounts of four mutinies of the 18th to 20th centuries) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "At two bells in the afternoon watch a sail was sighted": a ship's watch named by a part of the day is
  a spell of duty kept every day, like "the morning shift", not one afternoon ("In the evening watch a
  film", an instruction opening its sentence, keeps its evening).
- "The dockers struck in March 1911. In October the union demanded the reinstatement of the men of March":
  a month the story has told, named as what a group or an event belongs to ("the men of March"), is that
  month, not the next one; and it names the thing it qualifies, so the story stays where it was.
- "The next morning, 9 March (24 February), the crowds came out at ten o'clock": a date in brackets after
  the day that restates the story's day restates it in the other calendar; the story stays on the day.
- "The boats were to leave on the morning of 29 April. At midnight the men took the arms chest": the day of
  a part of the day a plan named is looked to; the story stays on its day.
- "The talks, which were to resume at ten o'clock the next morning, broke down that night": a planned
  clock time is no reference time, so "the next morning" after it counts on from the story's day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The frigate sailed on 4 June 1801. At two bells in the afternoon watch a sail was sighted.",
            [("4 June 1801", "DATE", "1801-06-04")],
        ),
        (
            "She was in the forenoon watch when the mast fell on 3 May 1799.",
            [("3 May 1799", "DATE", "1799-05-03")],
        ),
        # an instruction opening its sentence: "watch" is its verb, the evening a time
        ("In the evening watch a film with the family.", [("the evening", "TIME", "2024-05-10TEV")]),
        ("In the morning the watch was doubled.", [("the morning", "TIME", "2024-05-10TMO")]),
    ],
)
def test_ships_watches(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers struck in March 1911. In October the union demanded the reinstatement of the men of "
            "March.",
            [("March 1911", "DATE", "1911-03"), ("October", "DATE", "1911-10"), ("March", "DATE", "1911-03")],
        ),
        (
            "The mutiny broke out in June 1905. On 10 November the men demanded the release of the prisoners "
            "of June. The next morning the captain spoke.",
            [
                ("June 1905", "DATE", "1905-06"),
                ("10 November", "DATE", "1905-11-10"),
                ("June", "DATE", "1905-06"),
                ("The next morning", "TIME", "1905-11-11TMO"),
            ],
        ),
        # a month the story moves on to, not named as what a thing belongs to, is the next one
        (
            "The mill closed in May 1926. In November the mill reopened. In May the owners sold it.",
            [("May 1926", "DATE", "1926-05"), ("November", "DATE", "1926-11"), ("May", "DATE", "1927-05")],
        ),
    ],
)
def test_month_told_named_after_the_noun_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council met on 8 March 1917. The next morning, 9 March (24 February), the crowds came out at "
            "ten o'clock.",
            [
                ("8 March 1917", "DATE", "1917-03-08"),
                ("The next morning", "TIME", "1917-03-09TMO"),
                ("9 March", "DATE", "1917-03-09"),
                ("24 February", "DATE", "1917-02-24"),
                ("ten o'clock", "TIME", "1917-03-09T10:00"),
            ],
        ),
        (
            "The council met on 8 March 1917. The next morning, 9 March, the crowds came out at ten o'clock.",
            [
                ("8 March 1917", "DATE", "1917-03-08"),
                ("The next morning", "TIME", "1917-03-09TMO"),
                ("9 March", "DATE", "1917-03-09"),
                ("ten o'clock", "TIME", "1917-03-09T10:00"),
            ],
        ),
    ],
)
def test_bracketed_restatement_after_a_restated_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crew mustered on 27 April 1789. The boats were to leave on the morning of 29 April. At midnight "
            "the men took the arms chest, and at 5 a.m. the captain was bound.",
            [
                ("27 April 1789", "DATE", "1789-04-27"),
                ("29 April", "DATE", "1789-04-29"),
                ("midnight", "TIME", "1789-04-27T24:00"),
                ("5 a.m.", "TIME", "1789-04-28T05:00"),
            ],
        ),
        # the morning of a day the story reaches is its next step
        (
            "The crew mustered on 27 April 1789. On the morning of 28 April the men took the arms chest. At "
            "noon the captain was bound.",
            [
                ("27 April 1789", "DATE", "1789-04-27"),
                ("28 April", "DATE", "1789-04-28"),
                ("noon", "TIME", "1789-04-28T12:00"),
            ],
        ),
    ],
)
def test_part_of_a_planned_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegates met on Monday 3 May 1926. The talks, which were to resume at ten o'clock the next "
            "morning, broke down that night.",
            [
                ("Monday 3 May 1926", "DATE", "1926-05-03"),
                ("ten o'clock", "TIME", "1926-05-04T10:00"),
                ("the next morning", "TIME", "1926-05-04TMO"),
                ("that night", "TIME", "1926-05-03TNI"),
            ],
        ),
        (
            "The delegates met on Monday 3 May 1926. They resumed at ten o'clock the next morning.",
            [
                ("Monday 3 May 1926", "DATE", "1926-05-03"),
                ("ten o'clock", "TIME", "1926-05-04T10:00"),
                ("the next morning", "TIME", "1926-05-04TMO"),
            ],
        ),
    ],
)
def test_next_morning_after_a_planned_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
