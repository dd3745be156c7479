"""Rules added after the twenty-eighth blind narrative set (`data/gold/timex/blind_narrative_28.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A lower-case "march" or "may" after an article or a possessive ("the march of 1854", "their march of
  1921") is a noun, even with "of" and a year after it: only the year is an expression. A capitalised
  month ("in March of 1854") and a lower-case month without a determiner ("in may of 1990", as all
  lower-case writing has it) stay months.
- A day of the month said to be, to have been or to have become a holiday ("his birthday, 14 May, has
  been a public holiday since 2001", "1 May became a bank holiday in 1978") is that day of every year,
  whatever year the sentence names; a day on which something else happened stays in the story's year, and
  so does a day set beside the day the story has reached ("The next day, 1 May, has been a holiday").
- A season that qualifies a noun dated by "of" and a year ("the winter journey of 1853-54", "the summer
  offensive of 1916") is the season of that year, and the article belongs to the noun, as in "the summer
  recess"; it does not take the year of the story's reference time.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

UNDATED = None
DCT = date(2019, 5, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He blamed his bad knees on the march of 1854 across the ice.",
            [("1854", "DATE", "1854")],
        ),
        (
            "The strikers never forgot their march of 1921 to the capital.",
            [("1921", "DATE", "1921")],
        ),
        (
            "The snow came in March of 1854, and the ice held until May.",
            [("March of 1854", "DATE", "1854-03"), ("May", "DATE", "1854-05")],
        ),
        (
            "we moved to the coast in may of 1990 and never went back",
            [("may of 1990", "DATE", "1990-05")],
        ),
    ],
)
def test_a_lower_case_month_word_after_a_determiner_is_a_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, UNDATED) == expected


def test_the_noun_march_with_a_year_keeps_the_year_in_dated_text() -> None:
    assert typed("The veterans of the march of 1963 met again in Washington.", DCT) == [
        ("1963", "DATE", "1963")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Since 2001 her birthday, 14 May, has been a public holiday.",
            DCT,
            [("2001", "DATE", "2001"), ("14 May", "DATE", "XXXX-05-14")],
        ),
        (
            "In 1978, 1 May became a bank holiday in the republic.",
            UNDATED,
            [("1978", "DATE", "1978"), ("1 May", "DATE", "XXXX-05-01")],
        ),
        (
            "The republic was proclaimed on 30 April 1978. The next day, 1 May, has been a holiday ever since.",
            UNDATED,
            [
                ("30 April 1978", "DATE", "1978-04-30"),
                ("The next day", "DATE", "1978-05-01"),
                ("1 May", "DATE", "1978-05-01"),
            ],
        ),
        (
            "In 1978 the strike began on 1 May, and the docks stayed shut for a month.",
            UNDATED,
            [("1978", "DATE", "1978"), ("1 May", "DATE", "1978-05-01"), ("a month", "DURATION", "P1M")],
        ),
    ],
)
def test_a_day_named_as_a_holiday_is_the_day_of_every_year(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She died in 1901. She is best known for the winter crossing of 1884-85 over the range.",
            [
                ("1901", "DATE", "1901"),
                ("winter", "DATE", "1884-WI"),
                ("1884", "DATE", "1884"),
                ("85", "DATE", "1885"),
            ],
        ),
        (
            "After 1920 the veterans seldom spoke of the summer offensive of 1916.",
            [("1920", "DATE", "1920"), ("summer", "DATE", "1916-SU"), ("1916", "DATE", "1916")],
        ),
        (
            "The floods of 1953 came in the winter of 1952.",
            [("1953", "DATE", "1953"), ("the winter of 1952", "DATE", "1952-WI")],
        ),
    ],
)
def test_a_season_qualifying_a_dated_noun_takes_the_nouns_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, UNDATED) == expected
