"""Rules added after the seventieth blind narrative set (`data/gold/timex/blind_narrative_70.jsonl`,
encyclopedia articles on volcanoes, a fault line, mass extinctions and a glacier) was scored once: each row
is a sentence of our own showing the general English usage behind one finding.

- "the ice sank by five to eight metres", "rents rose by ten to twelve per cent": a clock face told in
  words ("five to eight") before a unit of measure is a range of amounts, not 7:55.
- "far short of the three-quarters lost": "the" and a hyphenated count of quarters before anything but a
  word closing a span ("the three-quarters to March") is a fraction, not three quarters of a year.
- "the warmer climate of recent decades": a past left unmeasured (PAST_REF), as "recent years" is.
- "the last 540 million years", "some twenty million years", "the last few million years", "a few hundred
  thousand years": the deep past's lengths keep a span's article and a hedge, and are millennia counted
  or not; "a few million years ago" is the deep past (PAST_REF).
- "between about 7500 BC and about 2000 BC": "about" after "and" hedges the second of a pair whose first
  it hedged.
- "from October 1980 to 1986": a year closing a span opened by a dated month or day after "from".
- "for decades or centuries", "may take days or weeks": two bare units joined by "or" after a word that
  makes a length of them are one uncounted length in the first unit, APPROX (as TimeML reads "weeks or
  months").
- "Eleven years later, on 15 June 1991": the year of the date set beside a count of years restates it.
- "Today is the anniversary. ... A crowd gathered early this morning, and sirens sounded at 5:12": in a
  story, a part of "this" day in the paragraph of the writer's "today" is the writer's day, and a clock
  time after it in its sentence is on that day.
- "gathered every year at the fountain at 5:12 a.m. on April 18": the day (and hour) a yearly set earlier
  in the clause falls on is that day of every year, whatever the tense.
- "the summer flow", "the spring melt": a river's or a glacier's yearly regime named by its season keeps
  the article for the noun, as "the summer recess" does; the time is the season alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

TUESDAY = date(2010, 5, 18)
WEDNESDAY = date(2018, 4, 18)
SATURDAY = date(2025, 11, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Near the snout the ice sank by five to eight metres in a single summer.", []),
        ("Rents in the old town rose by ten to twelve per cent.", []),
        ("The boats were launched at five to eight.", [("five to eight", "TIME", "2010-05-18T07:55")]),
    ],
)
def test_a_clock_face_before_a_unit_is_a_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Of the forest, the three-quarters cleared by 1900 never grew back.",
        "He kept a quarter and sold the three-quarters that remained.",
    ],
)
def test_the_three_quarters_is_a_fraction(text: str) -> None:
    assert [found for found in typed(text, TUESDAY) if found[0] == "three-quarters"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summers have grown hotter in recent decades.", [("recent decades", "DATE", "PAST_REF")]),
        ("The snowline of recent decades lies higher.", [("recent decades", "DATE", "PAST_REF")]),
    ],
)
def test_recent_decades_is_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reefs have collapsed four times in the last 300 million years.",
            [("the last 300 million years", "P300000L", None)],
        ),
        (
            "The ocean closed over some forty million years.",
            [("some forty million years", "P40000L", "APPROX")],
        ),
        (
            "The range has risen over the past few million years.",
            [("the past few million years", "PXL", None)],
        ),
        (
            "Ice sheets came and went for a few hundred thousand years.",
            [("a few hundred thousand years", "PXL", None)],
        ),
        ("A few million years ago the strait opened.", [("A few million years ago", "PAST_REF", None)]),
    ],
)
def test_deep_time_spans_and_hedges(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The village was lived in between about 5200 BC and about 4100 BC.",
            [("about 5200 BC", "BC5200", "APPROX"), ("about 4100 BC", "BC4100", "APPROX")],
        ),
        (
            "The tower was rebuilt between about 1350 and about 1420.",
            [("about 1350", "1350", "APPROX"), ("about 1420", "1420", "APPROX")],
        ),
    ],
)
def test_about_hedges_the_second_of_a_pair(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From March 1962 to 1971 the observatory was closed.",
            [("March 1962", "DATE", "1962-03"), ("1971", "DATE", "1971")],
        ),
        (
            "She edited the journal from 4 May 1931 to 1947.",
            [("4 May 1931", "DATE", "1931-05-04"), ("1947", "DATE", "1947")],
        ),
    ],
)
def test_a_year_closing_a_span_from_a_dated_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A landslide dam can hold for decades or centuries before it fails.",
            [("decades or centuries", "DURATION", "PXDE")],
        ),
        ("Clearing the ash may take days or weeks.", [("days or weeks", "DURATION", "PXD")]),
        ("The dispute could last weeks or months.", [("weeks or months", "DURATION", "PXW")]),
    ],
)
def test_a_bare_unit_after_or(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


def test_a_date_beside_a_count_of_years_restates_it() -> None:
    text = (
        "The first dome grew in 1952. A second grew between 1968 and 1973. Twenty years later, on 9 March "
        "1972, the crater wall gave way."
    )
    assert typed(text, SATURDAY)[3] == ("Twenty years later", "DATE", "1972")


def test_this_morning_in_the_paragraph_of_the_writers_today() -> None:
    text = (
        "The mine flooded on 3 May 1947, and the last of its survivors died in March 2009. Today is the "
        "anniversary of the flood. The chapel was built with the miners' pennies. A small crowd met at the "
        "pit gate early this morning, and the colliery bell was rung at 6:40."
    )
    found = typed(text, WEDNESDAY)
    assert found[-2:] == [
        ("early this morning", "TIME", "2018-04-18TMO"),
        ("6:40", "TIME", "2018-04-18T06:40"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pit closed in 1968. Its old hands met every year at the chapel at 6:40 a.m. on May 3 until "
            "2009.",
            [("6:40 a.m.", "XXXX-05-03T06:40"), ("May 3", "XXXX-05-03")],
        ),
        (
            "The pit closed in 1968. Each year the band marched past the gates on 1 May.",
            [("1 May", "XXXX-05-01")],
        ),
    ],
)
def test_the_day_a_yearly_set_falls_on(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(surface, value) for surface, value, _ in only(text, WEDNESDAY)]
    assert all(pair in found for pair in expected), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Below the dam the summer flow has halved.", "summer"),
        ("The spring melt fills the reservoir.", "spring"),
        ("The winter runoff is small.", "winter"),
    ],
)
def test_a_season_naming_a_rivers_regime(text: str, surface: str) -> None:
    assert [found[0] for found in typed(text, None)] == [surface]
