"""Rules added after the hundred-and-ninth blind narrative set (`data/gold/timex/blind_narrative_109.jsonl`,
club and competition histories: a football club since its founding meeting, a village cricket club's
centenary, a marathon since its first running, a cup final told by the hour) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "The 1956 final was played on Wednesday, 9 May 1956 ... had met in the league since 1953. Tickets went
  on sale on Monday, 30 April": a weekday that fits neither the year the story stands on nor the last year
  written, but fits the year of a day the text has told in full a few years on, is in that year (the
  background was leading up to it), not in the DCT's year; with no such day told ("in May 1956"), or one
  told too far on, the DCT's year is tried as before.
- "won by a fifth of a second", "batted for three and a quarter hours": a fifth of a unit is a length, as a
  tenth is, and "and a quarter" adds a quarter of the unit as "and a half" adds a half; "a fifth of the
  entrants" and "two and a quarter miles" count no time.
- "Her winning time, 2:31:07, stood until 1990": hours, minutes and seconds in apposition after the noun
  that times a race are its length, as after "a time of"; a clock reading without seconds stays a time.
- "The 1894 minute book records the vote": a "minute book" keeps the minutes of meetings, and the year
  before it is a year, not a count of minutes; "a 45 minute talk" is still a length.
- "Choir practice was on Monday evenings and Friday evenings": a weekday listed after a recurring one keeps
  its own part of the day; "on Mondays and Fridays" still lists bare days.
- "The bridge was repaired in June 1971. ... The town held a party last Saturday": a story standing on a
  month or a year, years before the DCT, has no day for "last" to count back from, so "last Saturday"
  counts from the writer's now, as "last June" does; "the previous Saturday" stays the story's.
- "won three of their matches in the 1958 season", "scored 31 times in the 1958 season": among the words of
  a game a season of play named by its one year is not tagged, as "the 1958-59 season" is not; a season
  with no words of play near ("in time for the 2028 season" of a heritage railway) keeps its year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2012, 5, 10)
WEDNESDAY = date(2022, 5, 18)
NARRATIVE = DocumentKind.NARRATIVE
BACKGROUND = (
    " The cup was first contested in 1891. Neither club had won it before; Hartfield had reached the final in"
    " 1934 and lost. The two clubs had met twice a year in the league since 1953.\n\nTickets went on sale at"
    " 10 a.m. on Monday, 30 April and were gone by the next day."
)
BACKGROUND_FOUND = [
    ("1891", "DATE", "1891"),
    ("1934", "DATE", "1934"),
    ("twice a year", "SET", "P1Y"),
    ("1953", "DATE", "1953"),
]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The 1956 final was played on Wednesday, 9 May 1956 at Bristol.",
            [
                ("1956", "DATE", "1956"),
                ("Wednesday, 9 May 1956", "DATE", "1956-05-09"),
                *BACKGROUND_FOUND,
                ("10 a.m.", "TIME", "1956-04-30T10:00"),
                ("Monday, 30 April", "DATE", "1956-04-30"),
                ("the next day", "DATE", "1956-05-01"),
            ],
        ),
        # no day told in full ahead of the story's year: the DCT's year, as before
        (
            "The 1956 final was played in May 1956 at Bristol.",
            [
                ("1956", "DATE", "1956"),
                ("May 1956", "DATE", "1956-05"),
                *BACKGROUND_FOUND,
                ("10 a.m.", "TIME", "2012-04-30T10:00"),
                ("Monday, 30 April", "DATE", "2012-04-30"),
                ("the next day", "DATE", "2012-05-01"),
            ],
        ),
        # a day told nine years on from the story's year is too far to be where its background leads
        (
            "The 1962 final was played on Wednesday, 9 May 1962 at Bristol.",
            [
                ("1962", "DATE", "1962"),
                ("Wednesday, 9 May 1962", "DATE", "1962-05-09"),
                *BACKGROUND_FOUND,
                ("10 a.m.", "TIME", "2012-04-30T10:00"),
                ("Monday, 30 April", "DATE", "2012-04-30"),
                ("the next day", "DATE", "2012-05-01"),
            ],
        ),
    ],
)
def test_weekday_fits_a_day_told_a_few_years_on(lead: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(lead + BACKGROUND, THURSDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The photo-finish camera split them by a fifth of a second.",
            [("a fifth of a second", "DURATION", "PT0.2S")],
        ),
        (
            "He batted for three and a quarter hours on a slow pitch.",
            [("three and a quarter hours", "DURATION", "PT3H15M")],
        ),
        ("A fifth of the entrants retired, and the course ran two and a quarter miles uphill.", []),
    ],
)
def test_a_fifth_and_a_quarter_of_a_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her winning time, 2:31:07, stood until 1990.",
            [("2:31:07", "DURATION", "PT2H31M7S"), ("1990", "DATE", "1990")],
        ),
        (
            "The old record, 1:02:45 in 1974, was broken twice.",
            [("1:02:45", "DURATION", "PT1H2M45S"), ("1974", "DATE", "1974")],
        ),
        # no seconds: a clock reading after a comma stays a time of day
        ("The gates opened at noon and, by the time, 12:40, the stand was full.", None),
    ],
)
def test_race_time_in_apposition(text: str, expected: list[tuple[str, str, str]] | None) -> None:
    found = typed(text, THURSDAY)
    if expected is None:
        assert all(kind != "DURATION" for _, kind, _ in found)
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1894 minute book records the vote.", [("1894", "DATE", "1894")]),
        ("The club's minute books for 1902 were lost.", [("1902", "DATE", "1902")]),
        ("She gave a 45 minute talk.", [("45 minute", "DURATION", "PT45M")]),
    ],
)
def test_minute_book(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Choir practice was on Monday evenings and Friday evenings.",
            [("Monday evenings", "SET", "XXXX-WXX-1TEV"), ("Friday evenings", "SET", "XXXX-WXX-5TEV")],
        ),
        (
            "The library opens on Tuesday mornings and Saturday afternoons.",
            [("Tuesday mornings", "SET", "XXXX-WXX-2TMO"), ("Saturday afternoons", "SET", "XXXX-WXX-6TAF")],
        ),
        (
            "Choir practice was on Mondays and Fridays.",
            [("Mondays", "SET", "XXXX-WXX-1"), ("Fridays", "SET", "XXXX-WXX-5")],
        ),
    ],
)
def test_listed_weekday_keeps_its_part_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge was opened in 1932 and repaired in June 1971.\n\nThe town held a party last Saturday "
            "to mark its ninetieth year.",
            [
                ("1932", "DATE", "1932"),
                ("June 1971", "DATE", "1971-06"),
                ("last Saturday", "DATE", "2022-05-14"),
            ],
        ),
        # "the previous Saturday" counts back from the story
        (
            "The bridge was opened on Tuesday, 14 June 1932. The previous Saturday the mayor had walked it.",
            [
                ("Tuesday, 14 June 1932", "DATE", "1932-06-14"),
                ("The previous Saturday", "DATE", "1932-06-11"),
            ],
        ),
    ],
)
def test_last_weekday_after_a_far_coarse_story(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1958 season was his best: he scored 31 times.", []),
        ("They lost only two games, and the wicket-keeper held 40 catches in the 1958 season.", []),
        # no word of play near: a season of a railway, a theatre or a resort keeps its year
        ("The society hopes to reopen the line in time for the 2028 season.", [("2028", "DATE", "2028")]),
    ],
)
def test_season_of_play_named_by_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
