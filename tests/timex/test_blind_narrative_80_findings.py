"""Rules added after the eightieth blind narrative set (`data/gold/timex/blind_narrative_80.jsonl`,
encyclopedia histories of air and naval campaigns of the twentieth century) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "reached the fort on 14 March. Its scouts had ridden ahead the previous evening. The garrison sighted
  the column at 09:40": a day or part of a day counted back from the story's day in a past perfect is a
  glance at what led up to it when it closes its sentence and counts back from a dated day ("previous",
  "before", "earlier": `STORY_BACKWARD_WORDS`); the story stays on its day, and the clock times after it
  fall there. A simple past ("The previous evening the admiral dined ashore, and at 22:00") still moves
  the story, and so does a flashback that goes on in its sentence ("had sailed the day before ... had
  turned back during the night").
- "... opened to readers in 1972. A plaque was unveiled at the foot of the tower on Saturday": a story
  whose reference time is a year has no week for a bare weekday to fall in; with a DCT years later the
  weekday is of the writer's week, not "the first Saturday of 1972".
- "This year, the centenary, the parade planned for Saturday will go ahead": the writer's own year opening
  a sentence is where a history comes to its present, even when a participle of planning follows it; it
  is not the later year a past plan aims at, so the weekday after it is of the writer's week.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
TUESDAY = date(2014, 5, 6)
MONDAY = date(2018, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The relief column reached the fort on 14 March 1857. Its scouts had ridden ahead the previous "
            "evening. The garrison sighted the column at about 09:40 and opened the gates at 11:15.",
            [
                ("14 March 1857", "DATE", "1857-03-14"),
                ("the previous evening", "TIME", "1857-03-13TEV"),
                ("about 09:40", "TIME", "1857-03-14T09:40"),
                ("11:15", "TIME", "1857-03-14T11:15"),
            ],
        ),
        (
            "The convoy left Halifax on 3 March 1941. The escort had sailed from Londonderry the night "
            "before. The first U-boat was sighted at 21:10.",
            [
                ("3 March 1941", "DATE", "1941-03-03"),
                ("the night before", "TIME", "1941-03-02TNI"),
                ("21:10", "TIME", "1941-03-03T21:10"),
            ],
        ),
        (
            "The general strike began on 3 May 1926. The miners had been locked out the previous day. "
            "At 11:00 the trains stopped.",
            [
                ("3 May 1926", "DATE", "1926-05-03"),
                ("the previous day", "DATE", "1926-05-02"),
                ("11:00", "TIME", "1926-05-03T11:00"),
            ],
        ),
        (
            "On 3 June 1798 the fleet reached the bay. The previous evening the admiral dined ashore, and "
            "at 22:00 he returned to his flagship.",
            [
                ("3 June 1798", "DATE", "1798-06-03"),
                ("The previous evening", "TIME", "1798-06-02TEV"),
                ("22:00", "TIME", "1798-06-02T22:00"),
            ],
        ),
        (
            "The rising began at about six in the morning on 11 September 1973. The ships that had sailed "
            "the day before for exercises had turned back during the night. The president reached the "
            "palace at about 7.30 a.m.",
            [
                ("about six in the morning", "TIME", "1973-09-11T06:00"),
                ("11 September 1973", "DATE", "1973-09-11"),
                ("the day before", "DATE", "1973-09-10"),
                ("the night", "TIME", "1973-09-10TNI"),
                ("about 7.30 a.m.", "TIME", "1973-09-11T07:30"),
            ],
        ),
    ],
)
def test_past_perfect_glance_back_keeps_the_story_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lighthouse was first lit on Tuesday, 4 October 1898. Its logbooks went to the county "
            "archive in 1937 and were opened to readers in 1972. A plaque was unveiled at the foot of the "
            "tower on Saturday.",
            [
                ("Tuesday, 4 October 1898", "DATE", "1898-10-04"),
                ("1937", "DATE", "1937"),
                ("1972", "DATE", "1972"),
                ("Saturday", "DATE", "2018-10-06"),
            ],
        ),
        (
            "The company was founded in 1921 and moved to Leeds in 1958. On Friday its last director retired.",
            [("1921", "DATE", "1921"), ("1958", "DATE", "1958"), ("Friday", "DATE", "2018-10-05")],
        ),
        (
            "The strike began on Monday, 6 March 1961. On Friday the dockers voted to return.",
            [("Monday, 6 March 1961", "DATE", "1961-03-06"), ("Friday", "DATE", "1961-03-10")],
        ),
    ],
)
def test_weekday_after_a_story_year_is_the_writers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The regiment fought at Arras on 9 April 1917 and was disbanded the following week. This year, "
            "the centenary of its founding, the parade planned for Saturday will go ahead in the town square.",
            date(2014, 7, 15),
            [
                ("9 April 1917", "DATE", "1917-04-09"),
                ("the following week", "DATE", "1917-W16"),
                ("This year", "DATE", "2014"),
                ("Saturday", "DATE", "2014-07-19"),
            ],
        ),
        (
            "The cathedral's tower fell on 3 March 1861, and the new spire was finished the following week. "
            "This year the service of thanksgiving planned for Sunday will be led by the bishop.",
            date(2011, 5, 17),
            [
                ("3 March 1861", "DATE", "1861-03-03"),
                ("the following week", "DATE", "1861-W10"),
                ("This year", "DATE", "2011"),
                ("Sunday", "DATE", "2011-05-22"),
            ],
        ),
    ],
)
def test_writers_year_before_a_plan_brings_the_story_to_the_present(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, NARRATIVE) == expected
