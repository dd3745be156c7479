"""Rules added after the twenty-sixth blind narrative set (`data/gold/timex/blind_narrative_26.jsonl`,
histories of First World War campaigns) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- An article's background section may look back years before its lead, ending on a season or a year
  ("drawn up in the winter of 1905-06"); the next section takes up the lead's story again: a clock
  time or a part of the day opening it is on the lead's day, and a date without a year is the one
  nearest the lead's day, which may come before it (a section telling how the lead's day came about).
- "Today" opening a sentence is governed by the main verb, also when the subject holds a relative
  clause of its own ("Today the corner where the shots were fired has a museum").
- A number before "to", "and" or a slash and a day with its month is a day, not an hour: "again from
  6 to 8 May" after a dated day, "on the night of 19/20 December", "on the night of 8/9 January 1916"
  (not the day/month 8/9).
- The end of a range of months never lies before its start ("from February to December" in a text
  at 1916 is December 1916), and a range of months is the story's time as a whole: a day told next
  that lies inside it ("from 1 July") is in the range's year, not the year after its end.
- A day of the month a present-tense clause says recurs "each year on" or "every year on", or one
  that "is" a named day ("1 July is Memorial Day"), is that day of every year, even where the story
  has dated it.
- A day named again after the story has moved on to a later year ("on 29 May [2016], and five weeks
  later ... on 1 July") is a step of the story when it falls in or after the week the story reached,
  not the day of the same name dated earlier in the text.
- A bare weekday in a present-tense clause is the writer's week when the story's time is the
  writer's own year ("This year the service falls on Thursday").
- A count of zero takes a plural: "zero hour" (the hour an attack opens) is a name, not a length.
- A clock time in the same sentence as a day of the writer's week named in a story ("The centenary
  falls on Sunday, when bells will ring at 12:30 p.m.") is on that day, not on the story's last day.
- A clock time or a part of the day in the same sentence as a day of the year that recurs ("every 1
  July at 7:28 a.m.", "marked each year on 14 September with a parade in the evening") is that time of
  the recurring day, not of the story's last day.
- The time an agreement or a decision looked ahead to ("agreed to attack on every front in the
  summer of 1916") is a plan: the story stays at its time (a Christmas told next is the one before).
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2014, 7, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike closed the port on Monday, 4 May 1925.\n\nBackground\n\nThe union had been founded "
            "in 1889. Its rules were written in the winter of 1901-02.\n\nThe strike\n\n"
            "The first pickets arrived shortly before 6 a.m.",
            [
                ("Monday, 4 May 1925", "DATE", "1925-05-04"),
                ("1889", "DATE", "1889"),
                ("the winter of 1901-02", "DATE", "1901-WI"),
                ("6 a.m.", "TIME", "1925-05-04T06:00"),
            ],
        ),
        (
            "The bridge opened on 1 July 1931.\n\nBackground\n\nA ferry had served the town since 1870.\n\n"
            "Construction\n\nThe last girder was lifted into place on 12 February.",
            [
                ("1 July 1931", "DATE", "1931-07-01"),
                ("1870", "DATE", "1870"),
                ("12 February", "DATE", "1931-02-12"),
            ],
        ),
    ],
)
def test_a_section_after_a_look_back_takes_up_the_lead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, kind=NARRATIVE) == expected


def test_today_is_governed_by_the_main_verb_past_a_relative_clause() -> None:
    text = "The mill burned down in 1911. Today the yard where the fire started has a small museum."
    assert typed(text, WRITTEN, kind=NARRATIVE) == [("1911", "DATE", "1911"), ("Today", "DATE", "2014-07-21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town was shelled on 28 April 1915 and again from 6 to 8 May.",
            [
                ("28 April 1915", "DATE", "1915-04-28"),
                ("6", "DATE", "1915-05-06"),
                ("8 May", "DATE", "1915-05-08"),
            ],
        ),
        (
            "The garrison left on the night of 19/20 December 1915.",
            [("19", "DATE", "1915-12-19"), ("20 December 1915", "DATE", "1915-12-20")],
        ),
        (
            "The last boats sailed on the night of 8/9 January 1916.",
            [("8", "DATE", "1916-01-08"), ("9 January 1916", "DATE", "1916-01-09")],
        ),
        # a bare hour after a day is still an hour when no month follows
        (
            "The hall opened on 3 May 1920 from 6 to 9 in the evening.",
            [("3 May 1920", "DATE", "1920-05-03"), ("6", "TIME", "1920-05-03T18:00")],
        ),
    ],
)
def test_a_number_before_a_day_and_its_month_is_a_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = typed(text, None, kind=NARRATIVE)
    assert found[: len(expected)] == expected


def test_a_range_of_months_ends_after_its_start_and_holds_what_follows() -> None:
    text = (
        "The floods of 1927 were the worst on record. The river stayed high from February to December; "
        "downstream the levees failed from 2 July to 9 August."
    )
    assert typed(text, None, kind=NARRATIVE) == [
        ("1927", "DATE", "1927"),
        ("February", "DATE", "1927-02"),
        ("December", "DATE", "1927-12"),
        ("2 July", "DATE", "1927-07-02"),
        ("9 August", "DATE", "1927-08-09"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town was freed on 14 September 1944. The liberation is now marked each year on 14 September.",
            [
                ("14 September 1944", "DATE", "1944-09-14"),
                ("now", "DATE", "PRESENT_REF"),
                ("each year", "SET", "P1Y"),
                ("14 September", "DATE", "XXXX-09-14"),
            ],
        ),
        (
            "The miners walked out on 1 May 1926. In the valley 1 May is Miners' Day as well.",
            [("1 May 1926", "DATE", "1926-05-01"), ("1 May", "DATE", "XXXX-05-01")],
        ),
    ],
)
def test_a_day_kept_every_year_in_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


def test_a_day_named_again_in_a_later_year_the_story_reached() -> None:
    text = (
        "The dam was finished on 3 June 1936. In 1986 the engineers' families met there on 30 April, "
        "and four weeks later the state held a ceremony on 3 June."
    )
    assert typed(text, None, kind=NARRATIVE) == [
        ("3 June 1936", "DATE", "1936-06-03"),
        ("1986", "DATE", "1986"),
        ("30 April", "DATE", "1986-04-30"),
        ("four weeks later", "DATE", "1986-W22"),
        ("3 June", "DATE", "1986-06-03"),
    ]


def test_a_present_weekday_in_the_writers_year_is_the_writers_week() -> None:
    text = "The abbey was founded in 1132. This year the abbey opens its doors to visitors on Thursday."
    assert typed(text, WRITTEN, kind=NARRATIVE) == [
        ("1132", "DATE", "1132"),
        ("This year", "DATE", "2014"),
        ("Thursday", "DATE", "2014-07-24"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zero hour was 5:30 a.m. on Tuesday, 9 April 1917.",
            [("5:30 a.m.", "TIME", "1917-04-09T05:30"), ("Tuesday, 9 April 1917", "DATE", "1917-04-09")],
        ),
        ("The meter showed zero hours of use.", [("zero hours", "DURATION", "PT0H")]),
    ],
)
def test_zero_with_a_singular_unit_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected


def test_a_clock_time_after_the_writers_day_is_on_that_day() -> None:
    text = (
        "The old bridge was pulled down in 1952. The anniversary falls on Saturday, when the town band will "
        "play at 2:30 p.m."
    )
    assert typed(text, WRITTEN, kind=NARRATIVE) == [
        ("1952", "DATE", "1952"),
        ("Saturday", "DATE", "2014-07-26"),
        ("2:30 p.m.", "TIME", "2014-07-26T14:30"),
    ]


def test_the_time_an_agreement_looked_to_leaves_the_story_where_it_was() -> None:
    text = (
        "At a meeting in November 1861 the partners agreed to open a second mill in the spring of 1863. "
        "The lease was signed at Christmas."
    )
    assert typed(text, None, kind=NARRATIVE) == [
        ("November 1861", "DATE", "1861-11"),
        ("the spring of 1863", "DATE", "1863-SP"),
        ("Christmas", "DATE", "1861-12-25"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mine flooded on 2 March 1923. A bell is rung at the pithead every 2 March at 9:15 a.m.",
            [
                ("2 March 1923", "DATE", "1923-03-02"),
                ("every 2 March", "SET", "XXXX-03-02"),
                ("9:15 a.m.", "TIME", "XXXX-03-02T09:15"),
            ],
        ),
        (
            "The town was freed on 14 September 1944. The day is now marked each year on 14 September with "
            "a parade in the evening.",
            [
                ("14 September 1944", "DATE", "1944-09-14"),
                ("now", "DATE", "PRESENT_REF"),
                ("each year", "SET", "P1Y"),
                ("14 September", "DATE", "XXXX-09-14"),
                ("the evening", "TIME", "XXXX-09-14TEV"),
            ],
        ),
        # a weekday that recurs keeps no day of its own
        (
            "The band plays every Tuesday at 7 p.m.",
            [("every Tuesday", "SET", "XXXX-WXX-2"), ("7 p.m.", "TIME", "XXXX-XX-XXT19:00")],
        ),
    ],
)
def test_a_time_of_a_recurring_day_of_the_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, kind=NARRATIVE) == expected
