"""Rules added after the hundredth blind narrative set (`data/gold/timex/blind_narrative_100.jsonl`,
encyclopedia histories of sport: a football club since the 1870s, an Olympic Games, a tennis rivalry and the
mile record) was scored once: each row is a sentence of our own showing the general English usage behind one
finding.

- "Her 1:58.3 at Zurich stood for six years", "lowered it to 2:01.25", "the record stands at 4:07.64":
  minutes and seconds to a fraction are read off a stopwatch, never a clock, whatever word leads them; a
  clock time without the fraction still needs a word that times a race, and a reading after a form's label
  ("Time: 1:52.4") is left as it was.
- "won by a tenth of a second": a tenth of a unit is a length, as "half a second" and "a quarter of an hour"
  are; "a tenth of the field" counts no time.
- "The flag was carried by Mary Ellis, the winner of the first women's race in 1928, who had come from
  Leeds. The next day": a noun phrase set off by commas after a name tells what the person had done years
  before, in passing; the story stays on its day. Without the commas closing it, or in a clause of its own,
  the year is where the story goes.
- "won the cup in 1898-99, when the goalkeeper ...": among the words of a game, a bare span of two running
  years with a two-digit end after "in" or "since" is a season of play, which is not tagged (as "the
  1898-99 season" is not); other spans, a calendar season's ("the winter of 1946-47") and spans without
  sport words ("studied in Paris in 1848-49") stay years.
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
            "Her 1:58.3 at Zurich stood for six years, and her rival lowered it to 2:01.25 in 1990.",
            [
                ("1:58.3", "DURATION", "PT1M58.3S"),
                ("six years", "DURATION", "P6Y"),
                ("2:01.25", "DURATION", "PT2M1.25S"),
                ("1990", "DATE", "1990"),
            ],
        ),
        (
            "The women's record now stands at 8:06.11.",
            [("now", "DATE", "PRESENT_REF"), ("8:06.11", "DURATION", "PT8M6.11S")],
        ),
        # a clock time without a fraction of a second is still a clock time; a label's reading is left be
        ("Lap: 1:33.8\nTyres: soft.", []),
        ("The bus left at 9:05. The driver, aged 52, was alone.", [("9:05", "TIME", "2024-05-10T09:05")]),
    ],
)
def test_stopwatch_reading_with_a_fraction(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The French crew won the final by a tenth of a second.",
            [("a tenth of a second", "DURATION", "PT0.1S")],
        ),
        ("A tenth of the field fell at the first fence.", []),
    ],
)
def test_a_tenth_of_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The heats began at 2 p.m. on Saturday, 9 August 1952. The flag was carried by Mary Ellis, the "
            "winner of the first women's race in 1928, who had come from Leeds. The next day the finals began.",
            [
                ("2 p.m.", "TIME", "1952-08-09T14:00"),
                ("Saturday, 9 August 1952", "DATE", "1952-08-09"),
                ("1928", "DATE", "1928"),
                ("The next day", "DATE", "1952-08-10"),
            ],
        ),
        (
            "The congress opened on 3 May 1897. Its chair was Henrik Moe, the founder of the first ski club "
            "in 1861, who spoke for an hour. On 6 May the delegates voted.",
            [
                ("3 May 1897", "DATE", "1897-05-03"),
                ("1861", "DATE", "1861"),
                ("an hour", "DURATION", "PT1H"),
                ("6 May", "DATE", "1897-05-06"),
            ],
        ),
        # no closing comma and clause: the year is not told in passing
        (
            "The heats began at 2 p.m. on Saturday, 9 August 1952. The flag was carried by Ellis, the winner "
            "of the race in 1928 and a nurse. The next day the finals began.",
            [
                ("2 p.m.", "TIME", "1952-08-09T14:00"),
                ("Saturday, 9 August 1952", "DATE", "1952-08-09"),
                ("1928", "DATE", "1928"),
                ("The next day", "DATE", "1928"),
            ],
        ),
    ],
)
def test_year_in_an_appositive_on_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("United won the league in 1921-22, when their striker scored 38 goals.", []),
        ("The goalkeeper kept 20 clean sheets, and the club has not been relegated since 1987-88.", []),
        # no words of a game near it
        (
            "He studied in Paris in 1848-49 and returned in 1850.",
            [("1848", "DATE", "1848"), ("49", "DATE", "1849"), ("1850", "DATE", "1850")],
        ),
        # a calendar season, and a span of more than two running years
        (
            "After the match, in the winter of 1946-47, the ground froze.",
            [("the winter of 1946-47", "DATE", "1946-WI")],
        ),
        (
            "He scored twice and the club moved in 1921-24.",
            [("1921", "DATE", "1921"), ("24", "DATE", "1924")],
        ),
    ],
)
def test_season_of_play_named_by_its_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
