"""Rules added after the eighty-third blind narrative set (`data/gold/timex/blind_narrative_83.jsonl`,
encyclopedia histories of the First World War's land campaigns) was scored once: each row is a sentence of
our own showing the general English usage behind one finding.

- "every year at 11 a.m. on 11 November": a clock time of a recurring year with the day of the year told
  right after it is the clock time of that day (XXXX-11-11T11:00), not of any day.
- "Every year the country marks the day. This morning the president laid a wreath": a part of "this" day
  opening a sentence after one told in the present is the writer's day, where a history has come to its
  present, though its own verb is in the past ("that morning" stays the story's).
- "This morning the president laid a wreath, and the king had led a service on Sunday": a part of the
  writer's day puts a weekday after it in its sentence in the writer's week.
- "In the winter of 1917-18 ... knew the Americans would tip the balance by the summer": a deadline in a
  future seen from the story's past lies ahead of the story's time (1918-SU).
- "took over the front in March 1916. He had commanded an army in the battles of August 1914 and the
  following winter. On 14 April ...": a month dated with its year more than a year before the story's
  month, in a past-perfect clause, is a glance back; "the following winter" in its sentence counts from
  it, and the story stays in 1916.
- 'the words "They shall not pass", first used in the spring, became its slogan': a quoted sentence or
  title gives no tense to the clause around it.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
MONDAY = date(2019, 5, 6)
TUESDAY = date(2025, 11, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bells are rung every year at noon on 4 July.",
            [
                ("every year", "SET", "P1Y"),
                ("noon", "TIME", "XXXX-07-04T12:00"),
                ("4 July", "DATE", "XXXX-07-04"),
            ],
        ),
        (
            "The lodge opens every year at 9 a.m. on May 1st.",
            [
                ("every year", "SET", "P1Y"),
                ("9 a.m.", "TIME", "XXXX-05-01T09:00"),
                ("May 1st", "DATE", "XXXX-05-01"),
            ],
        ),
    ],
)
def test_recurring_clock_time_takes_the_day_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The peace treaty was signed at Versailles on 28 June 1919.\n\nLegacy\n\nEvery year at 11 a.m. on 11"
            " November the country keeps two minutes' silence, and France marks the day as a public holiday."
            " This morning, on the 107th anniversary, the President of France laid a wreath at the tomb.",
            "2025-11-11TMO",
        ),
        (
            "The peace treaty was signed at Versailles on 28 June 1919.\n\nLegacy\n\nEvery year at 11 a.m. on 11"
            " November the country keeps two minutes' silence, and France marks the day as a public holiday."
            " This morning the President of France laid a wreath at the tomb.",
            "2025-11-11TMO",
        ),
    ],
)
def test_this_morning_after_a_present_sentence_is_the_writers(text: str, expected: str) -> None:
    found = {surface: value for surface, _, value in typed(text, TUESDAY, kind=NARRATIVE)}
    assert found["This morning"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The peace treaty was signed at Versailles on 28 June 1919. Every year the country keeps two minutes'"
            " silence. This morning the president laid a wreath at the tomb, and the king had led a service in"
            " London on Sunday.",
            "2025-11-09",
        ),
        (
            "The last charge came on 12 June 1854. The regiment marks the day with a parade. This evening the"
            " colonel laid a wreath, and the band had played on Friday.",
            "2025-11-07",
        ),
    ],
)
def test_weekday_after_the_writers_part_of_day(text: str, expected: str) -> None:
    found = {surface: value for surface, _, value in typed(text, TUESDAY, kind=NARRATIVE)}
    assert found[text.rsplit(" on ", 1)[1].rstrip(".")] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "In the winter of 1917-18 the army moved its divisions west. Its commander knew that the Americans"
            " would tip the balance by the summer, and he attacked first.",
            "the summer",
            "1918-SU",
        ),
        (
            "In October 1862 the engineers promised that the bridge would be finished by May, and the army"
            " waited.",
            "May",
            "1863-05",
        ),
    ],
)
def test_deadline_in_a_future_seen_from_the_past_lies_ahead(text: str, surface: str, expected: str) -> None:
    found = {s: value for s, _, value in typed(text, date(2020, 3, 3), kind=NARRATIVE)}
    assert found[surface] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack on the lake in March 1916 failed. Brusilov took over the front that month. He had"
            " commanded an army in the battles of August 1914 and the following winter. At a meeting on 14"
            " April, he asked for guns.",
            [
                ("March 1916", "DATE", "1916-03"),
                ("that month", "DATE", "1916-03"),
                ("August 1914", "DATE", "1914-08"),
                ("the following winter", "DATE", "1914-WI"),
                ("14 April", "DATE", "1916-04-14"),
            ],
        ),
        (
            "The new admiral arrived in May 1805. He had served in the blockade of January 1801 and the"
            " following spring, and knew the coast. On 20 June he sailed.",
            [
                ("May 1805", "DATE", "1805-05"),
                ("January 1801", "DATE", "1801-01"),
                ("the following spring", "DATE", "1801-SP"),
                ("20 June", "DATE", "1805-06-20"),
            ],
        ),
    ],
)
def test_past_perfect_glance_back_at_another_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2013, 6, 4), kind=NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            'The siege began in February 1916, and the words "They shall not pass", first used in the spring,'
            " became its slogan.",
            "the spring",
            "1916-SP",
        ),
        (
            'The defence of the town began in June 1940, and the order "They shall not land", first given in the'
            " summer, was read to every unit.",
            "the summer",
            "1940-SU",
        ),
    ],
)
def test_quoted_sentence_gives_no_tense(text: str, surface: str, expected: str) -> None:
    found = {s: value for s, _, value in typed(text, None, kind=NARRATIVE)}
    assert found[surface] == expected
