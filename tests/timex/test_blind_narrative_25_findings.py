"""Rules added after the twenty-fifth blind narrative set (`data/gold/timex/blind_narrative_25.jsonl`,
histories of revolutions and civil wars) was scored once: each row is a sentence of our own showing
the general English usage behind one finding.

- Events named by their months are names in lower case and in pairs too: after "the", a month or two
  months joined by "and" before a noun of such events ("the October revolution", "the February and
  October revolutions", "the March and June risings") are part of the names, not months; "the July
  days" in lower case are still days of July.
- A date restated in parentheses in another calendar ("on 2 October (15 October, New Style)") names
  the same day again: the story stays on the day written first, so a clock time or "ten days later"
  after it counts from that day, as a clock time restated in another zone does.
- A non-restrictive relative clause in the past perfect ("the general, who had taken command in
  November 1918, marched") looks back in passing: the story stays at the time it had come to, and a
  month named next ("by July") is in the story's year, not the year of the aside.
- So does a participle clause set off by commas before a past perfect ("The assembly, elected in
  November with a large majority, had met on 5 January"): the participle has no tense of its own, the
  past perfect after it looks back, and the story stays at its time for the dates that follow.
- A past perfect in a clause of time ("once peace had been agreed in October the enemy crossed")
  orders its act before the main clause's, which carries the story on: it is no flashback behind the
  story's time, so its month is in the story's year.
- A semicolon closes a clause: a date opening the clause after it ("...where it survives; the
  assaults of March and May cost ...") takes that clause's verb, not a present tense before the
  semicolon, which would make the months every year's.
- An adverb between an auxiliary and its participle ("has instead marked") belongs to the verb group,
  however far back the auxiliary stands; and "Since 2005 the country has marked Unity Day on 4
  November" keeps that day every year, as the present "marks ... Day on 4 November" does.
- "Easter Saturday" is the day before Easter Sunday, as "Holy Saturday" is.
- What lasts "until shortly after 2 a.m." (or "until just after", "until soon after") after a day's
  events ends in the small hours of the next day, as "until about 2 a.m." does.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2016, 9, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The February and October revolutions of 1917 ended the monarchy.", [("1917", "DATE", "1917")]),
        ("The town rose twice in 1848, in the March and June risings.", [("1848", "DATE", "1848")]),
        ("Historians still argue about the October revolution and its leaders.", []),
        (
            "By the winter of 1916-17 bread was short.\n\nThe February and October risings\n\n"
            "On 23 February women walked out of the mills.",
            [("the winter of 1916-17", "DATE", "1916-WI"), ("23 February", "DATE", "1917-02-23")],
        ),
        # the months themselves stay months: after a preposition, or lower-case "days" of a month
        (
            "The river flooded in 1917, in February and October.",
            [("1917", "DATE", "1917"), ("February", "DATE", "1917-02"), ("October", "DATE", "1917-10")],
        ),
        (
            "In 1921 the July days were the hottest anyone remembered.",
            [("1921", "DATE", "1921"), ("July", "DATE", "1921-07")],
        ),
    ],
)
def test_months_naming_events_in_lower_case_and_in_pairs(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fleet left the Baltic in 1904. On the morning of 2 October (15 October, New Style) it "
            "passed the Skaw, and at 9 p.m. it anchored off the cape. Ten days later it reached Dakar.",
            [
                ("1904", "DATE", "1904"),
                ("2 October", "DATE", "1904-10-02"),
                ("15 October", "DATE", "1904-10-15"),
                ("9 p.m.", "TIME", "1904-10-02T21:00"),
                ("Ten days later", "DATE", "1904-10-12"),
            ],
        ),
        (
            "In 1751 the fleet sailed from Plymouth on 3 March (14 March New Style), and ten days later "
            "it reached Lisbon.",
            [
                ("1751", "DATE", "1751"),
                ("3 March", "DATE", "1751-03-03"),
                ("14 March", "DATE", "1751-03-14"),
                ("ten days later", "DATE", "1751-03-13"),
            ],
        ),
    ],
)
def test_a_date_restated_in_parentheses_keeps_the_story_on_the_first(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels held the north through 1919. In the spring the general, who had taken command "
            "in November 1918, marched on the capital, but by July his army was in retreat.",
            [
                ("1919", "DATE", "1919"),
                ("the spring", "DATE", "1919-SP"),
                ("November 1918", "DATE", "1918-11"),
                ("July", "DATE", "1919-07"),
            ],
        ),
        (
            "In March 1864 the regiment moved south. Its colonel, who had been wounded at the river in "
            "1862, led it into the hills, and in May it reached the coast.",
            [("March 1864", "DATE", "1864-03"), ("1862", "DATE", "1862"), ("May", "DATE", "1864-05")],
        ),
    ],
)
def test_a_past_perfect_relative_clause_is_an_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the summer of 1920 the army held the coast, but once peace with the north had been agreed "
            "in October the enemy crossed the straits, and in November the last ships left.",
            [
                ("the summer of 1920", "DATE", "1920-SU"),
                ("October", "DATE", "1920-10"),
                ("November", "DATE", "1920-11"),
            ],
        ),
        # a past perfect in a main clause still looks back behind the story's time
        (
            "In the spring of 1850 the company sent a second party west. It had lost its first in October.",
            [("the spring of 1850", "DATE", "1850-SP"), ("October", "DATE", "1849-10")],
        ),
    ],
)
def test_a_past_perfect_in_a_clause_of_time_is_no_flashback(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


def test_a_date_after_a_semicolon_takes_the_verb_of_its_own_clause() -> None:
    text = (
        "The castle was besieged in 1644. Visitors are shown the breach where it survives; the assaults "
        "of March and May cost the garrison half its men."
    )
    assert typed(text, None, NARRATIVE) == [
        ("1644", "DATE", "1644"),
        ("March", "DATE", "1644-03"),
        ("May", "DATE", "1644-05"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The old holiday was dropped in 2004. Since 2005 the country has instead marked National Unity "
            "Day on 4 November.",
            [("2004", "DATE", "2004"), ("2005", "DATE", "2005"), ("4 November", "DATE", "XXXX-11-04")],
        ),
        # once, in a year told: that year's day
        (
            "The old holiday was dropped in 2004. In 2005 the country marked National Unity Day on 4 "
            "November for the first time.",
            [("2004", "DATE", "2004"), ("2005", "DATE", "2005"), ("4 November", "DATE", "2005-11-04")],
        ),
    ],
)
def test_a_day_kept_every_year_since_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


def test_an_adverb_inside_a_verb_group_far_from_its_auxiliary() -> None:
    from chronology.tense import governing_tense

    text = "Since 2005 the country has instead marked National Unity Day on 4 November."
    start = text.index("4 November")
    reading = governing_tense(text, start, start + len("4 November"))
    assert reading.cue == "has instead marked"
    assert reading.perfect


def test_easter_saturday_is_the_day_before_easter_sunday() -> None:
    text = "The burning spread in 1920. On Easter Saturday alone the rebels burned 300 barracks."
    assert typed(text, WRITTEN, NARRATIVE) == [
        ("1920", "DATE", "1920"),
        ("Easter Saturday", "DATE", "1920-04-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rising began in 1917. On the morning of 25 October the rebels took the bridges. The "
            "ministers held out in the palace until shortly after 2:00 a.m., when they were arrested.",
            [
                ("1917", "DATE", "1917"),
                ("25 October", "DATE", "1917-10-25"),
                ("2:00 a.m.", "TIME", "1917-10-26T02:00"),
            ],
        ),
        (
            "The talks opened on 3 May 1921 and went on until just after 1 a.m.",
            [("3 May 1921", "DATE", "1921-05-03"), ("1 a.m.", "TIME", "1921-05-04T01:00")],
        ),
        # at a small hour of the day told, not until it: that day's
        (
            "The talks opened on 3 May 1921. Shortly after 1 a.m. the first delegates arrived.",
            [("3 May 1921", "DATE", "1921-05-03"), ("1 a.m.", "TIME", "1921-05-03T01:00")],
        ),
    ],
)
def test_until_shortly_after_a_small_hour_is_the_next_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The change came on 14 February 1918. The assembly, elected in November with a large "
            "majority, had met for a single session on 5 January before guards closed it.",
            [
                ("14 February 1918", "DATE", "1918-02-14"),
                ("November", "DATE", "1917-11"),
                ("5 January", "DATE", "1918-01-05"),
            ],
        ),
        (
            "In March 1864 the regiment moved south. The bridge, built in October, had already been "
            "burned, and in May the army reached the coast.",
            [("March 1864", "DATE", "1864-03"), ("October", "DATE", "1863-10"), ("May", "DATE", "1864-05")],
        ),
        # a participle clause before a simple past tells the story on
        (
            "The change came on 14 February 1918. The new council, elected in November, met for the "
            "first time in the spring.",
            [
                ("14 February 1918", "DATE", "1918-02-14"),
                ("November", "DATE", "1918-11"),
                ("the spring", "DATE", "1919-SP"),
            ],
        ),
    ],
)
def test_a_participle_aside_before_a_past_perfect_looks_back(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, WRITTEN, NARRATIVE) == expected
