"""Rules added after the fifteenth blind news set (`data/gold/timex/blind_news_15.jsonl`, technology and
company news) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "calendar 2025" and "calendar year 2019" are one expression, the year itself, named so in company
  copy to set it apart from fiscal years (as "fiscal 2025" is one expression).
- "the end of the second quarter", "the start of the fourth quarter of 2018", "late in the first half":
  a part of a counted quarter or half is one expression with its mod, as "the end of the quarter" is.
- "the holiday quarter" and "the Christmas quarter" are the calendar quarter holding the selling season
  (October to December), as "the September quarter" is the quarter ending in September.
- "a 2009 that looks nothing like 2008": a year likened to a year just named is a year, not a count.
- "in its Canadian stores as early as April 11": a capitalized adjective of a people or place before a
  form that is a noun or a verb ("stores", "plants") modifies the noun; it names no subject.
- "Upgrades take time, and October will be here soon": a date right after "and"/"but" and before
  "will" is the subject of a new clause in the future, not a time of the verb before the conjunction.
- "will take a 15 percent pay cut through December", "a 10% cut": a form after "a" and an amount heads
  a noun phrase; the verb before it ("will take") tells the clause's tense.
- "signed a deal last month to sell it starting in May": a past signing, like a past agreement ("agreed
  to buy it in May"), is followed by the act it is for, on either side of now.
- "cleared for launch on Tuesday", "fueled for liftoff on Saturday": a bare noun of an act after "for"
  names what is set for that day, which lies ahead of the setting, as "payable Dec. 5" does.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

TUESDAY = date(2019, 3, 12)
FRIDAY = date(2013, 1, 25)
WEDNESDAY = date(2017, 9, 6)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The chip maker said its order book was full for calendar 2020.",
            TUESDAY,
            [("calendar 2020", "DATE", "2020")],
        ),
        (
            "Shipments grew 8 percent in calendar year 2018, the trade group said.",
            TUESDAY,
            [("calendar year 2018", "DATE", "2018")],
        ),
        (
            "The airline will retire its oldest jets by the end of the third quarter.",
            TUESDAY,
            [("the end of the third quarter", "DATE", "2019-Q3")],
        ),
        (
            "The mill reopened at the start of the fourth quarter of 2011.",
            TUESDAY,
            [("the start of the fourth quarter of 2011", "DATE", "2011-Q4")],
        ),
        (
            "Analysts expect the toy maker to earn most of its profit in the holiday quarter.",
            WEDNESDAY,
            [("the holiday quarter", "DATE", "2017-Q4")],
        ),
        (
            "The grocer's sales in the Christmas quarter rose 2 percent, it said on Friday.",
            FRIDAY,
            [("the Christmas quarter", "DATE", "2012-Q4"), ("Friday", "DATE", "2013-01-25")],
        ),
        (
            "Growers fear a 2013 that looks a lot like 2012.",
            FRIDAY,
            [("2013", "DATE", "2013"), ("2012", "DATE", "2012")],
        ),
    ],
)
def test_company_periods(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The airline will retire its oldest jets by the end of the third quarter.",
            TUESDAY,
            [("the end of the third quarter", "2019-Q3", "END")],
        ),
        (
            "Orders slowed late in the second half, the company said.",
            TUESDAY,
            [("late in the second half", "2018-H2", "END")],
        ),
    ],
)
def test_part_of_a_counted_quarter_keeps_its_mod(
    text: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert only(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a people's adjective before "stores" or "plants": the verb of the clause is the passive before
        (
            "The faulty software was installed in its Canadian stores as early as April 11.",
            WEDNESDAY,
            [("April 11", "DATE", "2017-04-11")],
        ),
        # a date opening a new clause before "will"
        (
            "Repairs take weeks, and November will come quickly.",
            TUESDAY,
            [("weeks", "DURATION", "PXW"), ("November", "DATE", "2019-11")],
        ),
        (
            "Sales slipped last year, but August will bring the new model.",
            WEDNESDAY,
            [("last year", "DATE", "2016"), ("August", "DATE", "2018-08")],
        ),
        # a noun after an article and an amount
        (
            "Managers will take a 12 percent pay cut through December.",
            FRIDAY,
            [("December", "DATE", "2013-12")],
        ),
        (
            "Nurses will accept a 4% cut until September.",
            TUESDAY,
            [("September", "DATE", "2019-09")],
        ),
        # an act set "for" a day is ahead of the setting
        (
            "Controllers have cleared the probe for launch on Thursday after a fuel leak was fixed.",
            TUESDAY,
            [("Thursday", "DATE", "2019-03-14")],
        ),
        (
            "Crews fueled the rocket for liftoff on Saturday.",
            date(2019, 3, 14),
            [("Saturday", "DATE", "2019-03-16")],
        ),
        # the act a signed agreement is for follows the signing
        (
            "The brewer signed a deal last month to sell its beer in Japan starting in July.",
            TUESDAY,
            [("last month", "DATE", "2019-02"), ("July", "DATE", "2019-07")],
        ),
        # still past: a verb after a name, a hyphenated age, a plain subject
        (
            "A 15-year-old boy cut his hand in December.",
            FRIDAY,
            [("December", "DATE", "2012-12")],
        ),
        (
            "A judge set bail in December.",
            FRIDAY,
            [("December", "DATE", "2012-12")],
        ),
    ],
)
def test_clause_tense_behind_noun_phrases(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected
