"""Leftovers of earlier rounds mended with general rules: each row is a sentence of our own showing the
general English usage behind one mend, and the look-alikes that stay as they were.

- "Larbi Mansouri (1924–2 February 1997)": a bracketed life whose dash is unspaced before its dated end
  gives both ends, as the spaced dash does; "1924–25 season" and an unbracketed "1990-2 February" stay.
- "The vote is next Tuesday (July 17)": a weekday takes the day written after it in brackets when that day
  falls on it; a day of another weekday leaves both as they are.
- "The club meets Thursdays at 8 in the hall": standing days with a bare hour and then the place kept at
  it are a schedule; "at 8 percent" stays an amount and "at 8 of the 10 sites" a count.
- "the same weekend (week, day) last year": one expression, the weekend (week, day) in context a year back,
  as "the same month last year" is.
- "She won the general election of 1987 ... A month later": counted a few months, weeks or days on from a
  year whose month is not told, that year.
- "Christmas falls on a Wednesday this year": a year counted from now later in the holiday's clause is its
  year; "Christmas and New Year's Day come" is a present verb after two joined names.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.tense.reader import Tense, governing_tense
from tests.timex.timex_support import typed

TUESDAY = date(2024, 3, 5)
FRIDAY = date(2007, 7, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Larbi Mansouri (1924\u20132 February 1997) was a poet.",
            [("1924", "DATE", "1924"), ("2 February 1997", "DATE", "1997-02-02")],
        ),
        (
            "Larbi Mansouri (1924-2 February 1997) was a poet.",
            [("1924", "DATE", "1924"), ("2 February 1997", "DATE", "1997-02-02")],
        ),
        (
            "Ana Ruiz (1901\u20133 March 1980) painted the harbour.",
            [("1901", "DATE", "1901"), ("3 March 1980", "DATE", "1980-03-03")],
        ),
        # look-alikes: a season's span of years, a figure's range, no bracket
        ("The 1924\u201325 season was long.", []),
        ("Prices (1990-2 percent) fell.", []),
        ("From 1990-2 February the office was shut.", [("2 February", "DATE", "2024-02-02")]),
    ],
)
def test_bracketed_life_with_unspaced_dash(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote is next Tuesday (July 17).",
            [("next Tuesday", "DATE", "2007-07-17"), ("July 17", "DATE", "2007-07-17")],
        ),
        (
            "The vote is on Tuesday (July 10).",
            [("Tuesday", "DATE", "2007-07-10"), ("July 10", "DATE", "2007-07-10")],
        ),
        (
            "We met on Friday (March 2).",
            [("Friday", "DATE", "2007-03-02"), ("March 2", "DATE", "2007-03-02")],
        ),
        (
            "Tuesday (17 July) is the deadline.",
            [("Tuesday", "DATE", "2007-07-17"), ("17 July", "DATE", "2007-07-17")],
        ),
        # look-alikes: a day of another weekday, a bracket holding more than the day
        (
            "The vote is next Tuesday (July 18).",
            [("next Tuesday", "DATE", "2007-07-10"), ("July 18", "DATE", "2007-07-18")],
        ),
        (
            "We met on Friday (March 3).",
            [("Friday", "DATE", "2007-07-06"), ("March 3", "DATE", "2007-03-03")],
        ),
        (
            "The vote is on Tuesday (see July 17).",
            [("Tuesday", "DATE", "2007-07-03"), ("July 17", "DATE", "2007-07-17")],
        ),
    ],
)
def test_weekday_dated_in_brackets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club meets Thursdays at 8 in the hall.",
            [("Thursdays", "SET", "XXXX-WXX-4"), ("8", "TIME", "XXXX-XX-XXT08:00")],
        ),
        (
            "Choir practice is Fridays at 7 at the church.",
            [("Fridays", "SET", "XXXX-WXX-5"), ("7", "TIME", "XXXX-XX-XXT07:00")],
        ),
        # look-alikes: an amount, a count of a whole
        ("Rates rose on Thursdays at 8 percent.", [("Thursdays", "SET", "XXXX-WXX-4")]),
        ("Audits ran on Thursdays at 8 of the 10 sites.", [("Thursdays", "SET", "XXXX-WXX-4")]),
        ("He scored at 8 of the 10 holes on Sunday.", [("Sunday", "DATE", "2024-03-03")]),
    ],
)
def test_standing_days_with_bare_hour_and_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He vanished the same weekend last year.", [("the same weekend last year", "DATE", "2023-W10-WE")]),
        ("Sales were down on the same week last year.", [("the same week last year", "DATE", "2023-W10")]),
        ("It rained the same day last year.", [("the same day last year", "DATE", "2023-03-05")]),
        (
            "Sales on March 1 reached 300, up from 250 on the same day a year earlier.",
            [("March 1", "DATE", "2024-03-01"), ("the same day a year earlier", "DATE", "2023-03-01")],
        ),
        (
            "Police made 52 arrests over the Easter weekend, against 37 over the same weekend last year.",
            [
                ("Easter weekend", "DATE", "2023-W14-WE"),
                ("the same weekend last year", "DATE", "2022-W14-WE"),
            ],
        ),
        # unchanged: the month, and "this time last year"
        (
            "Sales fell in the same month a year earlier.",
            [("the same month a year earlier", "DATE", "2023-03")],
        ),
        ("Sales were up this time last year.", [("this time last year", "DATE", "2023-03-05")]),
    ],
)
def test_same_part_a_year_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She won the general election of 1987 with a large majority. A month later she named her cabinet.",
            [("1987", "DATE", "1987"), ("A month later", "DATE", "1987")],
        ),
        (
            "She won the general election of 1987 with a large majority. Two weeks later she named her cabinet.",
            [("1987", "DATE", "1987"), ("Two weeks later", "DATE", "1987")],
        ),
        (
            "She won the general election of 1987 with a large majority. The next day she named her cabinet.",
            [("1987", "DATE", "1987"), ("The next day", "DATE", "1987")],
        ),
        # unchanged: a count of years, a reference with its month
        (
            "She won the general election of 1987 with a large majority. Two years later she resigned.",
            [("1987", "DATE", "1987"), ("Two years later", "DATE", "1989")],
        ),
        (
            "She won the election in March 1987. A month later she named her cabinet.",
            [("March 1987", "DATE", "1987-03"), ("A month later", "DATE", "1987-04")],
        ),
    ],
)
def test_finer_count_from_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Christmas falls on a Wednesday this year.",
            TUESDAY,
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("Wednesday", "DATE", "2024-12-25"),
                ("this year", "DATE", "2024"),
            ],
        ),
        (
            "Christmas and Easter come early this year.",
            TUESDAY,
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("Easter", "DATE", "2024-03-31"),
                ("early this year", "DATE", "2024"),
            ],
        ),
        (
            "Easter comes early next year.",
            TUESDAY,
            [("Easter", "DATE", "2025-04-20"), ("early next year", "DATE", "2025")],
        ),
        # look-alikes: a comparison with last year, a past clause in January
        (
            "Christmas trading was up 4% on last year.",
            TUESDAY,
            [("Christmas", "DATE", "2023-12-25"), ("last year", "DATE", "2023")],
        ),
        (
            "We spent Christmas in Rome this year.",
            date(2024, 1, 5),
            [("Christmas", "DATE", "2023-12-25"), ("this year", "DATE", "2024")],
        ),
    ],
)
def test_holiday_takes_the_year_later_in_its_clause(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Christmas and New Year's Day come on Wednesdays this year.", Tense.PRESENT),
        ("Christmas and Easter come early this year.", Tense.PRESENT),
        ("The Queen and Prince Philip had come to London on Friday.", Tense.PAST),
    ],
)
def test_joined_names_take_a_plural_present(text: str, tense: Tense) -> None:
    start = len(text) - 8
    assert governing_tense(text, start, start + 5).tense == tense
