"""Rules added after the second blind narrative set (`data/gold/timex/blind_narrative_2.jsonl`: four
war histories and two lives) was scored once: each row is a sentence of our own showing the general
English usage behind one finding.

- A coarser time in a past-perfect clause ("had ordered it in December 1940", "who had sunk it a month
  earlier") looks back from the story's day: the story stays on that day for a clock time or "eight days
  later" that follows, instead of moving to the month (and inventing its first day).
- Ancient history writes years bare: "the spring of 66", "the summer of AD 70", "on 1 July 69,", "9 June
  AD 68", "after his death in 81.", "broke out in 132 and was crushed". Two digits take their century
  from the story (AD 66 in a story of AD 6, 1968 in one of 1941) or, in news, the last such year.
- "the spring of the following year", "the autumn of that year": one expression, a season of a year
  counted from the story's.
- "every 22 June", "each May 1": the same day of every year (a set).
- "the fall" is autumn after a preposition ("in the fall", "by the fall"); "the fall of the fortress" and
  "date the fall to AD 74" are a collapse.
- "the future of the state" is its fate, not a time.
- "a second observatory": the ordinal before a noun, not a recurring second.
- "in his last years" is a stage of a life (untagged), not the verb "last" before "years".
- "from 1983 onwards": an adverb in -s after a year does not make the year a count.
- "Iran spent 1981 rebuilding": the year spent doing something.
- "held out for another month": one more month, a duration.

Found while generalising those findings to sentences of our own:

- "over the next decade" in a story counts on from the story's year, as "the next year" does.
- "at dawn on 12 September": a part of the day takes the date that follows it, as a clock time does.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
SNAPSHOT = date(2024, 5, 6)


def _found(
    text: str, dct: date | None = SNAPSHOT, kind: DocumentKind | None = NARRATIVE
) -> list[tuple[str, str, str]]:
    return typed(text, dct, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The offensive opened on 14 May 1917. The general had drafted the plan in January 1917. "
            "The guns fired at 4.30 a.m., and by the evening the first line had fallen.",
            [
                ("14 May 1917", "DATE", "1917-05-14"),
                ("January 1917", "DATE", "1917-01"),
                ("4.30 a.m.", "TIME", "1917-05-14T04:30"),
                ("the evening", "TIME", "1917-05-14TEV"),
            ],
        ),
        (
            "In 1709 the garrison held the town. The siege opened on 3 March; the townspeople, who had "
            "flooded the meadows a month earlier, watched from the walls. Six days later the first breach "
            "was made.",
            [
                ("1709", "DATE", "1709"),
                ("3 March", "DATE", "1709-03-03"),
                ("a month earlier", "DATE", "1709-02"),
                ("Six days later", "DATE", "1709-03-09"),
            ],
        ),
        (
            # a past perfect that moves forward from a coarser time is no flashback from a day
            "In 1709 the garrison held the town. In March the river had risen, and in April the siege began.",
            [("1709", "DATE", "1709"), ("March", "DATE", "1709-03"), ("April", "DATE", "1709-04")],
        ),
    ],
)
def test_a_past_perfect_flashback_leaves_the_story_on_its_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The province was annexed in AD 9. In the spring of 58 the tribes rose, and in August they "
            "burned the fort.",
            SNAPSHOT,
            [
                ("AD 9", "DATE", "0009"),
                ("the spring of 58", "DATE", "0058-SP"),
                ("August", "DATE", "0058-08"),
            ],
        ),
        (
            "The province was annexed in AD 9. The emperor died on 3 May AD 59, and the army hailed his "
            "nephew on 12 June 59, and two days later the senate agreed.",
            SNAPSHOT,
            [
                ("AD 9", "DATE", "0009"),
                ("3 May AD 59", "DATE", "0059-05-03"),
                ("12 June 59", "DATE", "0059-06-12"),
                ("two days later", "DATE", "0059-06-14"),
            ],
        ),
        (
            "The province was annexed in AD 9. The legate fought a long war in the summer of AD 61 Drusus "
            "led. A gate was raised after his death in 64. A second revolt broke out in 117 and was crushed "
            "two years later.",
            SNAPSHOT,
            [
                ("AD 9", "DATE", "0009"),
                ("the summer of AD 61", "DATE", "0061-SU"),
                ("64", "DATE", "0064"),
                ("117", "DATE", "0117"),
                ("two years later", "DATE", "0119"),
            ],
        ),
        (
            "The unrest of 1941 was long forgotten. In the summer of 68 the students marched again.",
            SNAPSHOT,
            [("1941", "DATE", "1941"), ("the summer of 68", "DATE", "1968-SU")],
        ),
        (
            "The winter of 4 BC was hard for the shepherds.",
            SNAPSHOT,
            [("The winter of 4 BC", "DATE", "BC0004-WI")],
        ),
        # with only the DCT to go by, two digits name the last such year at or before it
        (
            "The band first played here on 1 July 69, the organisers said.",
            SNAPSHOT,
            [("1 July 69", "DATE", "1969-07-01")],
        ),
    ],
)
def test_bare_years_of_ancient_history(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The fall of 66 soldiers shocked the town.", "66"),
        ("The committee met on 5 May 12 members attended.", "12"),
        (
            "He was born in 1950. He scored in 81.",
            "81",
        ),  # two digits after "in" only in a first-century story
        ("The firm won in 45 states.", "45"),
        ("After the fall of 2 percent in March the shares recovered.", "2"),
        ("The fall of 3% surprised the traders.", "3"),
    ],
)
def test_numbers_that_are_not_bare_years(text: str, number: str) -> None:
    assert not [found for found in _found(text) if number in found[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The counterattack began on 5 December 1941. In the spring of the following year both sides "
            "prepared new attacks, and in May one of them failed.",
            [
                ("5 December 1941", "DATE", "1941-12-05"),
                ("the spring of the following year", "DATE", "1942-SP"),
                ("May", "DATE", "1942-05"),
            ],
        ),
        (
            "The treaty was signed in 1648. In the autumn of that year the armies went home.",
            [("1648", "DATE", "1648"), ("the autumn of that year", "DATE", "1648-FA")],
        ),
        (
            "The treaty was signed in 1648. The winter of the previous year had been hard.",
            [("1648", "DATE", "1648"), ("The winter of the previous year", "DATE", "1647-WI")],
        ),
    ],
)
def test_a_season_of_a_counted_year_is_one_expression(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victory is marked every 9 May with a parade.", [("every 9 May", "SET", "XXXX-05-09")]),
        ("The town remembers the fire each October 8.", [("each October 8", "SET", "XXXX-10-08")]),
        ("Every June the river floods the meadows.", [("Every June", "SET", "XXXX-06")]),
    ],
)
def test_every_day_of_the_year_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, kind=None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war ended with the fall of the capital in 1453.", [("1453", "DATE", "1453")]),
        (
            "The city was taken in 1453. Some writers put the fall in 1454.",
            [("1453", "DATE", "1453"), ("1454", "DATE", "1454")],
        ),
        (
            "The city was taken in 1453. In the fall the sultan moved his court.",
            [("1453", "DATE", "1453"), ("the fall", "DATE", "1453-FA")],
        ),
        ("Their war was a contest over the future of the empire.", []),
        ("In 1610 he built a second observatory on the hill.", [("1610", "DATE", "1610")]),
        ("The camera takes thirty frames a second.", [("a second", "SET", "PT1S")]),
        (
            "He moved to Rome in 1610. In his last years he wrote a history of the city.",
            [("1610", "DATE", "1610")],
        ),
        (
            "He moved to Rome in 1610. The work took years.",
            [("1610", "DATE", "1610"), ("years", "DURATION", "PXY")],
        ),
    ],
)
def test_words_that_look_like_times_but_name_other_things(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From 1916 onwards the navy used convoys.", [("1916", "DATE", "1916")]),
        ("The rebels spent 1849 rebuilding their army.", [("1849", "DATE", "1849")]),
        ("The firm spent 1500 dollars on the roof.", []),
        ("The fort held out for another month and then surrendered.", [("another month", "DURATION", "P1M")]),
        ("The talks lasted another week.", [("another week", "DURATION", "P1W")]),
    ],
)
def test_years_and_lengths_in_narrative_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war began in 1684. Over the next decade the frontier moved east.",
            [("1684", "DATE", "1684"), ("the next decade", "DATE", "169")],
        ),
        (
            "The siege began in July 1683. The final assault came at dawn on 12 September.",
            [
                ("July 1683", "DATE", "1683-07"),
                ("dawn", "TIME", "1683-09-12TMO"),
                ("12 September", "DATE", "1683-09-12"),
            ],
        ),
    ],
)
def test_story_times_that_follow_the_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
