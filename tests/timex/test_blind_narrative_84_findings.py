"""Rules added after the eighty-fourth blind narrative set (`data/gold/timex/blind_narrative_84.jsonl`,
encyclopedia histories of Asian wars of 1945-1979) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- "told the king that the fleet would sail by Easter ... Four days later": a deadline promised in a reported
  clause ("that" ... "would"/"could" ... "by") is told in passing; what follows is counted from the story's
  own day, as after an aim's deadline ("in an attempt to end the war by Christmas").
- "in mid-February ... two weeks later", "by late April ... a week later": weeks counted on from the middle
  (MID) or the end (END) of a month start from its 15th or 24th, not its first day; "early May" (START)
  keeps the first.
- "Giap at first planned to attack on 25 January": in an undated story, a past verb of a plan ("planned",
  "intended", "hoped" ...) before its infinitive looks ahead from the story's past, as "would" does, so a
  date it names takes the story's year; a present "plan to" stays the unknown writer's.
- "exploded a mine at 23:00, and by the afternoon the post was surrounded": in a narrative, "by the morning"
  or "by the afternoon" reached after a night or an hour from 21:00 is the next day's; a past perfect's
  deadline ("had dug the tunnel by the afternoon") stays on the day.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "On 2 March 1588 the admiral told the king that the fleet could sail by Easter. "
            "Four days later a storm wrecked three of his ships.",
            "Four days later",
            "1588-03-06",
        ),
        (
            "At their meeting on 9 May 1915 the minister assured the cabinet that the new shells would "
            "reach the front by August. Two days later the first of the factories caught fire.",
            "Two days later",
            "1915-05-11",
        ),
    ],
)
def test_promised_deadline_in_a_reported_clause_is_told_in_passing(
    text: str, surface: str, expected: str
) -> None:
    found = {s: value for s, _, value in typed(text, date(2021, 5, 4), kind=NARRATIVE)}
    assert found[surface] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the middle of a month: 15 March 1927 is in week 11
        ("The floods came in mid-March 1927. Two weeks later the levee broke.", "1927-W13"),
        # the end of a month: 24 April 1861 is in week 17
        (
            "By late April 1861 the blockade was declared. A week later the first ships were taken.",
            "1861-W18",
        ),
        # the start of a month stays counted from its first day (1 May 1940 is in week 18)
        ("In early May 1940 the army waited. A week later the attack began.", "1940-W19"),
    ],
)
def test_weeks_after_a_part_of_a_month_count_from_that_part(text: str, expected: str) -> None:
    found = [
        value for surface, _, value in typed(text, date(2021, 5, 4), kind=NARRATIVE) if "later" in surface
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The army landed on 20 November 1953. Its general planned to attack on 25 January, but he "
            "changed his mind.",
            "25 January",
            "1954-01-25",
        ),
        (
            "The expedition reached the coast on 14 October 1911. Its leader intended to start for the pole "
            "on 1 November.",
            "1 November",
            "1911-11-01",
        ),
        # a present plan in an undated text is the unknown writer's, as before
        ("The club was founded in 1921. The members plan to celebrate on 3 May.", "3 May", "XXXX-05-03"),
    ],
)
def test_past_plan_before_its_infinitive_follows_the_undated_story(
    text: str, surface: str, expected: str
) -> None:
    found = {s: value for s, _, value in typed(text, None, kind=NARRATIVE)}
    assert found[surface] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assault began on 6 May 1954. The sappers exploded a mine at 23:00, and by the afternoon "
            "the post was surrounded.",
            "1954-05-07TAF",
        ),
        (
            "The storm reached the coast on 3 October 1987. The wind peaked at about 11 p.m., and by the "
            "morning the town was flooded.",
            "1987-10-04TMO",
        ),
        # a past perfect's deadline stays on the day it looks back within
        (
            "The assault began on 6 May 1954. At 23:00 the mine went off; the sappers had dug the tunnel by "
            "the afternoon.",
            "1954-05-06TAF",
        ),
        # after an hour of the afternoon, the evening reached is the same day's
        (
            "The assault began on 6 May 1954. The guns opened at 15:00, and by the evening the post was "
            "surrounded.",
            "1954-05-06TEV",
        ),
    ],
)
def test_morning_or_afternoon_reached_after_a_late_night_hour(text: str, expected: str) -> None:
    found = [
        value
        for surface, _, value in typed(text, date(2020, 1, 1), kind=NARRATIVE)
        if surface.startswith("the ")
    ]
    assert found == [expected]
