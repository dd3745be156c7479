"""Rules added after the fifty-seventh blind narrative set (`data/gold/timex/blind_narrative_57.jsonl`) was
scored once: each row is a sentence of our own showing the general English usage behind one finding.

- "one day" after a modal or "hoped" ("might one day be worth", "will one day look back", "hoped one day
  to return") is the adverb "at some time to come" (FUTURE_REF, as TimeBank tags "will one day"), not a
  length of one day; "It took one day" still is.
- A month's name written in capitals inside a line of lower-case prose, with no number beside it and no
  preposition before it, is a name spelt in capitals (an agent's code name: "Thane appears in the
  cables as SEPTEMBER"), not the month; a heading line, a dated label ("12 SEPTEMBER") and a shouted
  month after its preposition ("see you in JUNE") stay months.
- "the week before" or "the day after" told right after the day a plan was set for ("planned to question
  him on Monday 28 May. A friend warned him the week before") is counted from that day when the story
  itself stands on no day or week: the planned day does not move the story, but it is the day the
  relation names.
- In a story, the date of a thing's making given by a participle after its noun ("a tape of a telephone
  call made in 1986", "a letter written in 1920") looks back from the story's time when it lies before
  it: the story stays where it was, and a bare month told next is in the story's year. A later date so
  given ("The treaty signed in 1648 ended it"), or one a when-clause goes on to tell ("a survey made in
  1931, when she was a student"), is where the story goes on.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

STORY_DCT = date(2016, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lawyer argued that the pilot might one day be worth exchanging.",
            [("one day", "DATE", "FUTURE_REF")],
        ),
        (
            "She hoped one day to return to the valley where she was born.",
            [("one day", "DATE", "FUTURE_REF")],
        ),
        ("We will one day look back on all this and laugh.", [("one day", "DATE", "FUTURE_REF")]),
        ("The repair took one day.", [("one day", "DURATION", "P1D")]),
        ("The strike could last one day or two.", [("one day", "DURATION", "P1D")]),
    ],
)
def test_one_day_after_a_modal_is_some_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, STORY_DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the radio traffic the courier is HERON and the cipher clerk, oddly, OCTOBER.", []),
        ("Her handlers called her JUNE, and she never learned why.", []),
        (
            "The choir last sang in JUNE, the organist said.",
            [("JUNE", "DATE", "2016-06")],
        ),
        (
            "The minutes of the board meeting, 14 NOVEMBER 2015, were read aloud.",
            [("14 NOVEMBER 2015", "DATE", "2015-11-14")],
        ),
        (
            "NOVEMBER\nThe library reopened after its roof was mended.",
            [("NOVEMBER", "DATE", "2016-11")],
        ),
    ],
)
def test_a_month_name_in_capitals_within_prose_is_a_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, STORY_DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By late 1962 the inquiry had a suspect. Detectives planned to arrest him on Friday 14 December. "
            "His brother tipped him off the week before, and he vanished.",
            [
                ("late 1962", "DATE", "1962"),
                ("Friday 14 December", "DATE", "1962-12-14"),
                ("the week before", "DATE", "1962-W49"),
            ],
        ),
        (
            "In 1977 the union agreed to hold its vote on 3 March. Ballot papers went out the day before.",
            [
                ("1977", "DATE", "1977"),
                ("3 March", "DATE", "1977-03-03"),
                ("the day before", "DATE", "1977-03-02"),
            ],
        ),
    ],
)
def test_the_week_before_a_planned_day_is_counted_from_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, STORY_DCT, DocumentKind.NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A clerk handed the police a bundle of papers in March 1971. Among them was a letter written in "
            "1958, and detectives who read it in April saw that the signature was forged.",
            [
                ("March 1971", "DATE", "1971-03"),
                ("1958", "DATE", "1958"),
                ("April", "DATE", "1971-04"),
            ],
        ),
        (
            "The museum bought the reel in 2004. It holds a film shot in 1936 by a ferry captain, which "
            "curators restored in May.",
            [("2004", "DATE", "2004"), ("1936", "DATE", "1936"), ("May", "DATE", "2004-05")],
        ),
        (
            "In 1962 she published her study of the mill towns. It grew out of a survey made in 1931, when "
            "she was a student, and two years later she began the interviews.",
            [("1962", "DATE", "1962"), ("1931", "DATE", "1931"), ("two years later", "DATE", "1933")],
        ),
        (
            "The siege of the port began in 1645. The treaty signed in 1648 ended it, and in May the "
            "garrison marched out.",
            [("1645", "DATE", "1645"), ("1648", "DATE", "1648"), ("May", "DATE", "1648-05")],
        ),
    ],
)
def test_a_things_date_of_making_does_not_move_the_story(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, STORY_DCT, DocumentKind.NARRATIVE) == expected
