"""Rules added after the sixty-first blind narrative set (`data/gold/timex/blind_narrative_61.jsonl`,
histories of short modern wars told day by day) was scored once: each row is a sentence of our own
showing the general English usage behind one finding.

- "at 0415 Zulu", "(1935 Zulu)": "Zulu" after a four-digit clock time is the military name of UTC, a
  zone like "GMT"; after a year ("in 1838 Zulu forces") it is still the people's name.
- "in May, June and July 1999": the months of a list before its last take the last one's year, as the
  first of a pair does ("in March and April 2004").
- "had tested weapons in May 1998, and nine months later the minister went": a count told after a
  past-perfect glance back in its own sentence goes on from the time glanced to, not from the story's.
- "This year's festival began on Thursday", "held only last month ... On Sunday veterans gathered": a
  story that has come to the writer's own year or month, or to one counted from the DCT, has no week of
  its own, so a bare weekday is of the writer's week, past or ahead by tense.
- "Today the town holds a service, and this morning the mayor laid a wreath": a part of "this" day after
  the writer's "today" in the same sentence is of the writer's day, whatever the tense.
- "fell on 18 November ... were found three months later ... / On 19 November": after a count of months
  ahead from the story's day, a day without a year that would fall long after the month counted to but
  just after the story's day goes on from the story's day; the count was a glance ahead.
- "to the line as it had stood on 7 November 1959", told on a day of 1962: a day years back, with its
  year, in a past-perfect clause on a noun describes the noun; the story stays on its day ("that winter"
  after it is the story's).
- "a quarrel years in the making": a bare plural unit before "in the making" is how long something took
  to come about, a length, as before "in advance".
- "began at 7:30 p.m. on 3 July ... climbed through the night, and took the summit eleven hours later":
  the night of that day gives no clock of its own; hours counted after it go on from the afternoon or
  evening clock time told before it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2016, 9, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first strike went in at 0415 Zulu.", [("0415 Zulu", "TIME", "2016-09-14T04:15")]),
        (
            "The tankers were on station by 2130 Zulu time.",
            [("2130 Zulu time", "TIME", "2016-09-14T21:30")],
        ),
        ("In 1838 Zulu forces attacked the laager.", [("1838", "DATE", "1838")]),
        ("By 1879 Zulu power had been broken.", [("1879", "DATE", "1879")]),
    ],
)
def test_zulu_is_a_zone_after_a_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strikes spread through the docks in May, June and July 1926.",
            [("May", "DATE", "1926-05"), ("June", "DATE", "1926-06"), ("July 1926", "DATE", "1926-07")],
        ),
        (
            "Frost damaged the crop in November, December and January 1847.",
            [
                ("November", "DATE", "1846-11"),
                ("December", "DATE", "1846-12"),
                ("January 1847", "DATE", "1847-01"),
            ],
        ),
    ],
)
def test_months_of_a_list_take_the_last_ones_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed on 3 August 1921. The two powers had broken off talks in March 1919, "
            "and eight months later their envoys met again in Geneva.",
            [
                ("3 August 1921", "DATE", "1921-08-03"),
                ("March 1919", "DATE", "1919-03"),
                ("eight months later", "DATE", "1919-11"),
            ],
        ),
    ],
)
def test_a_count_after_a_glance_back_goes_on_from_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill closed on 2 May 1931 and was never reopened. Its chimney was listed in 1988. "
            "This year's open weekend began on Saturday, and the trust is now raising money for a roof.",
            [
                ("2 May 1931", "DATE", "1931-05-02"),
                ("1988", "DATE", "1988"),
                ("This year", "DATE", "2016"),
                ("Saturday", "DATE", "2016-09-10"),
                ("now", "DATE", "PRESENT_REF"),
            ],
        ),
        (
            "The regiment fought at the river on 9 October 1917. The first memorial to it was held only "
            "last month, when the minister laid a wreath. On Sunday veterans gathered at the river.",
            [
                ("9 October 1917", "DATE", "1917-10-09"),
                ("last month", "DATE", "2016-08"),
                ("Sunday", "DATE", "2016-09-11"),
            ],
        ),
    ],
)
def test_a_weekday_in_the_writers_year_or_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge was blown on 14 March 1945. Today the town holds a service on the new bridge, "
            "and this morning the mayor laid a wreath there.",
            [
                ("14 March 1945", "DATE", "1945-03-14"),
                ("Today", "DATE", "2016-09-14"),
                ("this morning", "TIME", "2016-09-14TMO"),
            ],
        ),
    ],
)
def test_this_morning_after_the_writers_today(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pass fell on 9 December 1950. The dead were buried where they lay and moved to the "
            "valley four months later, when the road opened.\n\nOn 11 December the division began its "
            "march to the coast.",
            [
                ("9 December 1950", "DATE", "1950-12-09"),
                ("four months later", "DATE", "1951-04"),
                ("11 December", "DATE", "1950-12-11"),
            ],
        ),
    ],
)
def test_a_day_after_a_count_of_months_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The armistice was signed on 27 October 1952. Both armies were to pull back to the line as it "
            "had stood on 1 June 1949. Through that winter the guns were silent.",
            [
                ("27 October 1952", "DATE", "1952-10-27"),
                ("1 June 1949", "DATE", "1949-06-01"),
                ("that winter", "DATE", "1952-WI"),
            ],
        ),
    ],
)
def test_a_day_years_back_in_a_clause_on_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike was a dispute years in the making.", [("years", "DURATION", "PXY")]),
        ("The new line, decades in the making, opened at last.", [("decades", "DURATION", "PXDE")]),
    ],
)
def test_bare_units_in_the_making(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crossing began at 9:15 p.m. on 6 March 1945. The engineers worked through the night, "
            "and the last tank was over the river nine hours later.",
            [
                ("9:15 p.m.", "TIME", "1945-03-06T21:15"),
                ("6 March 1945", "DATE", "1945-03-06"),
                ("the night", "TIME", "1945-03-06TNI"),
                ("nine hours later", "TIME", "1945-03-07T06:15"),
            ],
        ),
    ],
)
def test_hours_later_after_the_night_of_a_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected
