"""Rules added after the fifty-third blind news set (`data/gold/timex/blind_news_53.jsonl`: automotive
industry stories) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "Under the four-year agreement ratified in November": "under" before an article is the preposition of
  the noun the length qualifies, not "less than" ("took under three hours" still is).
- "which will launch redesigned versions in the first quarter": a participle right after the verb a modal
  leads, even a verb that may be a noun ("launch", "open"), is an adjective on its object, so the date
  follows the modal's future, not a past "redesigned".
- "Negotiators were due to meet again on Tuesday morning": a past timetable word taking an infinitive
  ("was due to", "was slated to") tells an act arranged after the arranging, on either side of now; with
  "but" after the date ("was due to open on Wednesday, but it was withdrawn") the plan fell through and
  the day stays in the past.
- "its third monthly drop in a row": an ordinal before "monthly" or "weekly" counts changes in a run, as
  "straight" does; the frequency word names the period of each change, not a time that recurs.
- "1,450 hourly and 230 salaried workers": "hourly" names the way a kind of worker is paid even when a
  count and a second kind stand between it and its noun.
- "we're going to use every day of it": "every day of it" counts off the days of a stretch just named,
  no time that recurs ("every day of the week" still is one).
- "every 2018 Laurent comes with it", "each 2019 model": a year after "every" or "each" before a singular
  noun is a model year, as after "the" or "a".
- "The average age of a car on U.S. roads is now a record 11.4 years": a length told as the subject's age
  after its verb is an age, not tagged, as ages are not.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

MONDAY = date(2019, 9, 9)
FRIDAY = date(2013, 11, 1)
SUNDAY = date(2016, 6, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the three-year agreement signed in May, wages rise 4%.",
            [("three-year", "P3Y", None), ("May", "2019-05", None)],
        ),
        ("Under a 10-year lease, the club pays no rent.", [("10-year", "P10Y", None)]),
        # the bound is still read before the number itself
        ("The repair took under three hours.", [("under three hours", "PT3H", "LESS_THAN")]),
    ],
)
def test_under_before_an_article_is_a_preposition(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brewer, which will launch redesigned cans in the first quarter, said so on Friday.",
            [("the first quarter", "DATE", "2014-Q1"), ("Friday", "DATE", "2013-11-01")],
        ),
        (
            "The chain would open refurbished shops in the first quarter.",
            [("the first quarter", "DATE", "2014-Q1")],
        ),
        # a past verb still dates its quarter in the past
        (
            "The chain opened refurbished shops in the first quarter.",
            [("the first quarter", "DATE", "2013-Q1")],
        ),
    ],
)
def test_a_participle_after_a_modal_verb_is_an_adjective(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Negotiators talked until late on Sunday and were due to meet again on Tuesday morning.",
            MONDAY,
            [("late on Sunday", "DATE", "2019-09-08"), ("Tuesday morning", "TIME", "2019-09-10TMO")],
        ),
        (
            "The new ferry was slated to enter service on Thursday, the operator said.",
            MONDAY,
            [("Thursday", "DATE", "2019-09-12")],
        ),
        (
            "The committee was due to hear the appeal on Wednesday, but it was withdrawn at the last minute.",
            SUNDAY,
            [("Wednesday", "DATE", "2016-06-22")],
        ),
    ],
)
def test_a_past_timetable_points_after_its_arranging(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert [row[:3] for row in typed(text, dct) if row[0] != "the last minute"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index posted its second weekly gain in a row.", []),
        ("Orders fell for a third monthly decline.", []),
        ("The mill cut 300 hourly and 80 salaried jobs.", []),
        ("About 1,450 hourly and 230 salaried workers will lose their jobs.", []),
        ("We have two years, and we will use every day of it.", [("two years", "DURATION", "P2Y")]),
        ("She said she enjoyed every minute of them.", []),
        # a frequency or a quantifier with no such company still recurs
        (
            "The buses run hourly and the shop opens every day of the week.",
            [
                ("hourly", "SET", "PT1H"),
                ("every day", "SET", "P1D"),
            ],
        ),
    ],
)
def test_counted_changes_pay_classes_and_counted_off_days_do_not_recur(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The maker said every 2020 Sentra gets the new gearbox.", [("2020", "DATE", "2020")]),
        ("Each 2019 model has a larger screen.", [("2019", "DATE", "2019")]),
        # a count of things after "every" is no year
        ("Change the oil every 1000 miles.", []),
    ],
)
def test_a_year_after_every_or_each_is_a_model_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average age of a bus on U.K. roads is now a record 9.4 years.",
            [("now", "DATE", "PRESENT_REF")],
        ),
        ("The median age of the fleet rose to about 12 years.", []),
        # a length after another clause's verb is still a length
        ("The age limit is 18. The course is two years.", [("two years", "DURATION", "P2Y")]),
    ],
)
def test_a_length_told_as_an_age_is_not_tagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected
