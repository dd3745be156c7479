"""Rules added after the thirty-eighth blind narrative set (`data/gold/timex/blind_narrative_38.jsonl`,
histories of laws, reforms and campaigns) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "in the preceding weeks", "the previous months": the stretch leading up to a time just told is a
  length with no count, as "the following weeks" after it is; "the previous years' figures" is a
  possessive of another noun.
- "Historians of the movement today give more weight": a base-form verb after a date cannot agree with
  the singular noun of an of-phrase, so its subject is the plural head the phrase hangs on and the clause
  is in the present; the day word is the writer's, not the story's.
- "where Mill, elected for the city the year before, presented it": a past participle or a relative
  clause set off by commas after a name tells that person's background in passing; the story stays at
  the time it had reached, and "The following spring" counts from there.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

PUBLISHED = date(2016, 9, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The canal opened in May 1894. Posters put up in the preceding weeks had promised free rides.",
            [("May 1894", "DATE", "1894-05"), ("the preceding weeks", "DURATION", "PXW")],
        ),
        (
            "The treaty was signed in 1713, although the fighting had died down in the previous months.",
            [("1713", "DATE", "1713"), ("the previous months", "DURATION", "PXM")],
        ),
        (
            "The census of 1851 counted twice the people of the preceding decades.",
            [("1851", "DATE", "1851"), ("the preceding decades", "DURATION", "PXDE")],
        ),
        # a possessive names another noun's owner, not a stretch of time
        ("The mill's output beat the previous years' totals.", []),
    ],
)
def test_the_stretch_before_a_time_just_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tramway closed in March 1931. Historians of the city today give it more credit than the council did.",
            [("March 1931", "DATE", "1931-03"), ("today", "DATE", "2016-09-12")],
        ),
        (
            "The guild was dissolved in 1764. Members of the old guild today meet in a hall its masters built.",
            [("1764", "DATE", "1764"), ("today", "DATE", "2016-09-12")],
        ),
    ],
)
def test_a_present_verb_after_an_of_phrase_on_a_plural_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, PUBLISHED, kind=DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May 1871 the petition reached the council, where Hale, elected mayor the year before, "
            "read it aloud. The following spring the council voted on it.",
            [
                ("4 May 1871", "DATE", "1871-05-04"),
                ("the year before", "DATE", "1870"),
                ("The following spring", "DATE", "1872-SP"),
            ],
        ),
        (
            "The strike began in March 1921. Its leader, Evans, appointed two years earlier, called the men "
            "out. The following winter the pits closed.",
            [
                ("March 1921", "DATE", "1921-03"),
                ("two years earlier", "DATE", "1919"),
                ("The following winter", "DATE", "1921-WI"),
            ],
        ),
        # a date and a comma before a past verb make a series of acts, no aside: the story moves on
        (
            "The column landed on the coast on 2 May 1799, routed the garrison at Acre on 9 May, and "
            "entered the town that evening.",
            [
                ("2 May 1799", "DATE", "1799-05-02"),
                ("9 May", "DATE", "1799-05-09"),
                ("that evening", "TIME", "1799-05-09TEV"),
            ],
        ),
        # with no aside the step moves the story: the next one counts from it
        (
            "The strike began in March 1921. Evans was elected mayor two years later. The following "
            "year he was dismissed.",
            [
                ("March 1921", "DATE", "1921-03"),
                ("two years later", "DATE", "1923"),
                ("The following year", "DATE", "1924"),
            ],
        ),
    ],
)
def test_a_step_told_in_an_aside_on_a_name_leaves_the_story_where_it_was(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None, kind=DocumentKind.NARRATIVE) == expected
