"""Rules added after the ninety-fourth blind narrative set (`data/gold/timex/blind_narrative_94.jsonl`,
encyclopedia histories of natural disasters of the 18th and 19th centuries) was scored once: each row is a
sentence of our own showing the general English usage behind one finding.

- "the owners added a second wheel the next summer", "The next spring it bought two more": "the next"
  before a season counts on from the story's time, as "the next day" and "the following summer" do; "next
  summer" without the article stays the writer's.
- "The 1755 Lisbon earthquake", "the 1703 storm": a number before one disaster, which no count can be, is
  the year it struck, before 1800 too; "the 1500 workers", "the 1200 fire engines", "1755 Lisbon Avenue"
  stay counts and addresses.
- A history told by eight or more years long past whose every now-word ("Today", "This year", "last
  year") comes after the last of them closes on the present: it is still a narrative, and its dates
  without a year take the story's year; a report with a day of the writer's week before its history stays
  news.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2025, 5, 30)
MONDAY = date(2019, 3, 4)
THURSDAY = date(2021, 4, 8)
WEDNESDAY = date(2023, 9, 6)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The mill opened in March 1850, and the owners added a second wheel the next summer.",
            FRIDAY,
            [("March 1850", "DATE", "1850-03"), ("the next summer", "DATE", "1850-SU")],
        ),
        (
            "The company sold its first farm in 1902. The next spring it bought two more in Kansas.",
            MONDAY,
            [("1902", "DATE", "1902"), ("The next spring", "DATE", "1903-SP")],
        ),
        (
            "The pier was damaged in a storm in 1953, and the council rebuilt it the next winter.",
            date(2014, 6, 2),
            [("1953", "DATE", "1953"), ("the next winter", "DATE", "1953-WI")],
        ),
        ("We hope to finish the roof next summer.", FRIDAY, [("next summer", "DATE", "2025-SU")]),
    ],
)
def test_the_next_season_counts_from_the_story(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


_HISTORY = (
    "The mill at Hadley was built in 1791 and rebuilt after a fire in 1806. It passed to the Weston family in"
    " 1823, who added a steam engine in 1838 and a second storey in 1847. Trade fell away after 1870, and the"
    " mill closed in 1888. The last miller, Amos Weston, had kept it going since 1861. On 14 March the"
    " machinery was sold at auction. Today the building is a museum. This year it has had 20,000 visitors,"
    " and last year a new wing opened."
)
_REPORT = (
    "The council said on Tuesday that the mill at Hadley, built in 1791 and rebuilt in 1806, passed to the"
    " Westons in 1823, who added an engine in 1838 and a storey in 1847; it closed in 1888, after trade fell"
    " away from 1870, and stood empty from 1861. On 14 March the machinery will be sold at auction. This year"
    " it has had 20,000 visitors, and last year a new wing opened."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(_HISTORY, "1888-03-14"), (_REPORT, "2024-03-14")],
)
def test_a_history_closing_on_the_present(text: str, expected: str) -> None:
    values = {found: value for found, _, value in typed(text, WEDNESDAY)}
    assert values["14 March"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1755 Lisbon earthquake was felt as far away as Finland.", [("1755", "DATE", "1755")]),
        ("The 1703 storm wrecked thirteen warships.", [("1703", "DATE", "1703")]),
        ("Of the 1780 famine, little is known.", [("1780", "DATE", "1780")]),
        ("The 1500 workers walked out.", []),
        ("The 1200 fire engines of the city were out.", []),
        ("He lived at 1755 Lisbon Avenue.", []),
    ],
)
def test_an_old_year_before_a_disaster(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected
