"""Rules added after the forty-seventh blind narrative set (`data/gold/timex/blind_narrative_47.jsonl`)
was scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A sentence opening on "By" and a year, then a plural subject and its verb ("By 1914 aeroplanes could
  climb", "By 1900 cables crossed the sea"), is set in that year as one opening on "In" is; a past
  auxiliary or modal after the plural ("were", "had", "could") shows it is the subject, so the number
  counts nothing. A count is written with its comma or goes on with a noun ("By 312 votes to 250").
- A past perfect followed in its sentence by a date with its year ("had flown a model in May 1896, and a
  second one in November stayed up") has that date as its own time: a month told after it goes on from
  it. A past perfect after the date ("In March 1900 he wrote that he had arrived in November") still
  looks back from it.
- A year looked back to after "of" and a common noun ("the lost cable of the previous year") names the
  thing it qualifies; the story stays in the year it was in, and a month told next falls there.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WRITTEN = date(2021, 5, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trains ran on the line from 1890. By 1914 motor buses could carry more people than the trams.",
            [("1890", "DATE", "1890"), ("1914", "DATE", "1914")],
        ),
        (
            "The survey ended. By 1905 ferries were crossing the lake in all weathers.",
            [("1905", "DATE", "1905")],
        ),
        ("The old mill closed. In 1931 workers had already left the valley.", [("1931", "DATE", "1931")]),
        ("By 1870 railways crossed most of the county.", [("1870", "DATE", "1870")]),
        ("By 312 votes to 250 members rejected the motion.", []),
        ("In 2000 patients treated with the drug the fever fell.", []),
    ],
)
def test_a_sentence_opening_on_by_and_a_year_before_its_plural_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The society had tested a small engine in April 1887, and a larger one in October ran for an hour.",
            [
                ("April 1887", "DATE", "1887-04"),
                ("October", "DATE", "1887-10"),
                ("an hour", "DURATION", "PT1H"),
            ],
        ),
        (
            "She had opened her first shop in March 1902, and a second in September did even better.",
            [("March 1902", "DATE", "1902-03"), ("September", "DATE", "1902-09")],
        ),
        (
            "In March 1900 he wrote that he had arrived in November.",
            [("March 1900", "DATE", "1900-03"), ("November", "DATE", "1899-11")],
        ),
    ],
)
def test_a_past_perfect_dated_in_its_own_sentence_goes_on_from_that_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dredger went out on 3 June 1871. It then searched for the lost anchor of the previous year."
            " The anchor was raised in late August.",
            [
                ("3 June 1871", "DATE", "1871-06-03"),
                ("the previous year", "DATE", "1870"),
                ("late August", "DATE", "1871-08"),
            ],
        ),
        (
            "The mill reopened in 1923. The debts of the previous year were paid off, and in November it"
            " showed a profit.",
            [
                ("1923", "DATE", "1923"),
                ("the previous year", "DATE", "1922"),
                ("November", "DATE", "1923-11"),
            ],
        ),
    ],
)
def test_a_year_looked_back_to_after_a_noun_and_of_leaves_the_story_where_it_was(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, DocumentKind.NARRATIVE) == expected
