"""Rules added after the thirty-ninth blind news set (`data/gold/timex/blind_news_39.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- A shopping day named for its place in the calendar ("Black Friday", "Cyber Monday") is the day when it
  is joined by "and" to a date just written ("on Thanksgiving Day and Black Friday") or stands after
  "between", as it is after "on"; "Black Friday deals" with no such word before it still names a kind.
- A feast followed by "last year", "this year" or "next year" ("Boxing Day last year") is one expression,
  the feast in that year counted from now, as "March last year" is.
- A verb after a subject with a "for" phrase ("Tickets for the tour go on sale Friday") agrees with the
  noun before "for", so the clause is read in its own tense, not in that of a later "after" clause.
- A month named in a past clause right after a day of that month ("last Christmas, when sales were hurt
  by a mild December") is the month of that day, not the one ahead of the writer.
- A holiday opening a "from ... through" stretch in a future clause ("will shop over the five days from
  Thanksgiving through Cyber Monday", two days after Thanksgiving) is the one just past when the stretch
  has begun with it; one further back stays the next.
- A month between "the" and "sales" ("came for the January sales") names the yearly event, not a month;
  "the January sales figures" and "January sales rose" are the month's own.
- A frequency word before a sum charged at that interval ("daily penalties", "a monthly fee") is a rate,
  not a time that recurs.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SATURDAY = date(2021, 11, 27)
FRIDAY = date(2010, 11, 26)
TUESDAY = date(2022, 3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Footfall on Thanksgiving Day and Black Friday fell by a tenth.",
            [("Thanksgiving Day", "DATE", "2021-11-25"), ("Black Friday", "DATE", "2021-11-26")],
        ),
        (
            "Most of the discounting happens between Black Friday and Christmas.",
            [("Black Friday", "DATE", "2021-11-26"), ("Christmas", "DATE", "2021-12-25")],
        ),
        ("Shoppers compared Black Friday deals on their phones.", []),
    ],
)
def test_a_shopping_day_joined_to_a_date_or_after_between_is_the_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Those who waited for Boxing Day last year got the best prices.",
            [("Boxing Day last year", "DATE", "2009-12-26")],
        ),
        (
            "The mall will stay open late on Christmas Eve next year.",
            [("Christmas Eve next year", "DATE", "2011-12-24")],
        ),
    ],
)
def test_a_feast_with_a_relative_year_is_one_expression(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tickets for the tour go on sale at 10 a.m. Friday, after a presale sold out on Monday.",
            [("10 a.m. Friday", "TIME", "2022-03-11T10:00"), ("Monday", "DATE", "2022-03-07")],
        ),
        (
            "Seats for the final go on sale Thursday, after the semi-finals ended.",
            [("Thursday", "DATE", "2022-03-10")],
        ),
    ],
)
def test_a_verb_after_a_for_phrase_agrees_with_the_subject_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toy sellers expect more than last Christmas, when trade was hurt by a wet December.",
            [("last Christmas", "DATE", "2009-12-25"), ("December", "DATE", "2009-12")],
        ),
        # no day of that month told: the month near ahead of the writer, as before
        (
            "Sales fell on Monday, hurt by fears of a weak December.",
            [("Monday", "DATE", "2010-11-22"), ("December", "DATE", "2010-12")],
        ),
    ],
)
def test_a_past_month_after_a_day_in_it_is_that_days_month(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Late payers face daily penalties of five pounds.", []),
        ("The gym charges a monthly fee of 30 dollars.", []),
        ("The ferry sails daily from May.", [("daily", "SET", "P1D"), ("May", "DATE", "2011-05")]),
    ],
)
def test_a_frequency_word_before_a_sum_charged_is_a_rate(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts say shoppers will spend more over the long weekend from Thanksgiving through Sunday.",
            [
                ("the long weekend", "DATE", "2021-W47-WE"),
                ("Thanksgiving", "DATE", "2021-11-25"),
                ("Sunday", "DATE", "2021-11-28"),
            ],
        ),
    ],
)
def test_a_holiday_opening_a_stretch_just_begun_is_the_one_past(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


def test_a_holiday_opening_a_stretch_long_past_is_the_next() -> None:
    text = "The market will run from Easter to September."
    assert typed(text, date(2021, 6, 5)) == [
        ("Easter", "DATE", "2022-04-17"),
        ("September", "DATE", "2022-09"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Queues formed outside the store for the January sales.", []),
        ("The January sales figures were weaker than hoped.", [("January", "DATE", "2011-01")]),
        ("January sales rose by 2 per cent.", [("January", "DATE", "2011-01")]),
    ],
)
def test_the_month_before_sales_names_the_yearly_event(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, date(2011, 2, 14)) == expected
