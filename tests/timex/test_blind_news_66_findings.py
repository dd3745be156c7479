"""Rules added after the sixty-sixth blind news set (`data/gold/timex/blind_news_66.jsonl`, rules, laws,
taxes and regulations taking effect) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "by midmorning", "until midafternoon": a part of the day whose middle is written as one word keeps
  mod MID, as the hyphenated "mid-morning" does.
- "rates rise from the same date": "the same date" repeats the day just named, as "the same day" does.
- "taxes will reach 37% of national income by 2029-30": two consecutive years in a sentence about a
  tax take are one year of account, named by the year it ends in, as with borrowing or revenue.
- "approved the raise today, retroactive to July 1": the day a rule counts back to is told in passing;
  a clock time after it stays on the day the story is on.
- "at 12.30pm, and the regulator said today ...": a clause joined by "and" is a statement of its own,
  not the attribution that dates the clock time before it.
- "learner drivers may not drive between 11 p.m. and 5 a.m.": a modal stating a rule's permission or
  ban before a bound of hours gives the hours of the rule, on any day.
- "a ban on cups, lids and straws comes into force on Monday, a year after it was passed": the verb
  after a phrase whose object is a list agrees with the noun before the phrase, and its tense dates
  the weekday, not the tense of a clause after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

THURSDAY = date(2024, 11, 21)
TUESDAY = date(2003, 6, 17)
SATURDAY = date(2019, 3, 9)
WEDNESDAY = date(2010, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crews had cleared the road by midmorning.", [("midmorning", "2010-09-15TMO", "MID")]),
        ("The hearing ran until midafternoon.", [("midafternoon", "2010-09-15TAF", "MID")]),
        ("The hearing ran until mid-afternoon.", [("mid-afternoon", "2010-09-15TAF", "MID")]),
    ],
)
def test_one_word_middle_of_a_part_of_the_day(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stamp duty bands change on 1 April. The new surcharge applies from the same date.",
            [("1 April", "DATE", "2025-04-01"), ("the same date", "DATE", "2025-04-01")],
        ),
        (
            "The levy rose on 6 May 2019, and the cap was lifted on the same date.",
            [("6 May 2019", "DATE", "2019-05-06"), ("the same date", "DATE", "2019-05-06")],
        ),
        ("Please keep the date of this letter.", []),
    ],
)
def test_the_same_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taxes will reach 37% of national income by 2029-30.",
            [("2029-30", "DATE", "2030")],
        ),
        (
            "Income tax receipts rose sharply in 2022-23.",
            [("2022-23", "DATE", "2023")],
        ),
        (
            "He fought in the war of 1914-18 and paid no tax.",
            [("1914", "DATE", "1914"), ("18", "DATE", "1918")],
        ),
    ],
)
def test_a_tax_take_in_two_years_is_a_year_of_account(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council approved the pay deal today, retroactive to April 1. The vote came at 11 p.m.",
            [
                ("today", "DATE", "2003-06-17"),
                ("April 1", "DATE", "2003-04-01"),
                ("11 p.m.", "TIME", "2003-06-17T23:00"),
            ],
        ),
        (
            "Nurses won a 4% rise on Monday, backdated to January. Talks had ended at 3 a.m.",
            [
                ("Monday", "DATE", "2003-06-16"),
                ("January", "DATE", "2003-01"),
                ("3 a.m.", "TIME", "2003-06-16T03:00"),
            ],
        ),
    ],
)
def test_a_day_counted_back_to_is_told_in_passing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor signed the order on Monday. She spoke at 4pm, and her office said today the order stands.",
            [
                ("Monday", "DATE", "2003-06-16"),
                ("4pm", "TIME", "2003-06-16T16:00"),
                ("today", "DATE", "2003-06-17"),
            ],
        ),
        (
            "The mayor signed the order on Monday. Power was back by 4pm, the utility said today.",
            [
                ("Monday", "DATE", "2003-06-16"),
                ("4pm", "TIME", "2003-06-17T16:00"),
                ("today", "DATE", "2003-06-17"),
            ],
        ),
    ],
)
def test_a_coordinated_clause_is_no_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Learner drivers may not drive between 11 p.m. and 5 a.m.",
            [("11 p.m.", "TIME", "XXXX-XX-XXT23:00"), ("5 a.m.", "TIME", "XXXX-XX-XXT05:00")],
        ),
        (
            "Under the new licence, bars must not serve alcohol after 10pm for six months.",
            [("10pm", "TIME", "XXXX-XX-XXT22:00"), ("six months", "DURATION", "P6M")],
        ),
    ],
)
def test_hours_of_a_rule_stated_with_a_modal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ban on plastic cups, lids and straws comes into force on Monday, a year after it was passed.",
            [("Monday", "DATE", "2019-03-11"), ("a year", "DURATION", "P1Y")],
        ),
        (
            "A levy on cans, bottles and cartons starts on Monday, two years after it was agreed.",
            [("Monday", "DATE", "2019-03-11"), ("two years", "DURATION", "P2Y")],
        ),
    ],
)
def test_a_verb_after_a_list_agrees_with_the_noun_before_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected
