"""Rules added after the hundred-and-fourth blind narrative set (`data/gold/timex/blind_narrative_104.jsonl`,
encyclopedia and local-history accounts of theatres, an opera house, a music hall and a concert hall) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "gave two shows every evening, at seven o'clock and half past nine", "holds evening prayers at half past
  six": an hour without a.m. or p.m. joined by "at" to the evenings or nights just told, or to what
  "evening" names as held then, is the evening's, and so is a bare clock time listed after it; a night's
  small hours ("every night, at two o'clock"), a morning's hours and a 24-hour reading ("05:45") stay.
- "When the pier theatre closed in 1974, its last night was a gala": "last night" after a possessive is the
  final night of what owns it, not the night before the writer's day ("We saw their new play last night"
  keeps it).
- "reopened on 4 April 2019 with a reading by the poet, as in 1898. The doors opened at 10 a.m.": an
  earlier year the present is likened to, told in passing, leaves the story on its day; a year told in a
  clause of its own still moves it.
- "the hall was full most nights": "most nights" is a part of most days, as "every night" and "most
  evenings" are, not a length of a day ("40 shillings a night" is still a rate).
- "played at the Friday recitals", "Thursday matinees were dropped": a weekday before performances in the
  plural names a weekly run of them, not one date, as "the Sunday meetings" does ("On Tuesday concerts
  resumed" and "The Saturday concert was postponed" keep their day).
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
            "In 1908 the circus gave two shows every evening, at seven o'clock and half past nine.",
            [
                ("1908", "DATE", "1908"),
                ("every evening", "SET", "XXXX-XX-XXTEV"),
                ("seven o'clock", "TIME", "XXXX-XX-XXT19:00"),
                ("half past nine", "TIME", "XXXX-XX-XXT21:30"),
            ],
        ),
        (
            "The cathedral holds evening prayers at half past six, and a choir sings on Sundays.",
            [("half past six", "TIME", "XXXX-XX-XXT18:30"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
        # a night's small hours, a morning's hours and a 24-hour reading keep what they say
        (
            "The watch was changed every night, at two o'clock.",
            [("every night", "SET", "XXXX-XX-XXTNI"), ("two o'clock", "TIME", "XXXX-XX-XXT02:00")],
        ),
        (
            "The bakery opened each morning, at six o'clock.",
            [("each morning", "SET", "XXXX-XX-XXTMO"), ("six o'clock", "TIME", "XXXX-XX-XXT06:00")],
        ),
        (
            "The lab ran its checks every evening at 05:45.",
            [("every evening", "SET", "XXXX-XX-XXTEV"), ("05:45", "TIME", "XXXX-XX-XXT05:45")],
        ),
        (
            "The shop has morning openings at half past seven on Sundays.",
            [("half past seven", "TIME", "XXXX-XX-XXT07:30"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
    ],
)
def test_hour_of_the_evenings_told_before_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the pier theatre closed in 1974, its last night was a gala.", [("1974", "DATE", "1974")]),
        ("On his last night in Rome he wrote home.", []),
        # with no possessive before it, the night before the writer's day
        ("The actor died last night in London.", [("last night", "TIME", "2024-05-09TNI")]),
        ("We saw their new play last night.", [("last night", "TIME", "2024-05-09TNI")]),
    ],
)
def test_possessive_last_night_is_the_final_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The library reopened on 4 April 2019 with a reading by the poet, as in 1898. The doors opened at "
            "10 a.m.",
            [
                ("4 April 2019", "DATE", "2019-04-04"),
                ("1898", "DATE", "1898"),
                ("10 a.m.", "TIME", "2019-04-04T10:00"),
            ],
        ),
        # a year told in a clause of its own is where the story goes
        (
            "The library reopened on 4 April 2019. A reading was given in 1898. The doors opened at 10 a.m.",
            [
                ("4 April 2019", "DATE", "2019-04-04"),
                ("1898", "DATE", "1898"),
                ("10 a.m.", "TIME", "1898-XX-XXT10:00"),
            ],
        ),
    ],
)
def test_year_likened_to_in_passing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quartet played at the Friday recitals until 1960.", [("1960", "DATE", "1960")]),
        ("Thursday matinees were dropped in 1931.", [("1931", "DATE", "1931")]),
        # "on" makes the weekday one day; a single performance may fall on one
        ("On Tuesday concerts resumed at the hall.", [("Tuesday", "DATE", "2024-05-07")]),
        ("The Saturday concert was postponed.", [("Saturday", "DATE", "2024-05-04")]),
    ],
)
def test_weekday_before_performances_in_the_plural(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry was late most nights.", [("most nights", "SET", "XXXX-XX-XXTNI")]),
        ("The inn charged 40 shillings a night.", [("a night", "SET", "P1D")]),
    ],
)
def test_most_nights(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected
