"""Rules added after the twenty-third blind narrative set (`data/gold/timex/blind_narrative_23.jsonl`,
histories of twentieth-century wars outside Europe) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- A section heading that dates its section by a span ("The siege (1916–1918)", "The war years, 1932 to
  1935") tells where the section begins: the story below it starts from the span's first year, not its
  last.
- In a story told in the past, "would" is the future seen from the story's past ("announced that the
  troops would withdraw, and by the end of the month most had"): a deictic period in its sentence is
  the story's ("the month" the story is in), not the writer's.
- A day of the month after a named day, week or holiday in a present-tense clause ("celebrates
  Liberation Day on 26 February", "parades open Liberation Week on 11 November") is that day of every
  year, as "celebrates 6 October as Armed Forces Day" is; the two days of "on 25 and 26 February" both.
- "that decade" and "the following decade" point to the decade the text has just named ("In the 1920s
  ... Through that decade"), which a story's years do not replace.
- A part of the day capitalised inside a name ("Operation Dawn 8", "Operation Desert Dawn") is part of
  the name, as "Saturday Night Live" is: a number or another capitalised word joins it to the name.
- A part of the day qualifying a tide ("on the evening tide", "the morning tide") is the part of the
  day alone; the article belongs to "tide", as it does to "rush" in "the evening rush".
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2021, 5, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The long siege of the river port ended in 1919.\n\nThe siege (1916–1918)\n\n"
            "On 3 March the first guns opened fire, and by the end of May the outer forts had fallen.",
            [
                ("1919", "DATE", "1919"),
                ("1916", "DATE", "1916"),
                ("1918", "DATE", "1918"),
                ("3 March", "DATE", "1916-03-03"),
                ("the end of May", "DATE", "1916-05"),
            ],
        ),
        (
            "The canal was finished in 1905.\n\nBuilding the locks (1896-1899)\n\n"
            "In April the engineers flooded the first basin.",
            [
                ("1905", "DATE", "1905"),
                ("1896", "DATE", "1896"),
                ("1899", "DATE", "1899"),
                ("April", "DATE", "1896-04"),
            ],
        ),
        (
            "The republic fell in 1936.\n\nThe war years, 1932 to 1935\n\nThe first shots were fired in June.",
            [
                ("1936", "DATE", "1936"),
                ("1932", "DATE", "1932"),
                ("1935", "DATE", "1935"),
                ("June", "DATE", "1932-06"),
            ],
        ),
        (
            # a span inside a sentence is no heading: the story goes on from where the sentence leaves it
            "The rebels held the hills from 1916 to 1918. In April the army came back.",
            [("1916", "DATE", "1916"), ("1918", "DATE", "1918"), ("April", "DATE", "1918-04")],
        ),
    ],
)
def test_a_heading_span_of_years_starts_its_section_at_the_first(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 June 1941 the general announced that his troops would withdraw to the river, and by the "
            "end of the month most of them had.",
            [("20 June 1941", "DATE", "1941-06-20"), ("the end of the month", "DATE", "1941-06")],
        ),
        (
            "In March 1923 the minister promised that the mill would reopen before the end of the year.",
            [("March 1923", "DATE", "1923-03"), ("the end of the year", "DATE", "1923")],
        ),
    ],
)
def test_would_in_a_story_looks_ahead_from_the_story_not_the_writer(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The occupation ended in 1991. The country celebrates Liberation Day on 26 February.",
            [("1991", "DATE", "1991"), ("26 February", "DATE", "XXXX-02-26")],
        ),
        (
            "The republic was declared in 1921. It celebrates its National Day and Liberation Day on 25 "
            "and 26 May.",
            [("1921", "DATE", "1921"), ("25", "DATE", "XXXX-05-25"), ("26 May", "DATE", "XXXX-05-26")],
        ),
        (
            "The war ended in 1918. Parades open Liberation Week on 11 November in most towns.",
            [("1918", "DATE", "1918"), ("11 November", "DATE", "XXXX-11-11")],
        ),
        (
            # a past-tense clause tells the one occasion
            "The war ended in 1918. The town held its first Liberation Day on 11 November.",
            [("1918", "DATE", "1918"), ("11 November", "DATE", "1918-11-11")],
        ),
    ],
)
def test_a_day_a_named_occasion_falls_on_in_the_present_is_every_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty of 1870 left the border open. In the 1920s farmers moved into the plain, and "
            "through that decade both armies built forts there.",
            [("1870", "DATE", "1870"), ("the 1920s", "DATE", "192"), ("that decade", "DATE", "192")],
        ),
        (
            "The treaty of 1870 left the border open. In the 1920s farmers moved into the plain. The "
            "following decade brought war.",
            [("1870", "DATE", "1870"), ("the 1920s", "DATE", "192"), ("The following decade", "DATE", "193")],
        ),
        (
            # a year told after the decade is where the story is: its decade follows
            "In the 1920s farmers moved into the plain. The war began in 1932, and that decade ruined them.",
            [("the 1920s", "DATE", "192"), ("1932", "DATE", "1932"), ("that decade", "DATE", "193")],
        ),
    ],
)
def test_that_decade_is_the_decade_just_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 February 1986 the army crossed the river in Operation Dawn 8 and took the port.",
            [("9 February 1986", "DATE", "1986-02-09")],
        ),
        (
            "Operation Desert Dawn began on 2 May 1990, and the columns moved off at dawn.",
            [("2 May 1990", "DATE", "1990-05-02"), ("dawn", "TIME", "1990-05-02TMO")],
        ),
        (
            "The garrison surrendered on 4 July 1933.\n\nDawn found the survivors on the road.",
            [("4 July 1933", "DATE", "1933-07-04"), ("Dawn", "TIME", "1933-07-04TMO")],
        ),
    ],
)
def test_a_part_of_the_day_inside_a_name_is_not_a_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The marines landed on 15 September 1950 at 6:33 a.m., and the main force followed on the evening "
            "tide.",
            [
                ("15 September 1950", "DATE", "1950-09-15"),
                ("6:33 a.m.", "TIME", "1950-09-15T06:33"),
                ("evening", "TIME", "1950-09-15TEV"),
            ],
        ),
    ],
)
def test_a_part_of_the_day_qualifying_a_tide_is_tagged_alone(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected
