"""Rules added after the hundred-and-eleventh blind news set (`data/gold/timex/blind_news_111.jsonl`, video
games, gaming and technology-culture news: a console maker's launch plans, a studio's closure, a review, a
Saturday games column, an esports final, console launch queues, a retro-games auction, patch notes, a
release-date delay and an undated explainer) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "The studio said it would ship its 64-bit edition in the autumn": a word joined by a hyphen to a figure
  ("64-bit", "5-set") is the unit of a measure before a noun, never a verb, so its past form ("bit", "set")
  does not turn the clause past; the modal "would" tells the season ahead.
- "The first draft took three hours, and a second draft took two": "a second" before a noun is the
  ordinal, not one more second of the length before it; "a minute and a second" and "two hours, and a
  second." still join.
- "Keystone moved the launch to March last May": after a month "last" ("next") followed by a month or a
  weekday determines that name, so the first month does not take it in the older order "since July last".
- "The pool is open late this weekend", "stays open late next week": after a state kept open, "late" tells
  the hours, so it stays out of the expression and gives no END; "the library opens late next week" may
  date the opening to the week's end and keeps it.
- "The market now opens on Thursdays instead of Fridays", "rather than Sundays": the standing day a
  schedule had, set against the one it has, recurs too.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

WEDNESDAY = date(2021, 3, 10)
SATURDAY = date(2021, 3, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The studio said on Monday it would ship its 64-bit edition in the autumn.",
            [("Monday", "DATE", "2021-03-08"), ("the autumn", "DATE", "2021-FA")],
        ),
        ("The club said it would field a 5-set squad in the spring.", [("the spring", "DATE", "2021-SP")]),
        # a past verb of the clause itself still reads back
        ("The firm said it had sold its 64-bit edition in the autumn.", [("the autumn", "DATE", "2020-FA")]),
        ("The dog bit a postman in the autumn.", [("the autumn", "DATE", "2020-FA")]),
    ],
)
def test_word_joined_to_a_figure_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first draft took three hours, and a second draft took two.",
            [("three hours", "DURATION", "PT3H")],
        ),
        (
            "She held the note for ten seconds, and a second singer joined her.",
            [("ten seconds", "DURATION", "PT10S")],
        ),
        # "a second" closing the length still joins it
        ("The repair took a minute and a second.", [("a minute and a second", "DURATION", "PT1M1S")]),
        ("The race took two hours, and a second.", [("two hours, and a second", "DURATION", "PT2H1S")]),
    ],
)
def test_a_second_before_its_noun_is_an_ordinal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keystone moved the launch to March last May.",
            [("March", "DATE", "2021-03"), ("last May", "DATE", "2020-05")],
        ),
        (
            "The council moved the fair to June last Tuesday.",
            [("June", "DATE", "2021-06"), ("last Tuesday", "DATE", "2021-03-09")],
        ),
        # the older order stays where no name follows
        ("He has lived in Leeds since July last.", [("July last", "DATE", "2020-07")]),
        ("The meeting, held in June last, agreed the plan.", [("June last", "DATE", "2020-06")]),
    ],
)
def test_last_before_a_name_goes_with_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pool is open late this weekend.", [("this weekend", "2021-W10-WE", None)]),
        ("The museum stays open late next week for the festival.", [("next week", "2021-W11", None)]),
        # an opening or a time told late in the period keeps "late" and its END
        ("The new library opens late next week.", [("late next week", "2021-W11", "END")]),
        ("The results come late this week.", [("late this week", "2021-W10", "END")]),
    ],
)
def test_open_late_tells_the_hours(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The market now opens on Thursdays instead of Fridays.",
            [
                ("now", "DATE", "PRESENT_REF"),
                ("Thursdays", "SET", "XXXX-WXX-4"),
                ("Fridays", "SET", "XXXX-WXX-5"),
            ],
        ),
        (
            "Lessons run on Mondays rather than Sundays.",
            [("Mondays", "SET", "XXXX-WXX-1"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
        # "of" after another word leads no standing day
        ("It was the best of Fridays.", []),
    ],
)
def test_plural_weekday_set_against_another(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected
