"""Rules added after the hundred-and-tenth blind narrative set (`data/gold/timex/blind_narrative_110.jsonl`,
histories of country houses and estates: a Tudor house rebuilt in the 1720s, an estate through five
generations, a Highland castle and its clearance, an Irish house burned in 1921) was scored once: each row
is a sentence of our own showing the general English usage behind one finding.

- "The barn caught fire at about ten. By three o'clock the next morning it had gone": an hour from one to
  five told without a.m. or p.m. and followed at once by "the next morning" or "the following morning" is
  that morning's, as one before "on the morning of 11 December" is; "the next afternoon" and "the next
  day" leave it the afternoon's.
- "The abbey opens daily from Easter to October": a feast at one end of a range whose other end is a month
  of every year (a place's present opening months) is that feast of every year too; a past "closed from
  Easter to October" and a range closing on a dated month stay in the story's year.
- "Visitors pass under an archway dated 1547 in its stone": a year after "dated" with where it is cut or
  written right after it is a date, as "a clock, dated 1887," is; a figure that is no year stays a number.
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
            "The barn caught fire on 3 March 1908, at about 10 p.m. By three o'clock the next morning the "
            "roof had gone.",
            [
                ("3 March 1908", "DATE", "1908-03-03"),
                ("about 10 p.m.", "TIME", "1908-03-03T22:00"),
                ("three o'clock", "TIME", "1908-03-04T03:00"),
                ("the next morning", "TIME", "1908-03-04TMO"),
            ],
        ),
        (
            "The steamer left Leith on 9 May 1887 and at four o'clock the following morning she was off the "
            "Bass Rock.",
            [
                ("9 May 1887", "DATE", "1887-05-09"),
                ("four o'clock", "TIME", "1887-05-10T04:00"),
                ("the following morning", "TIME", "1887-05-10TMO"),
            ],
        ),
        # the afternoon or the day named after it leaves the hour the afternoon's
        (
            "They met on 3 March 1908 and talked until three o'clock the next afternoon.",
            [
                ("3 March 1908", "DATE", "1908-03-03"),
                ("three o'clock", "TIME", "1908-03-04T15:00"),
                ("the next afternoon", "TIME", "1908-03-04TAF"),
            ],
        ),
        (
            "The ship sailed on 3 March 1908. At three o'clock the next day she reached Dover.",
            [
                ("3 March 1908", "DATE", "1908-03-03"),
                ("three o'clock", "TIME", "1908-03-04T15:00"),
                ("the next day", "DATE", "1908-03-04"),
            ],
        ),
    ],
)
def test_hour_before_the_next_morning(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The abbey was rebuilt in 1958. The abbey and its gardens open daily from Easter to October.",
            [
                ("1958", "DATE", "1958"),
                ("daily", "SET", "P1D"),
                ("Easter", "DATE", "XXXX-XX-XX"),
                ("October", "DATE", "XXXX-10"),
            ],
        ),
        (
            "The mill was restored in 1962. The tearoom is open at weekends from October until Christmas Eve.",
            [
                ("1962", "DATE", "1962"),
                ("weekends", "SET", "XXXX-WXX-WE"),
                ("October", "DATE", "XXXX-10"),
                ("Christmas Eve", "DATE", "XXXX-12-24"),
            ],
        ),
        # a past closing, and a range closing on a dated month, stay in the story's years
        (
            "The mill was restored in 1962. The tearoom closed from Easter to October.",
            [("1962", "DATE", "1962"), ("Easter", "DATE", "1962-04-22"), ("October", "DATE", "1962-10")],
        ),
        (
            "The abbey was rebuilt in 1958 and reopened from Easter to October 1959.",
            [("1958", "DATE", "1958"), ("Easter", "DATE", "1958-04-06"), ("October 1959", "DATE", "1959-10")],
        ),
    ],
)
def test_feast_bounding_months_of_every_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visitors pass under an archway dated 1547 in its stone.", [("1547", "DATE", "1547")]),
        ("A beam dated 1612 over the door came from the old hall.", [("1612", "DATE", "1612")]),
        # no year after "dated": a figure stays a number
        ("The cheque was dated 14 in the ledger.", []),
    ],
)
def test_year_written_on_a_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
