"""Rules added after the twenty-fourth blind narrative set (`data/gold/timex/blind_narrative_24.jsonl`,
histories of wars in the Americas told with American-style dates) was scored once: each row is a sentence
of our own showing the general English usage behind one finding.

- "The siege lasted nine months, until the town fell on April 2, 1865": the date in an "until" clause
  after a verb of lasting is where a span ran on to, told in passing; a story going on in a new section
  ("On May 7 ...") is still in its own year, not in the later one.
- A section headed by one year ("The campaigns of 1846") tells that year's threads in turn: a paragraph
  going back to June after the section has reached September is still in that year.
- A past time of the writer's own year followed by a "when" clause ("was marked this April, when crowds
  gathered on April 19") is where the text has come to; the days told in the clause fall in it.
- "Today" opening a sentence takes the tense of the main verb, past a relative clause set off by commas
  ("Today the church, where two lanterns were hung, draws half a million visitors"); "half" opens an
  object as "a" does.
- A feast's name with a part of the day ("Christmas night", "Easter morning") is a TIME of the feast's
  day; after "a" the name of a thing made for a feast ("a Christmas gift", "an Easter egg") is no date,
  while an occasion held on the day ("a New Year's Eve party") still is.
- A bare season after "before", "after" or "till" is a time, as after "until"; "fall" joined to a season
  just named ("the summer and fall") is the season, not the verb.
- "after midnight on May 4" is the small hours of May 4: the midnight that opened it (the close of May 3).
- A midnight in a sentence telling how long something ran "until" ("fought for nearly 24 hours, until
  the line fell back after midnight") closes the day the story's morning is on; without "until", a
  past-tense midnight after a morning is still the one that opened that day.
- "little more than an hour" keeps "little more than" (MORE_THAN), as "a little more than" does.
- "at 9:35 in the morning of Sunday, July 3" is two expressions, the clock time and the date, as "the
  morning of 8 November" tags the date alone.
- "for the rest of the year" (decade, century) is tagged whole, the period it names.
- A feast named as a holiday ("the Fourth of July has been a federal holiday since 1870") is the day of
  every year, not the feast of the year the story is in.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import only, typed

NARRATIVE = DocumentKind.NARRATIVE
WRITTEN = date(2019, 9, 16)


def test_a_date_ending_what_lasted_does_not_carry_the_story_into_its_year() -> None:
    text = (
        "The river fort was invested on June 20, 1781. The siege lasted more than seven months, until the"
        " garrison marched out on February 3, 1782.\n\nThe northern column\n\nA second column left the"
        " lakes on May 9 and reached the falls on June 30."
    )
    assert typed(text, WRITTEN, NARRATIVE)[-2:] == [
        ("May 9", "DATE", "1781-05-09"),
        ("June 30", "DATE", "1781-06-30"),
    ]


def test_a_story_that_moves_on_without_lasted_until_still_moves() -> None:
    text = "The fort was invested on June 20, 1781. The garrison marched out on February 3, 1782. On May 9 it sailed."
    assert typed(text, WRITTEN, NARRATIVE)[-1] == ("May 9", "DATE", "1782-05-09")


def test_a_section_headed_by_its_year_keeps_its_threads_in_that_year() -> None:
    text = (
        "The war began in the spring of 1812.\n\nThe campaigns of 1812\n\nThe main army crossed the border"
        " in late August and took the town on the 14th of September.\n\nIn the west, a small column had"
        " left the lakes in late June and reached the river on August 2."
    )
    assert typed(text, None, NARRATIVE)[-3:] == [
        ("the 14th of September", "DATE", "1812-09-14"),
        ("late June", "DATE", "1812-06"),
        ("August 2", "DATE", "1812-08-02"),
    ]


def test_a_writers_month_with_a_when_clause_dates_the_days_in_it() -> None:
    text = (
        "The first shots were fired on March 5, 1770. Since 1970 the town has held a parade every March."
        " The 250th anniversary was marked this March, when crowds filled the square at dusk on March 5."
    )
    assert typed(text, date(2020, 6, 1), NARRATIVE)[-3:] == [
        ("this March", "DATE", "2020-03"),
        ("dusk", "TIME", "2020-03-05TEV"),
        ("March 5", "DATE", "2020-03-05"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Today the old chapel, where the treaty was signed, draws thousands of visitors.",
        "Today the chapel holds half a million letters.",
    ],
)
def test_today_takes_the_main_verb_past_a_clause_set_off_by_commas(sentence: str) -> None:
    text = f"The treaty was signed in the chapel on May 2, 1802. {sentence}"
    assert typed(text, WRITTEN, NARRATIVE)[1] == ("Today", "DATE", "2019-09-16")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The garrison slipped away on Christmas night.", [("Christmas night", "TIME", "1814-12-25TNI")]),
        ("The bells rang on Easter morning.", [("Easter morning", "TIME", "1814-04-10TMO")]),
        ("He sent the general a sword as a Christmas gift.", []),
        ("The news reached him at a New Year's Eve party.", [("New Year's Eve", "DATE", "1814-12-31")]),
    ],
)
def test_a_feast_with_a_part_of_the_day_and_a_feast_naming_a_thing(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(f"In 1814 the war dragged on. {sentence}", None, NARRATIVE)[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Half the crew died of fever before spring.", [("spring", "DATE", "1740-SP")]),
        ("The ships stayed in port till summer.", [("summer", "DATE", "1740-SU")]),
        (
            "Through the summer and fall Anson refitted his ships.",
            [("the summer", "DATE", "1740-SU"), ("fall", "DATE", "1740-FA")],
        ),
        (
            "Over the spring and fall the prices held.",
            [("the spring", "DATE", "1740-SP"), ("fall", "DATE", "1740-FA")],
        ),
        ("Prices in the spring and fall sharply in the heat.", [("the spring", "DATE", "1740-SP")]),
    ],
)
def test_bare_seasons_after_before_and_till_and_a_joined_fall(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(f"In 1740 the squadron sailed. {sentence}", None, NARRATIVE)[1:] == expected


def test_after_midnight_on_a_day_is_the_midnight_that_opens_it() -> None:
    text = "In May 1864 the army waited. It began crossing the river shortly after midnight on May 4."
    assert typed(text, None, NARRATIVE)[1:] == [
        ("midnight", "TIME", "1864-05-03T24:00"),
        ("May 4", "DATE", "1864-05-04"),
    ]


def test_little_more_than_is_part_of_a_length() -> None:
    assert only("The battle was over in little more than an hour.", WRITTEN) == [
        ("little more than an hour", "PT1H", "MORE_THAN")
    ]


def test_a_clock_time_of_a_date_after_of_is_two_expressions() -> None:
    text = "In 1898 the fleet waited. At 9:35 in the morning of Sunday, July 3, the cruisers came out."
    assert typed(text, None, NARRATIVE)[1:] == [
        ("9:35 in the morning", "TIME", "1898-07-03T09:35"),
        ("Sunday, July 3", "DATE", "1898-07-03"),
    ]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("the rest of the year", "1851"), ("the rest of the decade", "185"), ("the rest of the century", "18")],
)
def test_the_rest_of_a_period_is_tagged_whole(phrase: str, value: str) -> None:
    text = f"In March 1851 the mill burned, and the town went without work for {phrase}."
    assert typed(text, None, NARRATIVE)[1:] == [(phrase, "DATE", value)]


def test_a_feast_named_as_a_holiday_is_the_day_of_every_year() -> None:
    text = "The charter was granted in 1791. New Year's Day has been a public holiday there since 1840."
    assert typed(text, None, NARRATIVE) == [
        ("1791", "DATE", "1791"),
        ("New Year's Day", "DATE", "XXXX-01-01"),
        ("1840", "DATE", "1840"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The talks went on until midnight.", "1919-06-02T24:00"),
        ("They argued for hours, until the chairman gave way after midnight.", "1919-06-02T24:00"),
        ("The sentries were changed at midnight.", "1919-06-01T24:00"),
    ],
)
def test_a_midnight_that_closes_what_ran_until_is_the_end_of_the_day(sentence: str, value: str) -> None:
    text = f"The delegates met at 9 a.m. on June 2, 1919. {sentence}"
    assert [found for found in typed(text, None, NARRATIVE) if found[0] == "midnight"] == [
        ("midnight", "TIME", value)
    ]
