"""Rules added after the sixty-sixth blind narrative set (`data/gold/timex/blind_narrative_66.jsonl`,
histories of African kingdoms and empires) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "He meant to return before the monsoon of 1841", "hoped to be back before the winter of 1770": "mean
  to" is "intend to", and "to be" an infinitive as "to finish" is; the later year a past plan aims at is
  looked to, and the story stays where it was, so a month told next is in the story's year.
- "The campaign of 1873–74" as a section heading: a span's short last year is a year the section tells
  too, so a January told in it may follow the December before it.
- "the second half of the century", "the first half of the decade": a half of the century or the decade
  the story is in is that century or decade with END or START, as with a named one.
- "is commemorated each year on 24 September, and since 1996 the same day has been a holiday": "the same
  day" right after a yearly day repeats that day of every year.
- "23 Yekatit", "12 Yekatit 1929", "Tir 11": days of the Ethiopian calendar, whose thirty-day months fall
  on fixed Western days; with a year of its own era the Western year follows from it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

SATURDAY = date(2019, 6, 15)
TUESDAY = date(2024, 2, 20)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy reached Lahore on 3 October 1840. He meant to return to the coast before the monsoon "
            "of 1841, when the roads would close. His escort arrived in December and left in early February.",
            [
                ("3 October 1840", "DATE", "1840-10-03"),
                ("1841", "DATE", "1841"),
                ("December", "DATE", "1840-12"),
                ("early February", "DATE", "1841-02"),
            ],
        ),
        (
            # "to be" is an infinitive as "to finish" is
            "The surveyors landed in May 1768. They hoped to be back in England before the winter of 1770. "
            "Their leader fell ill in August, and they sailed home in September.",
            [
                ("May 1768", "DATE", "1768-05"),
                ("the winter of 1770", "DATE", "1770-WI"),
                ("August", "DATE", "1768-08"),
                ("September", "DATE", "1768-09"),
            ],
        ),
        (
            "The surveyors landed in May 1768. They intended to map the whole coast and sail home in the "
            "spring of 1770. The work went slowly, and in August their leader fell ill.",
            [
                ("May 1768", "DATE", "1768-05"),
                ("the spring of 1770", "DATE", "1770-SP"),
                ("August", "DATE", "1768-08"),
            ],
        ),
    ],
)
def test_a_year_a_past_plan_aims_at_leaves_the_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY, kind=NARRATIVE) == expected


def test_a_short_last_year_in_a_heading_is_the_sections_year() -> None:
    text = (
        "The early raids\n\nThe first raid came in 1809. Another followed in 1811.\n\n"
        "The winter campaign of 1831–32\n\n"
        "The columns left the fort in 1831. They reached the river in November and camped there in "
        "December. They crossed it in early January and took the town on 12 January."
    )
    found = typed(text, SATURDAY, kind=NARRATIVE)
    assert ("early January", "DATE", "1832-01") in found
    assert ("12 January", "DATE", "1832-01-12") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mission was founded in 1853. Through the second half of the century its schools grew, "
            "and by 1899 it ran forty of them.",
            ("the second half of the century", "18", "END"),
        ),
        (
            "The port was rebuilt in 1922. In the first half of the decade its trade doubled.",
            ("the first half of the decade", "192", "START"),
        ),
    ],
)
def test_a_half_of_the_century_or_decade(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in only(text, SATURDAY, kind=NARRATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The poet died in 1902. His birth is remembered each year on 14 May, and since 1990 the same day "
            "has been a school holiday.",
            ("the same day", "DATE", "XXXX-05-14"),
        ),
        (
            "The ship sailed on 3 May 1901. The crew landed on 4 June and left the same day.",
            ("the same day", "DATE", "1901-06-04"),
        ),
    ],
)
def test_the_same_day_after_a_yearly_day(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in typed(text, SATURDAY, kind=NARRATIVE)


@pytest.mark.parametrize(
    ("text", "expected", "dct"),
    [
        (
            "The festival is held on 2 March, which is 23 Yekatit in the Ethiopian calendar.",
            [("2 March", "DATE", "XXXX-03-02"), ("23 Yekatit", "DATE", "XXXX-03-02")],
            None,
        ),
        (
            "The killings in the capital began on 12 Yekatit 1929 and went on for three days.",
            [("12 Yekatit 1929", "DATE", "1937-02-19"), ("three days", "DURATION", "P3D")],
            None,
        ),
        ("Timkat is kept on Tir 11 with processions to the river.", [("Tir 11", "DATE", "XXXX-01-19")], None),
        (
            "The Ethiopian new year, 1 Meskerem 2016, fell on a Tuesday.",
            [("1 Meskerem 2016", "DATE", "2023-09-12"), ("Tuesday", "DATE", "2023-09-12")],
            None,
        ),
        ("Sene 12 times asked for the file.", [], TUESDAY),
        ("We met on 12 sene.", [], TUESDAY),
    ],
)
def test_days_of_the_ethiopian_calendar(
    text: str, expected: list[tuple[str, str, str]], dct: date | None
) -> None:
    assert typed(text, dct) == expected
