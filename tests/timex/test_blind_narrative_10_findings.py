"""Rules added after the tenth blind narrative set (`data/gold/timex/blind_narrative_10.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A year set off by commas after the noun "year" ("The hardest year, 1816, is remembered") names that
  year in apposition; a count after "year," ("In that year, 900 people left") does not.
- A spaced, lower-case "pm" after a clock's preposition ("at 9 pm with the results") is the clock's half
  of the day whatever word follows; "am" stays guarded, being also a verb.
- "year-round" is an adjective made of the unit ("400 year-round jobs"), as "year-on-year" is: no length.
- A length told in three units ("31 years, five months and 12 days") is one length, as one in two units
  is; three counts that are not each finer than the last are a list.
- "more/fewer/less than" right after a count ("2,000 fewer than five years earlier") compares that count:
  the time after it has no qualifier and "fewer than" stays outside it.
- "the early hours of 4 June" are the small hours of a night, no length; "the first hours" still are.
- "the next hour", "the past hour" are the hour-long span from or up to a time (PT1H); "at the last hour"
  is an idiom for "late", "this hour" an occasion.
- "a farming weekly in Dublin reported": "weekly" after an article and before a preposition or a verb of
  reporting is the periodical, a noun; "published weekly in Dublin" is still a set.
- "to this day" is an idiom for "until now", as "to date" is, and is not tagged.
- "from one year to the next" (each in turn) is no length.
- "that day and the next", "on 3 March and the following, when ...": "the next" with its unit left out is
  the day (week, month, year) after the one just named.
- A time inside an infinitive of a plan or of what was to come ("was meant to take effect the next day",
  "was due to open on Monday", "He was to die there two years later") is when that would happen: the
  story stays at its day, so clock times told after it fall on the story's day.
- In a story told in the past, a month in a sentence whose verb is plainly a simple present ("Lake Orta
  freezes in November and stays frozen until April") is every year's month (XXXX-11), the months after it
  in the sentence too; a present perfect with a word of how often ("has held a fair every year, usually in
  June") also. A sentence with a past form ("sailed ..., and in May it spread") is the story's.
- A "today" in a story whose reference time is a night or day of no known date (a year's "that night") is
  the writer's now: such a story has no day to call "today".
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

TUESDAY = date(2015, 6, 9)
FRIDAY = date(2021, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hardest year, 1816, is still remembered in the valley.", [("1816", "DATE", "1816")]),
        ("In that year, 900 people left the valley.", [("that year", "DATE", "XXXX")]),
    ],
)
def test_a_year_in_apposition_after_the_noun_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May 1994 the station opened its evening bulletin at 9 pm with the results.",
            [("4 May 1994", "DATE", "1994-05-04"), ("9 pm", "TIME", "1994-05-04T21:00")],
        ),
        (
            "On 4 May 1994 the count was finished by about 11 pm without a recount.",
            [("4 May 1994", "DATE", "1994-05-04"), ("about 11 pm", "TIME", "1994-05-04T23:00")],
        ),
    ],
)
def test_a_spaced_pm_after_a_clock_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quarry now gives 400 year-round jobs to the town.", [("now", "DATE", "PRESENT_REF")]),
        (
            "The lighthouse keeper served 31 years, five months and 12 days before he retired.",
            [("31 years, five months and 12 days", "DURATION", "P31Y5M12D")],
        ),
        (
            "The repair took two years and four months, and three days later the bridge reopened.",
            [("two years and four months", "DURATION", "P2Y4M"), ("three days later", "DATE", "XXXX-XX-XX")],
        ),
        (
            "The survey of 1901 found 12,000 sheep, 2,000 fewer than five years earlier.",
            [("1901", "DATE", "1901"), ("five years earlier", "DATE", "1896")],
        ),
        ("The dig lasted more than five years.", [("more than five years", "DURATION", "P5Y")]),
    ],
)
def test_lengths_and_what_is_not_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the early hours of 4 June 1911 the mill caught fire.",
            [("4 June 1911", "DATE", "1911-06-04")],
        ),
        (
            "The first hours of the flood were the worst.",
            [("The first hours", "DURATION", "PTXH")],
        ),
        (
            "The gates were opened one by one over the next hour.",
            [("the next hour", "DURATION", "PT1H")],
        ),
        ("In the past hour the river has risen by a metre.", [("the past hour", "DURATION", "PT1H")]),
        ("The manager changed the team at the last hour.", []),
    ],
)
def test_hours_of_a_night_and_the_span_of_an_hour(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ice broke on 2 May 1900, and boats left that day and the next.",
            [
                ("2 May 1900", "DATE", "1900-05-02"),
                ("that day", "DATE", "1900-05-02"),
                ("the next", "DATE", "1900-05-03"),
            ],
        ),
        (
            "The rain fell on 3 March 1901 and the following, when the river rose.",
            [("3 March 1901", "DATE", "1901-03-03"), ("the following", "DATE", "1901-03-04")],
        ),
        ("The team won the first match and the next.", []),
    ],
)
def test_the_next_with_its_unit_left_out(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 March 1880 a farming weekly in Dublin reported the first evictions.",
            [("2 March 1880", "DATE", "1880-03-02")],
        ),
        ("The paper is published weekly in Dublin.", [("weekly", "SET", "P1W")]),
        ("The walls of the old mill stand to this day.", []),
        ("Rents rose from one year to the next.", []),
    ],
)
def test_words_of_time_that_name_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the morning of 3 March 1921 the council passed the new rule. It was meant to take effect "
            "the next day. The mayor read it out at 6 pm, and the crowd left at 9 pm.",
            [
                ("3 March 1921", "DATE", "1921-03-03"),
                ("the next day", "DATE", "1921-03-04"),
                ("6 pm", "TIME", "1921-03-03T18:00"),
                ("9 pm", "TIME", "1921-03-03T21:00"),
            ],
        ),
        (
            "On 3 March 1921 the council passed the new rule. The next day the mayor read it out at 6 pm.",
            [
                ("3 March 1921", "DATE", "1921-03-03"),
                ("The next day", "DATE", "1921-03-04"),
                ("6 pm", "TIME", "1921-03-04T18:00"),
            ],
        ),
        (
            "He reached Paris on 3 May 1850. He was to die there two years later. On 5 May he wrote home.",
            [
                ("3 May 1850", "DATE", "1850-05-03"),
                ("two years later", "DATE", "1852"),
                ("5 May", "DATE", "1850-05-05"),
            ],
        ),
    ],
)
def test_a_time_in_a_plan_leaves_the_story_at_its_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The settlers reached Lake Orta in 1852. Lake Orta freezes in November and stays frozen until April.",
            [("1852", "DATE", "1852"), ("November", "DATE", "XXXX-11"), ("April", "DATE", "XXXX-04")],
        ),
        (
            "The fair began in 1852. Since 1990 the town has held it every year, usually in June.",
            [
                ("1852", "DATE", "1852"),
                ("1990", "DATE", "1990"),
                ("every year", "SET", "P1Y"),
                ("June", "DATE", "XXXX-06"),
            ],
        ),
        (
            "The fever reached the port in 1852. It sailed with the troops to the coast, and in May it "
            "spread inland.",
            [("1852", "DATE", "1852"), ("May", "DATE", "1852-05")],
        ),
    ],
)
def test_a_plain_present_in_a_story_tells_every_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY, DocumentKind.NARRATIVE) == expected


def test_a_story_with_no_known_day_has_no_today_of_its_own() -> None:
    text = (
        "The republic was proclaimed in 1918. The city will mark the events of that night next year. "
        "Today most of its people were born long after it."
    )
    assert typed(text, TUESDAY)[-1] == ("Today", "DATE", "2015-06-09")
