"""Leftovers of earlier rounds in narratives and habits: each row is a sentence of our own showing the
general English usage behind one mend, with the look-alikes that must stay as they are.

- "the leaves that fall in October", "prices that fall sharply", "the petals that spring from the bud",
  "the geese that winter in the marsh": a season word after a relative "that" with a plural or mass
  subject before it and a verb's continuation after it is the verb; "That fall he enlisted", "in that
  summer", "spent a few days that fall in Vermont" and "hired ten men that spring in Boston" stay seasons.
- "The mill opened at 6 a.m. On 3 May 1921 ...": the stop of "a.m." ends the sentence, so the next
  sentence's day is not the clock time's; "always", "often" and the like make a past verb's clock time
  a habit as "usually" does.
- A past habit's clock time earlier in a story ("He usually rose at 5 a.m.") does not stop a later
  sentence's clock times going on from that sentence's own habit.
- "Every day he rose at dawn and slept at dusk", "He usually rose at dawn": a part of the day in a habit
  of the story's past is that of every day; "That morning he rose at dawn" stays the story's day.
- "Each summer they left by the Fourth of July", "They usually spent Christmas with her mother": a fixed
  feast in a habit of the story's past is that day of every year; "They left on the Fourth of July" and
  "every day until Christmas" stay one year's.
"""

from __future__ import annotations

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

STORY = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1850 the village was poor. The leaves that fall in October were gathered for bedding.",
            [("1850", "DATE", "1850"), ("October", "DATE", "1850-10")],
        ),
        (
            "In 1850 the village was poor. The rains that fall in spring flooded the fields.",
            [("1850", "DATE", "1850"), ("spring", "DATE", "1850-SP")],
        ),
        (
            "In 1850 the village was poor. Prices that fall sharply ruined the farmers.",
            [("1850", "DATE", "1850")],
        ),
        (
            "In 1850 the village was poor. The petals that spring from the bud were white.",
            [("1850", "DATE", "1850")],
        ),
        (
            "In 1850 the village was poor. The geese that winter in the marsh left early.",
            [("1850", "DATE", "1850")],
        ),
        (
            "In 1850 the village was poor. The soldiers that fall ill are sent home.",
            [("1850", "DATE", "1850")],
        ),
        # look-alikes that stay seasons
        (
            "In 1850 the village was poor. That fall he enlisted.",
            [("1850", "DATE", "1850"), ("That fall", "DATE", "1850-FA")],
        ),
        (
            "In 1850 the village was poor. In that summer the well ran dry.",
            [("1850", "DATE", "1850"), ("that summer", "DATE", "1850-SU")],
        ),
        (
            "In 1850 the village was poor. He spent a few days that fall in Vermont.",
            [("1850", "DATE", "1850"), ("a few days", "DURATION", "PXD"), ("that fall", "DATE", "1850-FA")],
        ),
        (
            "In 1850 the village was poor. He hired ten men that spring in Boston.",
            [("1850", "DATE", "1850"), ("that spring", "DATE", "1850-SP")],
        ),
        (
            "In 1850 the village was poor. They drove cattle that fall from Texas to Kansas.",
            [("1850", "DATE", "1850"), ("that fall", "DATE", "1850-FA")],
        ),
        (
            "In 1850 the village was poor. His plans that spring were modest.",
            [("1850", "DATE", "1850"), ("that spring", "DATE", "1850-SP")],
        ),
    ],
)
def test_season_word_as_verb_after_relative_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill usually opened at 6 a.m. On 3 May 1921 the workers found the gates locked.",
            [("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("3 May 1921", "DATE", "1921-05-03")],
        ),
        (
            "The mill opened at 6 a.m. On 3 May 1921 the workers found the gates locked.",
            [("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("3 May 1921", "DATE", "1921-05-03")],
        ),
        (
            "On 2 May 1921 the strike began. The mill always opened at 6 a.m. in those years.",
            [("2 May 1921", "DATE", "1921-05-02"), ("6 a.m.", "TIME", "XXXX-XX-XXT06:00")],
        ),
        # look-alikes: one day's clock time
        (
            "On 2 May 1921 the strike began. The mill opened at 6 a.m.",
            [("2 May 1921", "DATE", "1921-05-02"), ("6 a.m.", "TIME", "1921-05-02T06:00")],
        ),
        (
            "The mill opened at 6 a.m. on 3 May 1921.",
            [("6 a.m.", "TIME", "1921-05-03T06:00"), ("3 May 1921", "DATE", "1921-05-03")],
        ),
    ],
)
def test_clock_time_of_a_past_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He usually rose at 5 a.m. On 4 June 1930 the doors opened at 6:30 p.m. every night and the band"
            " played at 7:30.",
            [
                ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
                ("4 June 1930", "DATE", "1930-06-04"),
                ("6:30 p.m.", "TIME", "XXXX-XX-XXT18:30"),
                ("every night", "SET", "XXXX-XX-XXTNI"),
                ("7:30", "TIME", "XXXX-XX-XXT19:30"),
            ],
        ),
        # the same sentence without the earlier habit
        (
            "On 4 June 1930 the doors opened at 6:30 p.m. every night and the band played at 7:30.",
            [
                ("4 June 1930", "DATE", "1930-06-04"),
                ("6:30 p.m.", "TIME", "XXXX-XX-XXT18:30"),
                ("every night", "SET", "XXXX-XX-XXTNI"),
                ("7:30", "TIME", "XXXX-XX-XXT19:30"),
            ],
        ),
        # the habit's own sentence still tells one day's time after it
        (
            "On 4 June 1930 the mill, which usually closed at 6 p.m., stayed open until 9 p.m.",
            [
                ("4 June 1930", "DATE", "1930-06-04"),
                ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
                ("9 p.m.", "TIME", "1930-06-04T21:00"),
            ],
        ),
    ],
)
def test_past_habit_of_an_earlier_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1862 he fell ill. Every day he rose at dawn and slept at dusk.",
            [
                ("1862", "DATE", "1862"),
                ("Every day", "SET", "P1D"),
                ("dawn", "TIME", "XXXX-XX-XXTMO"),
                ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ],
        ),
        (
            "In 1862 he fell ill. He was fed at dawn and at noon each day.",
            [
                ("1862", "DATE", "1862"),
                ("dawn", "TIME", "XXXX-XX-XXTMO"),
                ("noon", "TIME", "XXXX-XX-XXT12:00"),
                ("each day", "SET", "P1D"),
            ],
        ),
        (
            "In 1862 he fell ill. He usually rose at dawn.",
            [("1862", "DATE", "1862"), ("dawn", "TIME", "XXXX-XX-XXTMO")],
        ),
        # look-alikes: one day of the story
        (
            "On 3 May 1862 he fell ill. He rose at dawn and walked to the river.",
            [("3 May 1862", "DATE", "1862-05-03"), ("dawn", "TIME", "1862-05-03TMO")],
        ),
        (
            "In 1862 he fell ill. He rose at dawn every day, and on 4 May he left at dusk.",
            [
                ("1862", "DATE", "1862"),
                ("dawn", "TIME", "1862-XX-XXTMO"),
                ("every day", "SET", "P1D"),
                ("4 May", "DATE", "1862-05-04"),
                ("dusk", "TIME", "1862-05-04TEV"),
            ],
        ),
    ],
)
def test_part_of_day_in_a_past_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, STORY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1880 the family lived on the coast. Each summer they left by the Fourth of July.",
            [
                ("1880", "DATE", "1880"),
                ("Each summer", "SET", "XXXX-SU"),
                ("the Fourth of July", "DATE", "XXXX-07-04"),
            ],
        ),
        (
            "In 1880 the family lived on the coast. Every year they went to church on Christmas Day.",
            [("1880", "DATE", "1880"), ("Every year", "SET", "P1Y"), ("Christmas Day", "DATE", "XXXX-12-25")],
        ),
        (
            "In 1880 the family lived on the coast. They usually spent Christmas with her mother.",
            [("1880", "DATE", "1880"), ("Christmas", "DATE", "XXXX-12-25")],
        ),
        (
            "In 1880 the family lived on the coast. They always left by the Fourth of July.",
            [("1880", "DATE", "1880"), ("the Fourth of July", "DATE", "XXXX-07-04")],
        ),
        # look-alikes: one year's feast
        (
            "In 1880 the family lived on the coast. They left on the Fourth of July.",
            [("1880", "DATE", "1880"), ("the Fourth of July", "DATE", "1880-07-04")],
        ),
        (
            "In 1880 the family lived on the coast. He walked to the harbour every day until Christmas.",
            [("1880", "DATE", "1880"), ("every day", "SET", "P1D"), ("Christmas", "DATE", "1880-12-25")],
        ),
        (
            "Every summer they sailed, and in 1881 they left on the Fourth of July.",
            [
                ("Every summer", "SET", "XXXX-SU"),
                ("1881", "DATE", "1881"),
                ("the Fourth of July", "DATE", "1881-07-04"),
            ],
        ),
    ],
)
def test_feast_in_a_past_habit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None, STORY) == expected
