"""Rules added after the sixty-fifth blind narrative set (`data/gold/timex/blind_narrative_65.jsonl`,
histories of Latin American independence and the decades after it) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "the first half of the nineteenth century", "the second half of the 1990s": a half of a century or a
  decade is that century or decade with START or END (there is no value for half a century); a year's
  half keeps its own value (2019-H1).
- "the 1890s and the early 1900s", "from the 1880s to the 1900s": "the 1900s" joined to a decade is a
  decade too, not the twentieth century.
- "Independence Day itself is celebrated every 20 July": a feast named with the day of the year it is
  kept on after it is that day's name, not a date of its own (the SET carries the time).
- "For the centenary this year the town has held a fortnight of events, which began on 25 July": in a
  story, a date without a year told after the writer's own year in its sentence is in that year.
- "Now, as a century ago, ...": "Now," set beside another time is the present, not an opener of talk.
- "Last years" heading a section, "the story of the last years": "last" with no subject before it is the
  adjective of a stage of a life, not the verb "last".
- "later that year", "later that month": a time after the one told within its period, with no mod (the
  blind sets' convention since blind_narrative_2); "late that year" keeps END.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

THURSDAY = date(2025, 3, 20)
WEDNESDAY = date(2019, 8, 7)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port grew fastest in the first half of the eighteenth century.",
            [("the first half of the eighteenth century", "17", "START")],
        ),
        (
            "Most of the mills closed in the second half of the 20th century.",
            [("the second half of the 20th century", "19", "END")],
        ),
        (
            "Rents doubled in the latter half of the 1980s.",
            [("the latter half of the 1980s", "198", "END")],
        ),
        ("Sales fell in the first half of 2019.", [("the first half of 2019", "2019-H1", None)]),
    ],
)
def test_a_half_of_a_century_or_decade(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Copper paid for the railways in the 1890s and the early 1900s.",
            [("the 1890s", "DATE", "189"), ("the early 1900s", "DATE", "190")],
        ),
        (
            "The band toured from the 1880s to the 1900s.",
            [("the 1880s", "DATE", "188"), ("the 1900s", "DATE", "190")],
        ),
        (
            "Houses of the 1800s and 1900s line the street.",
            [("the 1800s", "DATE", "18"), ("1900s", "DATE", "19")],
        ),
        # alone, "the 1900s" is a decade as well, as the gold sets annotate it (leftovers round s24A)
        ("The hall was built in the early 1900s.", [("the early 1900s", "DATE", "190")]),
    ],
)
def test_the_1900s_joined_to_a_decade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Peru, Independence Day is celebrated every 28 July with parades.",
            [("every 28 July", "SET", "XXXX-07-28")],
        ),
        (
            "Ghanaians celebrate Independence Day every 6 March.",
            [("every 6 March", "SET", "XXXX-03-06")],
        ),
        (
            "On Independence Day the shops closed, but the market opens every 5 May.",
            [("Independence Day", "DATE", "2024-07-04"), ("every 5 May", "SET", "XXXX-05-05")],
        ),
    ],
)
def test_a_feast_named_by_the_day_it_is_kept_every_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill burned down in 1921. For the centenary this year the town has held a fortnight of "
            "events, which began on 25 July and end today.",
            [
                ("1921", "DATE", "1921"),
                ("this year", "DATE", "2019"),
                ("a fortnight", "DURATION", "P2W"),
                ("25 July", "DATE", "2019-07-25"),
                ("today", "DATE", "2019-08-07"),
            ],
        ),
        (
            "The bridge opened in 1939. The town held a fair last year that opened on 3 June.",
            [("1939", "DATE", "1939"), ("last year", "DATE", "2018"), ("3 June", "DATE", "2018-06-03")],
        ),
        (
            "The bridge opened in 1939. The town held a fair last year. It opened on 3 June.",
            [("1939", "DATE", "1939"), ("last year", "DATE", "2018"), ("3 June", "DATE", "1939-06-03")],
        ),
    ],
)
def test_a_date_after_the_writers_year_in_a_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Now, as a century ago, most of the grain leaves through the river port.",
            [("Now", "DATE", "PRESENT_REF"), ("a century ago", "DATE", "1925")],
        ),
        ("Now, as then, the square fills on feast days.", [("Now", "DATE", "PRESENT_REF")]),
        ("Now, as I said, the square fills on feast days.", []),
    ],
)
def test_now_set_beside_another_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The painter was born in 1802.\n\nLast years\n\nHe died in Lyon in 1871.",
            [("1802", "DATE", "1802"), ("1871", "DATE", "1871")],
        ),
        ("The story of the last years is told in her letters.", []),
        ("Sieges of that kind could last years.", [("years", "DURATION", "PXY")]),
    ],
)
def test_last_years_as_a_stage(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She sailed for Lisbon in 1822 and came home later that year.", ("later that year", "1822", None)),
        ("The fleet left in May 1805 and was back later that month.", ("later that month", "1805-05", None)),
        ("She sailed for Lisbon in 1822 and came home late that year.", ("late that year", "1822", "END")),
    ],
)
def test_later_that_year_has_no_mod(text: str, expected: tuple[str, str, str | None]) -> None:
    assert only(text, None, kind=NARRATIVE)[-1] == expected
