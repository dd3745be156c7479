"""Rules added after the forty-ninth blind narrative set (`data/gold/timex/blind_narrative_49.jsonl`)
was scored once: each row is a sentence of our own showing the general English usage behind one finding.

- A story before Christ turns its year as one after AD 1 does: after a season ("that winter", named by
  the year of its December), a month or a season told without a year lies in the next year, which before
  Christ is the lower number ("that winter" of 321 BC, then "in June", is June 320 BC); a past perfect
  that looks back ("the army that had set out in the spring") stays in the story's year.
- A year looked back to that names a thing ("one of the consuls of the year before") does not move a
  story before Christ, as it does not after AD 1; nor does a season in a past perfect looked back to from
  the story's year ("The consuls elected for 216 ... had spent the winter at Gerunium, and early in the
  summer").
- A history that has written a year with "BC" names its later years bare, paragraphs on: after "in", and,
  closing the phrase, after "from" ("from 251, his son"), "for" ("the consuls elected for 256,") and "the"
  with a noun and "of" ("the son of the consul of 258,"); "an army of 300," counts men, and a text that
  has never written "BC" keeps such numbers as counts.
- A winter looked back to in a past perfect from a story's year is the winter that opened that year
  ("In 1216 ... The enemy had spent the winter at Gerunium" is the winter of 1215-16; from 216 BC, that
  of 217-216 BC), and the story stays in its year for the next season it names.
- "the year before" followed by another preposition of time ("exiled the year before after a rising")
  is the year counted back from the story's, since "before" cannot take "after" as its object.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

WRITTEN = date(2011, 4, 12)

#: A paragraph of filler long enough to put a bare year well away from the last year written with "BC".
_FILLER = " ".join(["The legions marched and counter-marched through the hills of the south."] * 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army crossed the river in 321 BC. It spent that winter in the hills. On 21 June it "
            "marched south, and in the summer it reached the coast.",
            [
                ("321 BC", "DATE", "BC0321"),
                ("that winter", "DATE", "BC0321-WI"),
                ("21 June", "DATE", "BC0320-06-21"),
                ("the summer", "DATE", "BC0320-SU"),
            ],
        ),
        (
            "The fleet was beaten in 412 BC. It wintered at Samos that winter. In the spring it sailed north.",
            [
                ("412 BC", "DATE", "BC0412"),
                ("that winter", "DATE", "BC0412-WI"),
                ("the spring", "DATE", "BC0411-SP"),
            ],
        ),
        (
            "The general crossed the mountains in November 218 BC. Of the army that had set out in the "
            "spring, barely half was left.",
            [("November 218 BC", "DATE", "BC0218-11"), ("the spring", "DATE", "BC0218-SP")],
        ),
        (
            "The city was besieged in December 340 BC. In the spring the siege was lifted.",
            [("December 340 BC", "DATE", "BC0340-12"), ("the spring", "DATE", "BC0339-SP")],
        ),
    ],
)
def test_a_story_before_christ_turns_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The battle was fought on 2 August 216 BC. Among the dead was one of the consuls of the year "
            "before. Capua went over to the enemy that autumn.",
            [
                ("2 August 216 BC", "DATE", "BC0216-08-02"),
                ("the year before", "DATE", "BC0217"),
                ("that autumn", "DATE", "BC0216-FA"),
            ],
        ),
        (
            "The consuls elected for 216 BC were given eight legions. The enemy had spent the winter at "
            "Gerunium, and early in the summer he seized the depot.",
            [
                ("216 BC", "DATE", "BC0216"),
                ("the winter", "DATE", "BC0217-WI"),
                ("early in the summer", "DATE", "BC0216-SU"),
            ],
        ),
        (
            "In 1216 the barons raised a new army. The king had spent the winter at York, and early in "
            "the summer he marched south.",
            [
                ("1216", "DATE", "1216"),
                ("the winter", "DATE", "1215-WI"),
                ("early in the summer", "DATE", "1216-SU"),
            ],
        ),
        (
            "In 1216 the barons raised a new army. The king spent the winter at York.",
            [("1216", "DATE", "1216"), ("the winter", "DATE", "1216-WI")],
        ),
    ],
)
def test_a_time_looked_back_to_leaves_the_story_where_it_was(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"The war began in 264 BC. {_FILLER} In 255 Philip made an alliance with Rome.",
            [("264 BC", "DATE", "BC0264"), ("255", "DATE", "BC0255")],
        ),
        (
            "The war began in 264 BC. Later, from 251, his son ruled the city.",
            [("264 BC", "DATE", "BC0264"), ("251", "DATE", "BC0251")],
        ),
        (
            "The war began in 264 BC. The consuls elected for 256, Marcus and Lucius, sailed to Africa.",
            [("264 BC", "DATE", "BC0264"), ("256", "DATE", "BC0256")],
        ),
        (
            f"The war began in 264 BC. {_FILLER} The son of the consul of 258, a young man, took Spain "
            "in campaigns from 250 and landed in Africa in 247 BC.",
            [
                ("264 BC", "DATE", "BC0264"),
                ("258", "DATE", "BC0258"),
                ("250", "DATE", "BC0250"),
                ("247 BC", "DATE", "BC0247"),
            ],
        ),
        (
            "The war began in 264 BC. An army of 300, mostly archers, held the pass.",
            [("264 BC", "DATE", "BC0264")],
        ),
        ("The consuls elected for 256, Marcus and Lucius, sailed to Africa.", []),
        ("The son of the consul of 258, a young man, took Spain in campaigns from 250 and landed.", []),
    ],
)
def test_a_history_before_christ_names_its_years_bare(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The battle was fought in 1216. His brother, exiled the year before after a rising in the "
            "north, joined him.",
            [("1216", "DATE", "1216"), ("the year before", "DATE", "1215")],
        ),
        (
            "The port fell on 3 May 1402. The garrison had left the day before during a storm.",
            [("3 May 1402", "DATE", "1402-05-03"), ("the day before", "DATE", "1402-05-02")],
        ),
        ("The port fell the day before the vote.", []),
    ],
)
def test_the_year_before_another_preposition_of_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN) == expected
