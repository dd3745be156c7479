"""Rules added after the sixty-eighth blind narrative set (`data/gold/timex/blind_narrative_68.jsonl`,
encyclopedia histories of Oceania and the Pacific) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "gathered there last weekend, and on Sunday they raised the flag", "Today ... the trust elected last
  Thursday": in a history, a weekday right after the writer's own day or week in its sentence is of the
  writer's week, not of the story's.
- "Through the summer of 1862-63 ... That winter": a summer written over two years is the southern one
  (December to February), so the autumn and winter after it are those of its second year.
- "Anzac Day, 25 April, has been a public holiday since 1921", "Canada Day, 1 July, marks the union":
  the day set beside a feast's name in a present or perfect clause is that day of every year.
- "It is still commemorated on 12 July", "are remembered at dawn on 25 April": a present passive of
  keeping says on which day of every year a thing is done.
- "Waitangi Day" alone on a line heading a history's section tells of the feast, not of one day that
  dates the section below it.
- "the first since the flood in November": the event a "since" reaches back to was one time, before the
  time of writing, whatever the present tense of the clause.
- "on that day every year": the day last named, as it comes round each year.
- "Easter Island", "Christmas Island": a feast's name before a capitalised place noun is a place.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
TUESDAY = date(2019, 10, 8)
MONDAY = date(2012, 2, 6)
WEDNESDAY = date(2021, 4, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fort was rebuilt in 1850 and restored in 1969. Volunteers gathered there last weekend, and on"
            " Sunday they raised the old flag again.",
            [
                ("1850", "DATE", "1850"),
                ("1969", "DATE", "1969"),
                ("last weekend", "DATE", "2019-W40-WE"),
                ("Sunday", "DATE", "2019-10-06"),
            ],
        ),
        (
            "The fort was rebuilt in 1850 and restored in 1969. Today, the anniversary of its opening, is marked"
            " by a ceremony, and the trust elected last Thursday will meet there for the first time.",
            [
                ("1850", "DATE", "1850"),
                ("1969", "DATE", "1969"),
                ("Today", "DATE", "2019-10-08"),
                ("last Thursday", "DATE", "2019-10-03"),
            ],
        ),
    ],
)
def test_a_weekday_after_the_writers_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold was found at the creek in 1862. Through the summer of 1862-63 the diggings were crowded."
            " That winter the creek froze.",
            [
                ("1862", "DATE", "1862"),
                ("the summer of 1862-63", "DATE", "1862-SU"),
                ("That winter", "DATE", "1863-WI"),
            ],
        ),
        (
            "Gold was found at the creek in 1862. Through the summer of 1862-63 the diggings were crowded, and"
            " that autumn the first bank opened.",
            [
                ("1862", "DATE", "1862"),
                ("the summer of 1862-63", "DATE", "1862-SU"),
                ("that autumn", "DATE", "1863-FA"),
            ],
        ),
        (
            "Gold was found at the creek in 1860. Through the summer of 1862 the diggings were crowded."
            " That winter the creek froze.",
            [
                ("1860", "DATE", "1860"),
                ("the summer of 1862", "DATE", "1862-SU"),
                ("That winter", "DATE", "1862-WI"),
            ],
        ),
    ],
)
def test_seasons_after_a_southern_summer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The landing took place in 1915. Anzac Day, 25 April, has been a public holiday since 1921.",
            [
                ("1915", "DATE", "1915"),
                ("Anzac Day", "DATE", "1915-04-25"),
                ("25 April", "DATE", "XXXX-04-25"),
                ("1921", "DATE", "1921"),
            ],
        ),
        (
            "The colonies were united in 1867. The country has no other national day: Canada Day, 1 July, marks"
            " the union of the colonies.",
            [
                ("1867", "DATE", "1867"),
                ("Canada Day", "DATE", "1867-07-01"),
                ("1 July", "DATE", "XXXX-07-01"),
            ],
        ),
        (
            "The fleet landed in 1788. Australia Day, 26 January, is the anniversary of the landing.",
            [
                ("1788", "DATE", "1788"),
                ("Australia Day", "DATE", "1788-01-26"),
                ("26 January", "DATE", "XXXX-01-26"),
            ],
        ),
    ],
)
def test_the_day_beside_a_feast_in_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The battle was fought in 1690. It is still commemorated on 12 July with marches.",
            [("1690", "DATE", "1690"), ("12 July", "DATE", "XXXX-07-12")],
        ),
        (
            "The landing took place in 1915. The fallen are remembered at dawn on 25 April.",
            [("1915", "DATE", "1915"), ("dawn", "TIME", "XXXX-04-25TMO"), ("25 April", "DATE", "XXXX-04-25")],
        ),
    ],
)
def test_a_present_passive_of_keeping_on_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, kind=NARRATIVE) == expected


def test_a_feast_heading_a_section_dates_nothing_below_it() -> None:
    text = (
        "The treaty was signed in 1840 and the wars ended in 1872.\n\nWaitangi Day\n\n"
        "The land court sat in 1865, and in March it moved to Auckland."
    )
    assert typed(text, date(2020, 5, 1), kind=NARRATIVE)[-1] == ("March", "DATE", "1865-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town was founded in 1850 and flooded in 1953. This year's show is the first since the flood in"
            " November.",
            [
                ("1850", "DATE", "1850"),
                ("1953", "DATE", "1953"),
                ("This year", "DATE", "2012"),
                ("November", "DATE", "2011-11"),
            ],
        ),
    ],
)
def test_a_month_after_since_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY, kind=NARRATIVE) == expected


def test_that_day_every_year() -> None:
    text = "The king was born on 11 June 1798 and died in 1851; on that day every year his statue is draped with garlands."
    assert typed(text, date(2016, 5, 2)) == [
        ("11 June 1798", "DATE", "1798-06-11"),
        ("1851", "DATE", "1851"),
        ("that day", "DATE", "XXXX-06-11"),
        ("every year", "SET", "P1Y"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roggeveen reached Easter Island in 1722.", [("1722", "DATE", "1722")]),
        ("Christmas Island was named by a passing captain.", []),
        ("They sailed home at Easter.", [("Easter", "DATE", "2019-04-21")]),
    ],
)
def test_a_feast_before_a_place_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2020, 1, 1)) == expected
