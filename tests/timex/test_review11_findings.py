"""Second reading of b06c3a4: sentences of our own where the new rules overreached, each with the
reading the rule's own docstring promises or the one the engine gave before."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year names an event before "of": "the 1815 sailing" stays a clock time, these do not
        ("The 1944 crossing of the Rhine was a turning point.", [("1944", "DATE", "1944")]),
        ("They recalled the 1953 flight of the Comet.", [("1953", "DATE", "1953")]),
        # "it will be two weeks on Monday since": a length reached on the day, not Monday week
        (
            "It will be two weeks on Monday since he disappeared.",
            [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2022-02-07")],
        ),
        # after "in", "the fall in" and a place is the season, not a decline
        ("We moved there in the fall in rural Ohio.", [("the fall", "DATE", "2021-FA")]),
        # figures of a month that are the subject of "will": the month ahead
        ("Exports in November will rise again, officials forecast.", [("November", "DATE", "2022-11")]),
        # "on Saturday and Sunday" with hours: the days of one week, not a schedule
        (
            "The fair was open on Saturday and Sunday 10am-4pm and drew 5,000 visitors.",
            [
                ("Saturday", "DATE", "2022-01-29"),
                ("Sunday 10am", "TIME", "2022-01-30T10:00"),
                ("4pm", "TIME", "2022-01-30T16:00"),
            ],
        ),
        # "a three-day weekend" with no day named in its sentence is no particular weekend
        (
            "Many firms offer staff a three-day weekend.",
            [("three-day", "DURATION", "P3D")],
        ),
        (
            "Workers will get a four-day weekend in May.",
            [("four-day", "DURATION", "P4D"), ("May", "DATE", "2022-05")],
        ),
        # "the same month last year" with no month named before: still a month
        (
            "Sales on Tuesday were higher than in the same month last year.",
            [("Tuesday", "DATE", "2022-02-01"), ("the same month last year", "DATE", "2021-02")],
        ),
    ],
)
def test_new_rules_keep_to_their_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


def test_a_verb_joined_to_a_past_perfect_stays_in_the_glance() -> None:
    text = (
        "On 3 March 1941 the army crossed the river. Two years earlier, he had reached the cape on 20 March"
        " and sailed on 2 April. On 5 April the army took the town."
    )
    assert typed(text, date(2020, 5, 5), NARRATIVE) == [
        ("3 March 1941", "DATE", "1941-03-03"),
        ("Two years earlier", "DATE", "1939"),
        ("20 March", "DATE", "1939-03-20"),
        ("2 April", "DATE", "1939-04-02"),
        ("5 April", "DATE", "1941-04-05"),
    ]


def test_a_word_in_est_that_is_no_superlative() -> None:
    text = (
        "In 1921 the hotel opened in Bath. In 1925 it burned down, and in 1926 it was rebuilt. In 1930 it"
        " was sold. Today it is the guest house of the year, according to a magazine."
    )
    assert typed(text, THURSDAY, NARRATIVE)[-1] == ("the year", "DATE", "2022")
