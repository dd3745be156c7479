"""Rules added after the blind business set (`data/gold/timex/blind_business.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- "since" before a month or a day without a year ("the biggest fall since August", "the first decline
  since April") reaches back: the last one before the DCT, whatever the tense or how far back it lies.
- A verb of expecting or forecasting dates its own act when the date comes before it ("In November it
  forecast a profit") or right after it with a pronoun subject ("the $3.40 it forecast in November");
  what is expected lies ahead only when the date belongs to the object ("expected a recovery in May",
  "a meeting expected in September").
- In news, a bare "the month" ("in the month", "later in the month") refers back to the month the report
  has just named, not to the month of the DCT.
- Black Friday is the day after (US) Thanksgiving and Cyber Monday the Monday after it: in a year whose
  November opens on a Friday, the day after the fourth Thursday is the fifth Friday.
- A year in a participle's phrase set off by commas after the subject ("Tarrant, founded in 1921 in
  Wilmington, employs ...") is an aside on the subject's past: the rest of the sentence is not told in
  that year.
- A clock time that modifies a noun ("the 6 a.m. shift on Monday", "a 2 p.m. meeting on Friday") falls on
  the day named after that noun.
- After a verb of failing to pay ("missed a payment due June 1", "defaulted on notes due May 15") the day
  a debt fell due has passed: "due" no longer puts it ahead.
- In a results story, "a year earlier" after a period of several quarters ("For the first nine months,
  ... a year earlier") is the year before, not the quarter under discussion a year before.
- In news about the day before the DCT ("Bond prices rose yesterday ..."), a past-tense clock time with no
  day of its own ("The dollar fell to 135 yen at 4 p.m.") falls on that day, unless that day only dated
  a statement ("the ministry said on Monday").
- "the latest week" (or month, year) in reported figures is the last whole one before the DCT, as "the
  latest quarter" is the last completed quarter.
- A quarter or half qualifying a report still to come ("will report fourth-quarter results on Feb. 26",
  said in January) is the one that has just closed, not next year's; so is the year of "full-year
  results" said in the first months of a year, while "its full-year forecast" is the current year's.
- A premium in a takeover is counted over a price the market has already set: "will pay $30 a share, a
  premium of 25 percent to the closing price on Friday" is the last Friday, whatever the tense of "will
  pay"; a future close without a premium ("rebalanced at the closing price on Friday") stays ahead.
- "The strike began on June 18, hours after the contract expired at midnight": a midnight told in an
  "after" clause following a day is the midnight that opened that day (T24 of the day before), since the
  one that closes it comes after all of that day.
- "daily", "weekly" after "average" ("the average daily volume", "average weekly earnings") is a rate,
  an amount per day, not a time that recurs.

Found while checking the same habits of business copy in sentences of our own, after the scoring:
- "on a year-over-year basis", "month-over-month": a comparison of periods is a rate word, as
  "year-on-year" is; "a year" in it is no length of time.
- "the year to March 31" (British results copy) is a year-long period ending then, as "the year ended
  March 31" is.
- "the prior-year period", "the prior-year quarter" is "the year-earlier period": the quarter under
  discussion a year before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

MONDAY = date(2016, 6, 13)
TUESDAY = date(2014, 1, 7)
WEDNESDAY = date(2025, 3, 5)
SATURDAY = date(2004, 7, 31)
SUNDAY = date(2009, 6, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shares fell 4 percent on Monday, their steepest drop since August.",
            [("Monday", "DATE", "2016-06-13"), ("August", "DATE", "2015-08")],
        ),
        (
            "A fall in retail sales would be the first decline since April.",
            [("April", "DATE", "2016-04")],
        ),
        (
            "Mortgage rates have not been this low since early September.",
            [("early September", "DATE", "2015-09")],
        ),
        (
            "By then factory orders will have risen for ten months in a row since December.",
            [("ten months", "DURATION", "P10M"), ("December", "DATE", "2015-12")],
        ),
        ("The plant will close in August.", [("August", "DATE", "2016-08")]),
    ],
)
def test_since_reaches_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In November it forecast a loss of $4 million.", [("November", "DATE", "2015-11")]),
        ("The result is below the 50 cents it forecast in November.", [("November", "DATE", "2015-11")]),
        ("They predicted on Friday that prices would rise.", [("Friday", "DATE", "2016-06-10")]),
        ("Economists expected a recovery in November.", [("November", "DATE", "2016-11")]),
        ("Members will vote at a meeting expected in September.", [("September", "DATE", "2016-09")]),
    ],
)
def test_a_verb_of_expecting_dates_its_own_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The carrier flew 4 percent more people in January than a year earlier, it said on Wednesday.\n\n"
            "It carried 1.9 million passengers in the month.",
            [
                ("January", "DATE", "2025-01"),
                ("a year earlier", "DATE", "2024-01"),
                ("Wednesday", "DATE", "2025-03-05"),
                ("the month", "DATE", "2025-01"),
            ],
        ),
        (
            "Car sales slumped in February. Later in the month dealers cut prices.",
            [("February", "DATE", "2025-02"), ("Later in the month", "DATE", "2025-02")],
        ),
        (
            "Rents will rise this month. In the month, tenants must renew.",
            [("this month", "DATE", "2025-03"), ("the month", "DATE", "2025-03")],
        ),
    ],
)
def test_the_month_refers_back_to_the_month_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Crowds were thin on Black Friday.", TUESDAY, [("Black Friday", "DATE", "2013-11-29")]),
        ("Web sales jumped on Cyber Monday.", TUESDAY, [("Cyber Monday", "DATE", "2013-12-02")]),
        ("Black Friday deals drew long queues.", TUESDAY, []),
        ("Stores will open at 5 a.m. on Black Friday.", SUNDAY, [("5 a.m.", "TIME", "2009-11-27T05:00"),
                                                                ("Black Friday", "DATE", "2009-11-27")]),
    ],
)  # fmt: skip
def test_days_counted_from_thanksgiving(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ardent agreed on Monday to buy Lusk. Lusk, founded in 1926 in Akron, Ohio, employs 900 people "
            "and had revenue of $80 million in the year ended March 31.",
            [
                ("Monday", "DATE", "2016-06-13"),
                ("1926", "DATE", "1926"),
                ("March 31", "DATE", "2016-03-31"),
            ],
        ),
        (
            "The city said on Monday that repairs were done. The viaduct, built in 1958, was shut in March "
            "and reopened in May.",
            [
                ("Monday", "DATE", "2016-06-13"),
                ("1958", "DATE", "1958"),
                ("March", "DATE", "2016-03"),
                ("May", "DATE", "2016-05"),
            ],
        ),
    ],
)
def test_a_year_in_an_appositive_does_not_frame_the_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = typed(text, MONDAY)
    assert [item for item in found if item[0] != "the year"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff voted yesterday to end the strike. Work resumes with the 7 a.m. shift on Monday.",
            [
                ("yesterday", "DATE", "2004-07-30"),
                ("7 a.m.", "TIME", "2004-08-02T07:00"),
                ("Monday", "DATE", "2004-08-02"),
            ],
        ),
        (
            "The minister will take a 9 p.m. flight on Tuesday.",
            [("9 p.m.", "TIME", "2004-08-03T21:00"), ("Tuesday", "DATE", "2004-08-03")],
        ),
    ],
)
def test_a_clock_time_before_its_noun_takes_the_day_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chain missed a $14 million bond payment due June 1 and began talks with lenders.",
            [("June 1", "DATE", "2009-06-01")],
        ),
        ("The builder defaulted on notes due May 15.", [("May 15", "DATE", "2009-05-15")]),
        ("The board declared a dividend payable July 1.", [("July 1", "DATE", "2009-07-01")]),
        ("A payment of $3 million is due June 30.", [("June 30", "DATE", "2009-06-30")]),
    ],
)
def test_a_missed_payment_fell_due_in_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


THURSDAY = date(1991, 10, 24)
FRIDAY = date(1987, 11, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit fell in the quarter, to $9 million from $12 million a year earlier.",
            [("the quarter", "DATE", "1991-Q3"), ("a year earlier", "DATE", "1990-Q3")],
        ),
        (
            "Profit fell in the quarter. For the first nine months, it earned $30 million, down from "
            "$35 million a year earlier.",
            [
                ("the quarter", "DATE", "1991-Q3"),
                ("the first nine months", "DURATION", "P9M"),
                ("a year earlier", "DATE", "1990"),
            ],
        ),
    ],
)
def test_a_year_earlier_after_several_quarters_is_the_year_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Copper prices climbed yesterday on hopes of Chinese demand. The metal closed at $1.10 a pound "
            "at 3 p.m. in New York.",
            [("yesterday", "DATE", "1987-11-12"), ("3 p.m.", "TIME", "1987-11-12T15:00")],
        ),
        (
            "Exports fell 3 percent, the ministry said on Thursday. The yen traded at 135 at 3 p.m. in Tokyo.",
            [("Thursday", "DATE", "1987-11-12"), ("3 p.m.", "TIME", "1987-11-13T15:00")],
        ),
    ],
)
def test_a_clock_time_in_a_story_of_yesterday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jobless claims fell by 12,000 in the latest week.", [("the latest week", "DATE", "1987-W45")]),
        ("Car sales rose 4 percent in the latest month.", [("the latest month", "DATE", "1987-10")]),
        ("Profit rose 8 percent in the latest quarter.", [("the latest quarter", "DATE", "1987-Q3")]),
    ],
)
def test_the_latest_period_is_the_last_whole_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brewer will report fourth-quarter results on Feb. 20.",
            [("fourth-quarter", "DATE", "2013-Q4"), ("Feb. 20", "DATE", "2014-02-20")],
        ),
        ("The brewer will publish second-half earnings next month.",
         [("second-half", "DATE", "2013-H2"), ("next month", "DATE", "2014-02")]),
        ("Demand will pick up in the fourth quarter.", [("the fourth quarter", "DATE", "2014-Q4")]),
        ("It will report first-quarter results in April.",
         [("first-quarter", "DATE", "2014-Q1"), ("April", "DATE", "2014-04")]),
    ],
)  # fmt: skip
def test_a_report_still_to_come_covers_the_period_just_closed(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The carrier will report full-year results on March 20.", WEDNESDAY,
         [("full-year", "DATE", "2024"), ("March 20", "DATE", "2025-03-20")]),
        ("The miner cut its full-year forecast.", THURSDAY, [("full-year", "DATE", "1991")]),
    ],
)  # fmt: skip
def test_full_year(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnover was twice the average daily volume.", []),
        ("Average weekly earnings rose 2 percent.", []),
        ("Trains to the airport run daily.", [("daily", "SET", "P1D")]),
    ],
)
def test_average_daily_is_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins widened on a year-over-year basis.", []),
        ("Orders rose on a month-over-month basis.", []),
        ("The audit took a year to finish.", [("a year", "DURATION", "P1Y")]),
        ("Pretax profit fell in the year to March 31.", [("the year", "DURATION", "P1Y"),
                                                        ("March 31", "DATE", "2014-03-31")]),
        ("Rents rose in the year through June.", [("the year", "DURATION", "P1Y"), ("June", "DATE", "2013-06")]),
        ("The year to come will be hard.", []),
    ],
)  # fmt: skip
def test_comparisons_and_periods_to_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit rose in the third quarter to $40 million from $31 million in the prior-year period.",
            [("the third quarter", "DATE", "1991-Q3"), ("the prior-year period", "DATE", "1990-Q3")],
        ),
        (
            "Costs were higher than in the prior-year quarter.",
            [("the prior-year quarter", "DATE", "1990-Q3")],
        ),
        ("The court applied prior-year tax rules.", []),
    ],
)
def test_prior_year_is_year_earlier(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ardent will pay $30 a share in cash, a premium of 25 percent to Lusk's closing price on Friday.",
            [("Friday", "DATE", "2016-06-10")],
        ),
        (
            "The buyer will pay $12 a share, a 40 percent premium over Thursday's close.",
            [("Thursday", "DATE", "2016-06-09")],
        ),
        ("The index will be rebalanced at the closing price on Friday.", [("Friday", "DATE", "2016-06-17")]),
    ],
)
def test_a_premium_is_counted_over_a_past_close(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The walkout began on June 18, hours after the old agreement lapsed at midnight.",
            [
                ("June 18", "DATE", "2004-06-18"),
                ("hours", "DURATION", "PTXH"),
                ("midnight", "TIME", "2004-06-17T24:00"),
            ],
        ),
        (
            "The talks on June 18 went on until midnight.",
            [("June 18", "DATE", "2004-06-18"), ("midnight", "TIME", "2004-06-18T24:00")],
        ),
    ],
)
def test_a_midnight_after_which_a_day_began(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SATURDAY) == expected
