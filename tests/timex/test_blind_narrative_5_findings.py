"""Rules added after the fifth blind narrative set (`data/gold/timex/blind_narrative_5.jsonl`: three long
war articles, the Thirty Years' War, the Franco-Prussian War and the Korean War) was scored once: each
row is a sentence of our own showing the general English usage behind one finding.

- "had been without a king since a revolution two years earlier": a count back ("earlier", "before")
  from a story's month or season, in a past-perfect clause, is a glance behind it; the dates that
  follow stay in the story's year.
- "shortly after noon ... by six o'clock": an hour told by the clock face without a.m. or p.m. goes on
  from an afternoon the story has reached.
- "The day before General Reyes had been shot ...": a sentence that opens with "the day before" and
  goes straight on to a past-perfect clause dates that clause; "the day before the vote" stays an
  offset from an event, not a date.
- "at about half past four": the clock face told in words is a clock time.
- "through the autumn and winter": a bare season joined by "and" to a season just named is a time
  too, and a winter after an autumn is the one that begins in that year's December.
- "fixed 1624 as the normal year": a number the text itself calls a year is a year.
- "in the decades that followed", "in the following years": the stretch after a time just told is a
  length of unspecified count; TimeBank leaves "the" of the first outside with its clause.
- "Last year the two leaders met three times, and in September they agreed": a past period counted
  from the writer's now that opens its sentence is where a story's aftermath has come to, so the month
  after it falls in it; "last year" inside a sentence stays an aside.
- "signed at ten in the morning on 27 July 1953, and ... twelve hours later": hours counted from a
  clock time told with its date ("at <clock> on <date>") are a clock time of that day, as they are
  after a clock time alone; after a date alone they stay a length.
- "through the spring and summer of 1631": the year written once after two joined seasons is the
  first season's too (found while checking the autumn-and-winter finding); a winter before a spring
  is the one of the December before.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
SNAPSHOT = date(2024, 5, 6)


def _found(text: str, dct: date | None = SNAPSHOT) -> list[tuple[str, str, str]]:
    return typed(text, dct, NARRATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crisis broke in the spring of 1904. The duchy had been without a duke since a coup three "
            "years earlier, and on 9 May the council met.",
            [
                ("the spring of 1904", "DATE", "1904-SP"),
                ("three years earlier", "DATE", "1901"),
                ("9 May", "DATE", "1904-05-09"),
            ],
        ),
        (
            "In March 1912 the strike spread. The mills had closed a year before, and on 20 April the "
            "troops arrived.",
            [
                ("March 1912", "DATE", "1912-03"),
                ("a year before", "DATE", "1911"),
                ("20 April", "DATE", "1912-04-20"),
            ],
        ),
    ],
)
def test_a_count_back_in_the_past_perfect_leaves_the_story_where_it_was(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 1799 the guns opened shortly after noon, and by five o'clock the town was burning.",
            [
                ("3 June 1799", "DATE", "1799-06-03"),
                ("noon", "TIME", "1799-06-03T12:00"),
                ("five o'clock", "TIME", "1799-06-03T17:00"),
            ],
        ),
        (
            "On 3 June 1799 the council sat from 2 p.m. and rose at seven o'clock.",
            [
                ("3 June 1799", "DATE", "1799-06-03"),
                ("2 p.m.", "TIME", "1799-06-03T14:00"),
                ("seven o'clock", "TIME", "1799-06-03T19:00"),
            ],
        ),
        (
            "On 3 June 1799 the council sat from 8 a.m. and rose at eleven o'clock.",
            [
                ("3 June 1799", "DATE", "1799-06-03"),
                ("8 a.m.", "TIME", "1799-06-03T08:00"),
                ("eleven o'clock", "TIME", "1799-06-03T11:00"),
            ],
        ),
        (
            "On 3 June 1799 the council sat from 2 p.m. and rose at nine o'clock in the morning.",
            [
                ("3 June 1799", "DATE", "1799-06-03"),
                ("2 p.m.", "TIME", "1799-06-03T14:00"),
                ("nine o'clock in the morning", "TIME", "1799-06-03T09:00"),
            ],
        ),
    ],
)
def test_an_hour_without_am_or_pm_goes_on_from_the_afternoon(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 14 October the fleet sailed. The day before General Reyes, the governor, had been shot in "
            "the street.",
            [("14 October", "DATE", "2023-10-14"), ("The day before", "DATE", "2023-10-13")],
        ),
        (
            "On 14 October 1850 the fleet sailed. The day before the vote, the governor spoke.",
            [("14 October 1850", "DATE", "1850-10-14")],
        ),
        (
            "On 14 October 1850 the fleet sailed. The week before he died, the governor spoke.",
            [("14 October 1850", "DATE", "1850-10-14")],
        ),
    ],
)
def test_the_day_before_opening_a_past_perfect_sentence_is_a_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May 1808 the crowd grew through the afternoon, and at about half past three the troops fired.",
            [
                ("2 May 1808", "DATE", "1808-05-02"),
                ("the afternoon", "TIME", "1808-05-02TAF"),
                ("about half past three", "TIME", "1808-05-02T15:30"),
            ],
        ),
        (
            "On 2 May 1808 the bells rang at half past six in the morning and again at half past seven in "
            "the evening.",
            [
                ("2 May 1808", "DATE", "1808-05-02"),
                ("half past six in the morning", "TIME", "1808-05-02T06:30"),
                ("half past seven in the evening", "TIME", "1808-05-02T19:30"),
            ],
        ),
    ],
)
def test_half_past_an_hour_is_a_clock_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army crossed the river on 2 August 1759. It camped there through the autumn and winter, "
            "waiting for supplies.",
            [
                ("2 August 1759", "DATE", "1759-08-02"),
                ("the autumn", "DATE", "1759-FA"),
                ("winter", "DATE", "1759-WI"),
            ],
        ),
        (
            "The shop opened in the summer of 1759 and winter coats sold out at once.",
            [("the summer of 1759", "DATE", "1759-SU")],
        ),
    ],
)
def test_a_bare_season_joined_to_a_season_is_a_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The statute fixed 1790 as the base year for all claims.", [("1790", "DATE", "1790")]),
        ('The council set 1925 as its "census year".', [("1925", "DATE", "1925")]),
        ("The mill sold 1790 as the price of a ton.", []),
    ],
)
def test_a_number_called_a_year_is_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The canal opened in 1825. In the decades that followed, towns grew along its banks.",
            [("1825", "DATE", "1825"), ("decades", "DURATION", "PXDE")],
        ),
        (
            "The canal opened in 1825. In the years which followed, the trade doubled.",
            [("1825", "DATE", "1825"), ("years", "DURATION", "PXY")],
        ),
        (
            "The canal opened in 1825, and in the following months the barges came.",
            [("1825", "DATE", "1825"), ("the following months", "DURATION", "PXM")],
        ),
    ],
)
def test_the_stretch_that_followed_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge was finished in 1931. Last year the city repainted it, and in May it reopened.",
            [("1931", "DATE", "1931"), ("Last year", "DATE", "2023"), ("May", "DATE", "2023-05")],
        ),
        (
            "The bridge was finished in 1931. Two years ago the city repainted it, and in May it reopened.",
            [("1931", "DATE", "1931"), ("Two years ago", "DATE", "2022"), ("May", "DATE", "2022-05")],
        ),
        (
            "The bridge was finished in 1931, as the city recalled last year, and in May it was opened.",
            [("1931", "DATE", "1931"), ("last year", "DATE", "2023"), ("May", "DATE", "1931-05")],
        ),
    ],
)
def test_a_past_period_opening_a_sentence_moves_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The truce was signed at nine in the morning on 4 May 1860, and the firing stopped six hours later.",
            [
                ("nine in the morning", "TIME", "1860-05-04T09:00"),
                ("4 May 1860", "DATE", "1860-05-04"),
                ("six hours later", "TIME", "1860-05-04T15:00"),
            ],
        ),
        (
            "The truce was signed at 8 p.m. on 4 May 1860. Two hours earlier the firing had stopped.",
            [
                ("8 p.m.", "TIME", "1860-05-04T20:00"),
                ("4 May 1860", "DATE", "1860-05-04"),
                ("Two hours earlier", "TIME", "1860-05-04T18:00"),
            ],
        ),
        (
            "The truce was signed on 4 May 1860. Two hours later the firing stopped.",
            [("4 May 1860", "DATE", "1860-05-04"), ("Two hours", "DURATION", "PT2H")],
        ),
    ],
)
def test_hours_counted_from_a_clock_time_told_with_its_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege began on 6 July 1710. Through the spring and summer of 1711 the walls held.",
            [
                ("6 July 1710", "DATE", "1710-07-06"),
                ("the spring", "DATE", "1711-SP"),
                ("summer of 1711", "DATE", "1711-SU"),
            ],
        ),
        (
            "The siege began on 6 July 1710. In the winter and spring of 1712 the walls held.",
            [
                ("6 July 1710", "DATE", "1710-07-06"),
                ("the winter", "DATE", "1711-WI"),
                ("spring of 1712", "DATE", "1712-SP"),
            ],
        ),
    ],
)
def test_two_joined_seasons_share_the_year_written_after_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected
