"""Rules added after the sixteenth blind narrative set (`data/gold/timex/blind_narrative_16.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "from Sunday 2 September to Thursday 6 September 1666": the opening date of a range takes the year
  written once at its end even when a weekday opens the end, as "from 2 to 6 September 1666" does.
- English texts date days before Britain's change of calendar (1752) by Old Style: "Sunday 2 September"
  in 1666 is a Julian Sunday (a Gregorian Thursday). A weekday written with a date fits the year when it
  fits either calendar, and once the text shows it dates by Old Style its bare weekdays ("on the
  Monday") are counted in Julian weeks.
- "when that Sunday dawned", after a past perfect in the clause before: "that" points at the day the
  story is on, not back from it.
- A past perfect looks back: "answered at 12:20 a.m. ... had gone to bed at 11:30 p.m." puts the later
  clock reading on the day before. A form that can only be a participle shares the "had" it is
  coordinated with ("had switched off his set and gone to bed").
- "This year, with ... in May": the writer's own year opening a sentence of a history is where the text
  has come to, so a yearless month after it falls in it, as after "Last year".
- "little rain had fallen since the previous November, and by late August": in a story too, the start
  of what lasted up to the story's time does not move the story there.
- A length timed in four units ("eight days, three hours, 18 minutes and 35 seconds") is one length.
- "ship's time" after a clock time is a zone kept in the extent, as "local time" is.
- A bare plural unit opening a sentence before "of" is a length ("Decades of ploughing had ...").
- "a little over an hour later", "slightly under two hours": hedges of a length, as "just over" is; the
  length stays a length (MORE_THAN, LESS_THAN) rather than a clock time counted from the story's.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from chronology.timex import resolve_expressions
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
AUTUMN_2015 = date(2015, 10, 6)
SUMMER_2019 = date(2019, 8, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair ran from Friday 12 July to Sunday 14 July 1891 on the common.",
            [("Friday 12 July", "DATE", "1891-07-12"), ("Sunday 14 July 1891", "DATE", "1891-07-14")],
        ),
        (
            "The assizes sat from Monday, 3 March to Saturday, 8 March 1873.",
            [("Monday, 3 March", "DATE", "1873-03-03"), ("Saturday, 8 March 1873", "DATE", "1873-03-08")],
        ),
    ],
)
def test_a_range_opening_takes_the_year_past_a_weekday(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # 2 September 1666 was a Sunday by the Julian calendar, a Thursday by the Gregorian
            "The summer of 1666 was dry. On Sunday, 2 September a baker's oven set his house alight. "
            "On the Monday the wind rose, and by the Tuesday the flames had reached the cathedral.",
            [
                ("The summer of 1666", "DATE", "1666-SU"),
                ("Sunday, 2 September", "DATE", "1666-09-02"),
                ("Monday", "DATE", "1666-09-03"),
                ("Tuesday", "DATE", "1666-09-04"),
            ],
        ),
        (
            # 5 November 1605 was a Tuesday by the Julian calendar
            "The plot was planned through 1605. On Tuesday, 5 November the cellar was searched, and on "
            "the Friday the prisoner confessed.",
            [
                ("1605", "DATE", "1605"),
                ("Tuesday, 5 November", "DATE", "1605-11-05"),
                ("Friday", "DATE", "1605-11-08"),
            ],
        ),
        (
            # after Britain's change of calendar the Gregorian weekday decides
            "The winter of 1799 was hard. On Monday, 2 September 1799 the mill burned, and on the "
            "Wednesday it was pulled down.",
            [
                ("The winter of 1799", "DATE", "1799-WI"),
                ("Monday, 2 September 1799", "DATE", "1799-09-02"),
                ("Wednesday", "DATE", "1799-09-04"),
            ],
        ),
    ],
)
def test_old_style_weekdays(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


def test_that_weekday_is_the_story_day_after_a_past_perfect() -> None:
    text = (
        "The worst storm came on 14 April 1935. For weeks the sky had been grey with dust, and when "
        "that Sunday dawned clear, families went out to picnic. In the afternoon a black cloud arrived."
    )
    assert typed(text, AUTUMN_2015, NARRATIVE) == [
        ("14 April 1935", "DATE", "1935-04-14"),
        ("weeks", "DURATION", "PXW"),
        ("that Sunday", "DATE", "1935-04-14"),
        ("the afternoon", "TIME", "1935-04-14TAF"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry hit the rocks at 11:50 p.m. on 3 March 1921. A tug answered at 12:25 a.m. The "
            "harbour pilot had locked his office and gone home at 11:15 p.m., so nobody guided her in.",
            [
                ("11:50 p.m.", "TIME", "1921-03-03T23:50"),
                ("3 March 1921", "DATE", "1921-03-03"),
                ("12:25 a.m.", "TIME", "1921-03-04T00:25"),
                ("11:15 p.m.", "TIME", "1921-03-03T23:15"),
            ],
        ),
        (
            # counted on from the story's clock, "two hours later" is not looked back from
            "The attack began at about seven in the evening on 2 July 1644. Two hours later the horse had "
            "swept the field.",
            [
                ("about seven in the evening", "TIME", "1644-07-02T19:00"),
                ("2 July 1644", "DATE", "1644-07-02"),
                ("Two hours later", "TIME", "1644-07-02T21:00"),
            ],
        ),
    ],
)
def test_a_past_perfect_clock_time_later_on_the_face_is_the_day_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUMMER_2019, NARRATIVE) == expected


def test_the_writers_year_opening_a_sentence_holds_its_months() -> None:
    text = (
        "The drought has lasted since 2011. In 2012 a film told its story. This year, "
        "after heavy rain in May, more farmers planted cover crops."
    )
    assert typed(text, AUTUMN_2015, NARRATIVE) == [
        ("2011", "DATE", "2011"),
        ("2012", "DATE", "2012"),
        ("This year", "DATE", "2015"),
        ("May", "DATE", "2015-05"),
    ]


def test_since_a_later_time_moves_the_story_on() -> None:
    text = (
        "In 1427 the English marched south. The town had been under siege since October 1428, and the "
        "relief army arrived there on 29 April."
    )
    assert typed(text, None, NARRATIVE) == [
        ("1427", "DATE", "1427"),
        ("October 1428", "DATE", "1428-10"),
        ("29 April", "DATE", "1429-04-29"),
    ]


def test_since_in_a_story_does_not_move_it() -> None:
    text = (
        "The summer of 1894 was long. Little rain had fallen since the previous November, and by late "
        "August the wells were dry."
    )
    assert typed(text, None, NARRATIVE) == [
        ("The summer of 1894", "DATE", "1894-SU"),
        ("the previous November", "DATE", "1893-11"),
        ("late August", "DATE", "1894-08"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The capsule landed eight days, three hours, 18 minutes and 35 seconds after launch.",
            [("eight days, three hours, 18 minutes and 35 seconds", "DURATION", "P8DT3H18M35S")],
        ),
        (
            "The record stood at two days, 14 hours, 5 minutes and 12 seconds.",
            [("two days, 14 hours, 5 minutes and 12 seconds", "DURATION", "P2DT14H5M12S")],
        ),
        (
            "The siege lasted 28 years, two months and 27 days.",
            [("28 years, two months and 27 days", "DURATION", "P28Y2M27D")],
        ),
    ],
)
def test_a_length_in_four_units(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUMMER_2019) == expected


def test_ships_time_is_a_zone() -> None:
    text = "At 11:40 p.m. ship's time on 14 April 1912 the lookout saw the ice."
    assert typed(text, SUMMER_2019) == [
        ("11:40 p.m. ship's time", "TIME", "1912-04-14T23:40"),
        ("14 April 1912", "DATE", "1912-04-14"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decades of ploughing had stripped the grass from the plains.", [("Decades", "DURATION", "PXDE")]),
        ("Years of drought followed the war.", [("Years", "DURATION", "PXY")]),
        ("The days of the old mill were numbered.", []),
        ("Farmers in the panhandle counted weeks of dust storms.", []),
    ],
)
def test_a_bare_plural_unit_opening_a_sentence_before_of(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUMMER_2019) == expected


def test_little_over_and_slightly_under_hedge_a_length() -> None:
    text = (
        "The cloud reached the town at 2:40 p.m. on 14 April 1935, the next town a little over an hour "
        "later, and the city slightly under five hours later."
    )
    found = [(e.text, e.value, e.mod) for e in resolve_expressions(text, AUTUMN_2015)]
    assert found == [
        ("2:40 p.m.", "1935-04-14T14:40", None),
        ("14 April 1935", "1935-04-14", None),
        ("a little over an hour", "PT1H", "MORE_THAN"),
        ("slightly under five hours", "PT5H", "LESS_THAN"),
    ]
