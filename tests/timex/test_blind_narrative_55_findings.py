"""Rules added after the fifty-fifth blind narrative set (`data/gold/timex/blind_narrative_55.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A story's closing "Today" whose subject holds a relative clause in the past ("Today the square that
  replaced the market bears her name, though ...") is governed by the present main verb after that
  clause; a later clause set off by a comma ("though a plan was dropped") is not the word's own.
- "today" opening a clause joined by "and" whose verb the tense reader does not see ("they have two
  daughters and today live in the town where he was born") takes no tense from a past verb inside a
  relative clause after it: the story's own verb is unknown, and a story standing on a month or a year
  has no day of its own, so the word is the writer's now.
- A year named as what a plan is for ("her budget for 2009, presented in December", "the party's
  programme for 1936, drawn up that winter") is the period planned, fixed before it begins: the story
  stays on the time it had reached, so a bare month after it falls in that time's year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

WRITTEN = date(2021, 3, 15)

STORY = "A history of the ward published in 1987 called him the best mayor the town ever had. "


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            STORY + "Today the square that replaced the market bears her name, though a plan for a "
            "fountain was dropped.",
            None,
            [("1987", "DATE", "1987"), ("Today", "DATE", "PRESENT_REF")],
        ),
        (
            STORY + "Today the square that replaced the market bears her name, though a plan for a "
            "fountain was dropped.",
            WRITTEN,
            [("1987", "DATE", "1987"), ("Today", "DATE", "2021-03-15")],
        ),
        (
            STORY + "Today the corner where the old market stood has a bank on it.",
            None,
            [("1987", "DATE", "1987"), ("Today", "DATE", "PRESENT_REF")],
        ),
        (
            "Her second book came out in May 2019. She is married to a surveyor; they have two "
            "daughters and today live in the town where he was born.",
            WRITTEN,
            [("May 2019", "DATE", "2019-05"), ("today", "DATE", "2021-03-15")],
        ),
    ],
)
def test_story_today_in_present_clause_is_writers_now(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a story told day by day keeps its own "today" when a past verb governs it
            "On 3 May 1921 the bridge was opened. Today the men who built it marched through the town.",
            [("3 May 1921", "DATE", "1921-05-03"), ("Today", "DATE", "1921-05-03")],
        ),
    ],
)
def test_story_today_in_past_clause_stays_the_storys(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She became minister of finance in October 2008. Her budget for 2009, presented in "
            "December, cut spending by a tenth.",
            [("October 2008", "DATE", "2008-10"), ("2009", "DATE", "2009"), ("December", "DATE", "2008-12")],
        ),
        (
            "The party met in the autumn of 1935. Its programme for 1936, published in November, "
            "promised land reform.",
            [
                ("the autumn of 1935", "DATE", "1935-FA"),
                ("1936", "DATE", "1936"),
                ("November", "DATE", "1935-11"),
            ],
        ),
        (
            # a year that is not what a plan is for moves the story on as usual
            "She became minister of finance in October 2008. She stood for parliament in 2009 and "
            "lost in December.",
            [("October 2008", "DATE", "2008-10"), ("2009", "DATE", "2009"), ("December", "DATE", "2009-12")],
        ),
    ],
)
def test_year_a_plan_is_for_keeps_story_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, kind=DocumentKind.NARRATIVE) == expected
