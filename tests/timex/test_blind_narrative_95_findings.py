"""Rules added after the ninety-fifth blind narrative set (`data/gold/timex/blind_narrative_95.jsonl`,
encyclopedia and true-crime histories of a kidnapping, a mail train robbery, a poisoning case and a
hijacking) was scored once: each row is a sentence of our own showing the general English usage behind one
finding.

- "The convoy left at 7 p.m. on 4 March 1941. On 12 May 1939 a convoy had been caught by the same storm. At
  about 3 a.m. ...": a day of more than a year before the story's day, with its year, opening a sentence in
  the past perfect, is a glance back at an earlier event; the story stays on its day.
- "Shortly before Christmas, on 22 December, the jury returned": a date beside a feast ordered before or
  after it is the event's own day, not the feast restated.
- "hijacked on 24 November 1972, a day of heavy holiday travel": "a day of" in apposition to the date
  before it says what that day was like; it is no length.
- "the night mail", "the night sleeper", "the night ferry": trains and boats that run by night are no nights.
- "1955, the last year before the new law": the final one before an event, not the year before now.
- "The general, who had heard of it at about 6:30, rode in" after "by 8 p.m.": an hour without a.m. or
  p.m. a little before the story's p.m. clock time, inside its sentence, is that day's p.m. hour.
- "On the evening of the strike ... The first speech began at 7:30": the evening of an event, named in the
  hour's sentence or the one before, holds the hour told without a.m. or p.m.
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
            "The convoy left Halifax at 7 p.m. on Monday, 4 March 1941. On 12 May 1939 a convoy had been caught "
            "there by the same storm. At about 3 a.m. the lead ship lost its mast.",
            [
                ("7 p.m.", "TIME", "1941-03-04T19:00"),
                ("Monday, 4 March 1941", "DATE", "1941-03-04"),
                ("12 May 1939", "DATE", "1939-05-12"),
                ("about 3 a.m.", "TIME", "1941-03-05T03:00"),
            ],
        ),
        (
            "The ship sailed at 6 p.m. on 12 March 1965. On 8 August 1963 she had been refitted at Leith. On "
            "14 March she reached Bergen.",
            [
                ("6 p.m.", "TIME", "1965-03-12T18:00"),
                ("12 March 1965", "DATE", "1965-03-12"),
                ("8 August 1963", "DATE", "1963-08-08"),
                ("14 March", "DATE", "1965-03-14"),
            ],
        ),
    ],
)
def test_dated_glance_back_opening_a_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inquest opened in November 1886. Shortly before Christmas, on 22 December, the jury returned "
            "its verdict.",
            [
                ("November 1886", "DATE", "1886-11"),
                ("Christmas", "DATE", "1886-12-25"),
                ("22 December", "DATE", "1886-12-22"),
            ],
        ),
        (
            "The talks resumed in 1990. Until Christmas, on 20 December, nothing moved.",
            [
                ("1990", "DATE", "1990"),
                ("Christmas", "DATE", "1990-12-25"),
                ("20 December", "DATE", "1990-12-20"),
            ],
        ),
        # the feast restated by its own date stays as it was
        (
            "The court sat in 1886. On Christmas Day, 25 December, the prisoners were fed.",
            [
                ("1886", "DATE", "1886"),
                ("Christmas Day", "DATE", "1886-12-25"),
                ("25 December", "DATE", "1886-12-25"),
            ],
        ),
    ],
)
def test_date_beside_a_feast_ordered_before_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The night mail left Penzance at 6 p.m.", [("6 p.m.", "TIME", "2024-05-10T18:00")]),
        ("He took the night sleeper from Euston on 3 May 1950.", [("3 May 1950", "DATE", "1950-05-03")]),
        ("The night ferry reached Dunkirk on 12 June 1936.", [("12 June 1936", "DATE", "1936-06-12")]),
        # "every night" before "mail" as the subject of its clause stays a set of nights
        ("Every night mail was sorted into sacks.", [("Every night", "SET", "XXXX-XX-XXTNI")]),
        ("They spent the night on the ferry.", [("the night", "TIME", "2024-05-09TNI")]),
    ],
)
def test_night_trains_and_boats(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1955, the last year before the new law, 900 people died on the roads.",
            [("1955", "DATE", "1955")],
        ),
        ("The last week before the poll was quiet.", []),
        # "last year" and "the last year" alone still count back from now
        ("Sales fell in the last year.", [("the last year", "DATE", "2023")]),
        ("He left last year before the merger.", [("last year", "DATE", "2023")]),
    ],
)
def test_the_last_one_before_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 June 1900 the column entered the town at 5 p.m. and by 8 p.m. the fires were out. The "
            "general, who had heard of it at about 6:30, rode in.",
            [
                ("9 June 1900", "DATE", "1900-06-09"),
                ("5 p.m.", "TIME", "1900-06-09T17:00"),
                ("8 p.m.", "TIME", "1900-06-09T20:00"),
                ("about 6:30", "TIME", "1900-06-09T18:30"),
            ],
        ),
        # an hour opening its sentence moves the story on, not back
        (
            "On 3 May 1921 the ship docked at 7 p.m. At 6 o'clock the crew went ashore.",
            [
                ("3 May 1921", "DATE", "1921-05-03"),
                ("7 p.m.", "TIME", "1921-05-03T19:00"),
                ("6 o'clock", "TIME", "1921-05-03T06:00"),
            ],
        ),
    ],
)
def test_hour_a_little_before_the_evening_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The miners struck on the morning of 4 May 1926. On the evening of the strike a crowd gathered "
            "outside the hall. The first speech began at 7:30 and the police arrived at about nine o'clock.",
            [
                ("4 May 1926", "DATE", "1926-05-04"),
                ("7:30", "TIME", "1926-05-04T19:30"),
                ("about nine o'clock", "TIME", "1926-05-04T21:00"),
            ],
        ),
        (
            "The girl was taken on the night of 14 March 1933. On the evening of the kidnapping her parents "
            "were out. The nurse put her to bed at 7:30.",
            [("14 March 1933", "DATE", "1933-03-14"), ("7:30", "TIME", "1933-03-14T19:30")],
        ),
    ],
)
def test_evening_of_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flight was hijacked on the evening of 24 November 1972, a day of heavy holiday travel.",
            [("24 November 1972", "DATE", "1972-11-24")],
        ),
        ("On 3 May, a day of rest for most, the shops were shut.", [("3 May", "DATE", "2024-05-03")]),
        # a day not set beside a date stays a length
        (
            "In May, a day of rain flooded the town.",
            [("May", "DATE", "2024-05"), ("a day", "DURATION", "P1D")],
        ),
        ("They spent a day of their holiday in Rome.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_a_day_in_apposition_to_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
