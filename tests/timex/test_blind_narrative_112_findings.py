"""Rules added after the hundred-and-twelfth blind narrative set (`data/gold/timex/blind_narrative_112.jsonl`,
lives of explorers and mountaineers: a Himalayan climber, a polar explorer frozen in for two winters, a
woman traveller in Arabia and a river explorer's descent) was scored once: each row is a sentence of our
own showing the general English usage behind one finding.

- "The bridge opened on 4 June 1931. Work began in 1927, and on 4 June the first pier was finished": a
  year written out after a dated day, and earlier than it, takes the story back; the same day and month
  named soon after it is that year's, not the day dated before. A past perfect between ("Earlier plans of
  1927 had failed. The opening on 4 June") makes the year a glance back, and a day named far from the
  year recalls the dated one.
- "The crew read after the evening meal": a meal named by a part of the day is taken at that time of every
  day, as "the morning shift" is worked; "In the evening a meal was served" keeps its evening.
- "His ship, the Midsummer, was frozen in": "Midsummer" or "Midwinter" capitalised after "the" is a name
  (a ship, a house, an inn); Midsummer Day is met "at" or "by midsummer" with no article, and "the
  midwinter of 1944" is written small.
- "On Dominion Day 1927 the bells rang": Canada's national day under its name until 1982 is 1 July, as
  "Canada Day" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2024, 5, 10)
NARRATIVE = DocumentKind.NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge opened on 4 June 1931. Work began in 1927, and on 4 June the first pier was finished.",
            [
                ("4 June 1931", "DATE", "1931-06-04"),
                ("1927", "DATE", "1927"),
                ("4 June", "DATE", "1927-06-04"),
            ],
        ),
        # a past perfect makes the year a glance back: the day is the one dated before
        (
            "The bridge opened on 4 June 1931. Earlier plans of 1927 had failed. The opening on 4 June was a "
            "holiday.",
            [
                ("4 June 1931", "DATE", "1931-06-04"),
                ("1927", "DATE", "1927"),
                ("4 June", "DATE", "1931-06-04"),
            ],
        ),
        (
            "The bridge opened on 4 June 1931. The 1927 flood had shown the need for it. The river rose again "
            "on 4 June and carried away the ferry.",
            [
                ("4 June 1931", "DATE", "1931-06-04"),
                ("1927", "DATE", "1927"),
                ("4 June", "DATE", "1931-06-04"),
            ],
        ),
        # a later year steps on as before
        (
            "The bridge opened on 4 June 1931. Two years later, on 4 June, a plaque was unveiled.",
            [
                ("4 June 1931", "DATE", "1931-06-04"),
                ("Two years later", "DATE", "1933"),
                ("4 June", "DATE", "1933-06-04"),
            ],
        ),
    ],
)
def test_year_taking_the_story_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew read after the evening meal.", []),
        ("The morning meal was porridge.", []),
        # a bare meal after the part of the day begins the clause
        ("In the evening a meal was served.", [("the evening", "TIME", "2024-05-10TEV")]),
        ("In the evening meals were served in the hall.", [("the evening", "TIME", "2024-05-10TEV")]),
    ],
)
def test_meal_named_by_part_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His ship, the Midsummer, was frozen in.", []),
        ("The Midwinter was sold in 1924.", [("1924", "DATE", "1924")]),
        # the day and the season's middle keep their dates
        ("They sailed at midsummer.", [("midsummer", "DATE", "2023-06-24")]),
        ("The fair was held at Midsummer 1720.", [("Midsummer 1720", "DATE", "1720-06-24")]),
        ("They met in the midwinter of 1944.", [("the midwinter of 1944", "DATE", "1944-WI")]),
    ],
)
def test_midsummer_as_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Dominion Day 1927 the bells rang.", [("Dominion Day 1927", "DATE", "1927-07-01")]),
        (
            "Dominion Day was kept every year.",
            [("Dominion Day", "DATE", "XXXX-07-01"), ("every year", "SET", "P1Y")],
        ),
    ],
)
def test_dominion_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, NARRATIVE) == expected
