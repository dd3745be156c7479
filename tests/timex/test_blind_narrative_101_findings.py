"""Rules added after the hundred-and-first blind narrative set (`data/gold/timex/blind_narrative_101.jsonl`,
histories of great fires and an earthquake in cities: a city fire of the 1670s day by day, a mill-town fire
of 1869 hour by hour, an earthquake of 1922 with its aftershocks and relief, a dance-hall fire of 1957 and
its inquiry) was scored once: each row is a sentence of our own showing the general English usage behind
one finding.

- "The old gate, cast in 1420, fell at about six in the evening": a participle of making that keeps its
  stem ("cast"), set off by commas after its noun, dates the thing in passing, as "built in" and "founded
  in" do; so does one after a short description joined by "and" ("The lighthouse, 40 metres high and built
  in 1822, went dark"). The story stays on its day, and the clock time is on it. A year the story moves
  to in a clause of its own ("was rebuilt and opened in 1580, at six in the evening") is still the
  story's.
- "broke out on the night of 4 November 1872. ... a new pump was ordered in the spring. [new section] The
  watchman saw smoke at 10:15 p.m.": a clock time needs a day; a month or season the story glanced back
  to before the day it had reached, in an earlier paragraph, gives none, so the clock is on the story's
  day. A month after that day ("a new pump was bought in December") is where the story went, and its
  clock stays on an unnamed day of it.
- "In 1990, forty years on, a memorial was built": a count of years "on" set off by commas right after a
  year restates that year, as "two years later" does; at the head of its sentence ("Fifty years on, the
  hall is a bank") it still counts.
- "can be toured on Sundays from May to September": a set of days told before a month in its
  present-tense clause says how every year goes, as "daily" does (XXXX-05); after "and" opening another
  clause, or in the past tense ("was opened on Saturdays from April to October" after "in 1979"), the
  months are those of the story's year.
- "The relief ships came on 16 January 1923. The king had fallen ill that autumn": a past perfect looks
  back to the last such season before the story's time, not on to the one still ahead in that year; told
  in the simple past ("That autumn the war ended"), it is the one ahead, and so is a winter, named by its
  December ("rebuilt by 10 October 1866. Cholera had ravaged its camps that winter").
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
DCT = date(2020, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege ended on Friday 8 June 1571. The old gate, cast in 1420, fell at about six in the "
            "evening, and the town surrendered.",
            [
                ("Friday 8 June 1571", "DATE", "1571-06-08"),
                ("1420", "DATE", "1420"),
                ("about six in the evening", "TIME", "1571-06-08T18:00"),
            ],
        ),
        (
            "The storm broke on Monday 3 March 1890. The lighthouse, 40 metres high and built in 1822, went "
            "dark at 9 p.m.",
            [
                ("Monday 3 March 1890", "DATE", "1890-03-03"),
                ("1822", "DATE", "1822"),
                ("9 p.m.", "TIME", "1890-03-03T21:00"),
            ],
        ),
        # a year the story moves to, in a clause of its own
        (
            "The siege ended on Friday 8 June 1571. The gate was rebuilt and opened in 1580, at six in the "
            "evening, with a feast.",
            [
                ("Friday 8 June 1571", "DATE", "1571-06-08"),
                ("1580", "DATE", "1580"),
                ("six in the evening", "TIME", "1580-XX-XXT18:00"),
            ],
        ),
    ],
)
def test_date_of_making_in_an_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


_MILL = "The mill fire of Corbridge broke out on the night of 4 November 1872.\n\nThe mill in 1872\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _MILL
            + "The mill had been built in the 1850s. A new pump was ordered in the spring.\n\nThe fire\n\n"
            "The watchman saw smoke at 10:15 p.m.",
            [
                ("4 November 1872", "DATE", "1872-11-04"),
                ("1872", "DATE", "1872"),
                ("the 1850s", "DATE", "185"),
                ("the spring", "DATE", "1872-SP"),
                ("10:15 p.m.", "TIME", "1872-11-04T22:15"),
            ],
        ),
        # a month after the story's day is where the story went
        (
            _MILL
            + "The mill had been built in the 1850s, and a new pump was bought in December.\n\nThe trial"
            "\n\nThe pump was tested at 10:15 a.m.",
            [
                ("4 November 1872", "DATE", "1872-11-04"),
                ("1872", "DATE", "1872"),
                ("the 1850s", "DATE", "185"),
                ("December", "DATE", "1872-12"),
                ("10:15 a.m.", "TIME", "1872-12-XXT10:15"),
            ],
        ),
    ],
)
def test_clock_after_a_glance_back_to_a_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mine closed in 1950. In 1990, forty years on, a memorial was built.",
            [("1950", "DATE", "1950"), ("1990", "DATE", "1990"), ("forty years on", "DATE", "1990")],
        ),
        (
            "The hall burned in 1957. Fifty years on, the hall is a bank.",
            [("1957", "DATE", "1957"), ("Fifty years on", "DATE", "2020")],
        ),
    ],
)
def test_years_on_in_apposition_to_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cellar was dug out in 1985 and can be toured on Sundays from May to September.",
            [
                ("1985", "DATE", "1985"),
                ("Sundays", "SET", "XXXX-WXX-7"),
                ("May", "DATE", "XXXX-05"),
                ("September", "DATE", "XXXX-09"),
            ],
        ),
        # in the past tense, the months of the year told
        (
            "The crypt was found in 1979. It was opened on Saturdays from April to October.",
            [
                ("1979", "DATE", "1979"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("April", "DATE", "1979-04"),
                ("October", "DATE", "1979-10"),
            ],
        ),
    ],
)
def test_months_after_a_set_of_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The relief ships came on 16 January 1923. The king had fallen ill that autumn.",
            [("16 January 1923", "DATE", "1923-01-16"), ("that autumn", "DATE", "1922-FA")],
        ),
        # the simple past goes on to the one ahead
        (
            "The relief ships came on 16 January 1923. That autumn the war ended.",
            [("16 January 1923", "DATE", "1923-01-16"), ("That autumn", "DATE", "1923-FA")],
        ),
        # a winter is named by its December: the one an October day's year runs into
        (
            "The army was rebuilt by 10 October 1866. Cholera had ravaged its camps that winter.",
            [("10 October 1866", "DATE", "1866-10-10"), ("that winter", "DATE", "1866-WI")],
        ),
    ],
)
def test_that_season_in_a_past_perfect(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, DCT, NARRATIVE) == expected
