"""Second reader's review of the rules added with the blind sets 111 (news) and 112 (narrative): each finding
with a sentence of our own.

- "He held his breath for a minute and a second before surfacing": "a second" closes the length when a word
  placing it in time or against another follows ("before", "after", "until", "since", "than", "short"),
  as it does before a comma or "or"; only a noun after it makes it the ordinal ("and a second test took
  three"). "a second later" after a comma stays out: it opens an offset of its own.
- "On 29 May 1957 they reached the top, four years after the 1953 climb. The party rested on 29 May": a
  year in the dated day's own sentence is set beside that day and does not take the story back; nor does a
  year compared ("worse than 1915", "as in 1953"), nor one whose own sentence is a past perfect told before
  the year ("as Hillary had in 1953"), where "had" after the year only was looked for.
- "They stayed until the Midwinter": a capitalised "the Midsummer"/"the Midwinter" after a preposition
  bounding a time is the season's middle, written capitalised in older prose, not a ship's or inn's name.

Left, with why:
- "The cafe stays open late tonight", "The pool was open late on Friday": the open-late rule covers only
  the relative unit ("this weekend"); "late" before a deictic or a weekday goes through other handlers,
  and "Is the shop open late this weekend?" (a question, the verb before the subject) is missed too.
- "She was born in 1921. On 30 May they came down", "Hunt, who led the 1953 team, ...": a year told in
  passing moves the story's reference year (older behaviour for days not dated before); telling a passing
  year from a move of the story needs more than the words around it.
- "On Dominion Day they marched" read from a DCT after 1982 gives the last 1 July before the DCT, which the
  name itself rules out; "The Dominion Day parade was in 1950" keeps the DCT's year too.
- "The Midwinter was cold and dark": a season or a ship's name; the rule reads the name.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WEDNESDAY = date(2021, 3, 10)
FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He held his breath for a minute and a second before surfacing.",
            [("a minute and a second", "DURATION", "PT1M1S")],
        ),
        (
            "The old mark stood at two hours and a second until Monday.",
            [("two hours and a second", "DURATION", "PT2H1S"), ("Monday", "DATE", "2021-03-08")],
        ),
        (
            "Her time was an hour and a second short of the record.",
            [
                ("an hour and a second", "DURATION", "PT1H1S"),
            ],
        ),
        ("He paused for a second before answering.", [("a second", "DURATION", "PT1S")]),
        # a noun after it keeps the ordinal; "a second later" after a comma is no part of the length
        ("The test took two hours, and a second test took three.", [("two hours", "DURATION", "PT2H")]),
        ("It took two hours, and a second later it broke.", [("two hours", "DURATION", "PT2H")]),
        ("He won for a second time.", []),
    ],
)
def test_a_second_closing_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 29 May 1957 they reached the top, four years after the 1953 climb. The party rested on 29 May.",
            [
                ("29 May 1957", "DATE", "1957-05-29"),
                ("four years", "DURATION", "P4Y"),
                ("1953", "DATE", "1953"),
                ("29 May", "DATE", "1957-05-29"),
            ],
        ),
        (
            "The gale struck on 12 March 1921. A farmer said it was worse than 1915. Crews cleared the lanes "
            "on 12 March.",
            [
                ("12 March 1921", "DATE", "1921-03-12"),
                ("1915", "DATE", "1915"),
                ("12 March", "DATE", "1921-03-12"),
            ],
        ),
        (
            "On 29 May 1957 they stood on the top, as Hillary had in 1953. The night of 29 May was spent in camp.",
            [
                ("29 May 1957", "DATE", "1957-05-29"),
                ("1953", "DATE", "1953"),
                ("29 May", "DATE", "1957-05-29"),
            ],
        ),
        # a year that does take the story back still does
        (
            "The mill opened on 3 August 1911. Building began in 1908, and on 3 August the roof went on.",
            [
                ("3 August 1911", "DATE", "1911-08-03"),
                ("1908", "DATE", "1908"),
                ("3 August", "DATE", "1908-08-03"),
            ],
        ),
    ],
)
def test_year_set_beside_a_dated_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They stayed until the Midwinter.", [("the Midwinter", "DATE", "2023-WI")]),
        ("The ice held throughout the Midwinter.", [("the Midwinter", "DATE", "2023-WI")]),
        # a name still, in apposition or before a noun after "by"
        ("His barge, the Midwinter, sank.", []),
        ("They sailed by the Midsummer rocks.", []),
    ],
)
def test_midseason_after_a_bounding_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
