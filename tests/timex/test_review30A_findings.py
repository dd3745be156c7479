"""A second reader's review of the rules of the last round (blind_news_100, blind_narrative_104, leftovers22C):
each row is a sentence of our own where a new rule's trigger appears.

Mended:
- A clipped year looked up to a decade past the DCT even in a clause told in the past: "The team won the cup in
  '28" in a text of 2020 is 1928, not 2028 ("By '29 the line will be electrified" still looks ahead); told in
  the past it looks one year ahead at most, as fiscal and school years are named by the year they end in. The
  leftovers22C row "He opened the shop in '05, he says" (1998 text, read as 2005) told the past; its row now
  tells the future.
- "known for New Year concerts", "paid for New Year fireworks": the new lead "for" made the holiday's day of a
  name of what is put on for it; such nouns join the kind nouns after "new year" ("the new year honours").
- "Prices rose, as in 1949 and 1948, and then fell in March": only the first year after "as in" was kept out
  of the story's time; the later years of the list likened to set the reference time, so March went to 1948.
- "In 2020 the first was 1200 units; the next is 1500": one of a run of occasions before a copula was read as
  a year however far from the years of the text; it must now lie within a few lifetimes of the last year named
  ("The next is 2061" after 1910 stays).
- "The theatre gave evening shows at half past seven" read one day's (not a habit's) bare hour as the
  morning's: the "evening <noun> at" reading applied only to a habit's clock time.
- "Performances were given each evening, at six and half past eight": a set of evenings just before, joined
  through "at" over one spelled hour, now makes the bare hour the evening's as a set after it does.

Left (a mend would be a guess):
- "In 1790 the town held a fair; the 1780 visitors spent freely": the year before a lower-case noun near the
  story's years reads a count of people as a year; telling "visitors" from "timings" needs a list of counted
  nouns the text does not show.
- "They left Boston in 1870. In spring the company moves west, he wrote": a narrative in the historical present
  is read as a general truth.
- "The evening train at six was late": the bare spelled hour is not found at all (a finder gap, not a rule's).
- "In 1889 the theatre gave evening shows at half past seven": with a story year and no day, the clock time
  goes through the unnamed-day path, which the evening reading does not reach.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
SPRING_2020 = date(2020, 3, 4)
WEDNESDAY = date(2024, 5, 8)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # told in the past: the last such year at or before the DCT
        ("Our side lifted the trophy in '28.", SPRING_2020, [("'28", "DATE", "1928")]),
        ("Rents were far lower in '25, the agent said.", SPRING_2020, [("'25", "DATE", "1925")]),
        ("The blizzard of '27 buried the farm.", SPRING_2020, [("'27", "DATE", "1927")]),
        ("Profits for fiscal '21 were poor.", SPRING_2020, [("fiscal '21", "DATE", "2021")]),
        # told ahead: up to a decade after it
        ("By '29 the branch line will be electrified.", SPRING_2020, [("'29", "DATE", "2029")]),
        ("The firm will move to Leeds in '05.", date(1998, 6, 1), [("'05", "DATE", "2005")]),
    ],
)
def test_clipped_year_told_in_the_past(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The choir is famous for New Year concerts.", []),
        ("Since New Year fireworks were banned, the square is quiet.", []),
        # the holiday after the lead
        ("The guest house is fully booked for New Year.", [("New Year", "DATE", "2025-01-01")]),
    ],
)
def test_new_year_naming_a_kind(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1950 wages rose, as in 1949 and 1948, and then fell in March.",
            [
                ("1950", "DATE", "1950"),
                ("1949", "DATE", "1949"),
                ("1948", "DATE", "1948"),
                ("March", "DATE", "1950-03"),
            ],
        ),
        (
            "In 1950 wages rose, as in 1949, 1947 or 1946, and then fell in March.",
            [
                ("1950", "DATE", "1950"),
                ("1949", "DATE", "1949"),
                ("1947", "DATE", "1947"),
                ("1946", "DATE", "1946"),
                ("March", "DATE", "1950-03"),
            ],
        ),
        # years of the story's own, not likened to: the story moves on
        (
            "In 1950 wages rose. In 1951 and 1952 they fell in March.",
            [
                ("1950", "DATE", "1950"),
                ("1951", "DATE", "1951"),
                ("1952", "DATE", "1952"),
                ("March", "DATE", "1952-03"),
            ],
        ),
    ],
)
def test_years_of_a_likened_list(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2020 the first batch was 1200 units; the next is 1500.", [("2020", "DATE", "2020")]),
        (
            "Eclipses were seen here in 1842 and 1905. The next is 2081; the last, 1999.",
            [
                ("1842", "DATE", "1842"),
                ("1905", "DATE", "1905"),
                ("2081", "DATE", "2081"),
                ("1999", "DATE", "1999"),
            ],
        ),
    ],
)
def test_sequence_year_near_the_years_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The old music hall gave evening shows at half past seven.",
            date(1900, 1, 1),
            [("half past seven", "TIME", "1900-01-01T19:30")],
        ),
        (
            "Recitals were given each evening, at six and half past eight.",
            None,
            [("each evening", "SET", "XXXX-XX-XXTEV"), ("half past eight", "TIME", "XXXX-XX-XXT20:30")],
        ),
        # a set of mornings keeps the morning's hour
        (
            "Each morning, at six and half past eight, the bell rang.",
            None,
            [("Each morning", "SET", "XXXX-XX-XXTMO"), ("half past eight", "TIME", "XXXX-XX-XXT08:30")],
        ),
    ],
)
def test_bare_hour_of_what_evening_names(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, NARRATIVE) == expected
