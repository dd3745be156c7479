"""Rules added after the ninety-seventh blind narrative set (`data/gold/timex/blind_narrative_97.jsonl`,
encyclopedia and heritage-society histories of railways: an opening day told by the clock, a
transcontinental line and its last spike, a coastal trunk line built in sections, a branch line closed and
reopened by volunteers) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "The canal was closed in 1961, restored in two stages between 1983 and 2002, and now carries 40,000 boats
  a year": the "and" of "between 1983 and 2002" closes a range; with a figure, not a comma, before it, it
  opens no new clause, so the year keeps the tense of the verb before it ("restored") and the present after
  ", and now carries" does not make the history's lead a story told in the present.
- "In 1883 a gang could lay two miles of track between sunrise and sunset", "In 2004 the last train left at
  8.40 p.m. ... after midnight. Half an hour later", "In 1883 the crews rested at dawn. The next morning":
  a time of a day the story never named, or of the day after it, is on an unnamed day of the story's year
  too (1883-XX-XXTEV), never on 1 or 2 January.
- "the figures 1,913 and 1204", "between 1,500 and 1800 men": a number paired by "and" or "or" with a
  figure whose thousands are grouped by a comma, which no year is written with, is a figure too.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

SATURDAY = date(2024, 6, 1)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "dct", "kind", "expected"),
    [
        (
            "The canal was closed in 1961, restored in two stages between 1983 and 2002, and now carries 40,000 "
            "boats a year. It was opened in 1794. The last working barge left Tenby on Friday, 5 May 1961, and "
            "reached the basin at 9 p.m., watched by a crowd. Today boats leave at 10 a.m. on Saturdays and "
            "Sundays, and the trip takes two hours. The café opens at 9 a.m. daily, and the museum opens at noon.",
            SATURDAY,
            NARRATIVE,
            [
                ("1961", "DATE", "1961"),
                ("1983", "DATE", "1983"),
                ("2002", "DATE", "2002"),
                ("now", "DATE", "PRESENT_REF"),
                ("a year", "SET", "P1Y"),
                ("1794", "DATE", "1794"),
                ("Friday, 5 May 1961", "DATE", "1961-05-05"),
                ("9 p.m.", "TIME", "1961-05-05T21:00"),
                ("Today", "DATE", "2024-06-01"),
                ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
                ("Saturdays", "SET", "XXXX-WXX-6"),
                ("Sundays", "SET", "XXXX-WXX-7"),
                ("two hours", "DURATION", "PT2H"),
                ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
                ("daily", "SET", "P1D"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ],
        ),
        # after a comma, ", and" still opens the next clause, whose present looks ahead
        (
            "The team lost heavily in March, and June brings the final at Wembley.",
            date(2025, 4, 1),
            None,
            [("March", "DATE", "2025-03"), ("June", "DATE", "2025-06")],
        ),
    ],
)
def test_range_and_after_a_figure_opens_no_clause(
    text: str, dct: date, kind: DocumentKind | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1883 a gang of 400 could lay two miles of track between sunrise and sunset.",
            [
                ("1883", "DATE", "1883"),
                ("sunrise", "TIME", "1883-XX-XXTMO"),
                ("sunset", "TIME", "1883-XX-XXTEV"),
            ],
        ),
        (
            "In 2004 the last train left at 8.40 p.m. and the crowd sang until after midnight. Half an hour later "
            "the engine left.",
            [
                ("2004", "DATE", "2004"),
                ("8.40 p.m.", "TIME", "2004-XX-XXT20:40"),
                ("midnight", "TIME", "2004-XX-XXT24:00"),
                ("Half an hour later", "TIME", "2004-XX-XXT00:30"),
            ],
        ),
        (
            "In 1883 the crews rested at dawn. The next morning they left.",
            [
                ("1883", "DATE", "1883"),
                ("dawn", "TIME", "1883-XX-XXTMO"),
                ("The next morning", "TIME", "1883-XX-XXTMO"),
            ],
        ),
        # a day the story named is counted on from as before
        (
            "On 4 May 1883 the crews rested at dawn. The next morning they left at 8 a.m. Half an hour later it "
            "rained.",
            [
                ("4 May 1883", "DATE", "1883-05-04"),
                ("dawn", "TIME", "1883-05-04TMO"),
                ("The next morning", "TIME", "1883-05-05TMO"),
                ("8 a.m.", "TIME", "1883-05-05T08:00"),
                ("Half an hour later", "TIME", "1883-05-05T08:30"),
            ],
        ),
    ],
)
def test_times_of_an_unnamed_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stone has the figures 1,913 and 1204 cut into it.", []),
        ("Between 1,500 and 1800 men were lost in the storm.", []),
        ("The mill wove 12,000 or 1450 yards a week.", [("a week", "SET", "P1W")]),
        # years paired with each other, or after a count that is not beside them, stay years
        ("The line grew between 1979 and 2004.", [("1979", "DATE", "1979"), ("2004", "DATE", "2004")]),
        (
            "It carried 1,200 tons in 1911 and 1912.",
            [("1911", "DATE", "1911"), ("1912", "DATE", "1912")],
        ),
    ],
)
def test_number_paired_with_a_grouped_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected
