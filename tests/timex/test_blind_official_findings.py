"""Rules added after the official-prose blind set (`data/gold/timex/blind_official.jsonl`) was scored once:
each row is a sentence of our own showing the general English usage behind one finding.

- A slash joins two consecutive years into one year of account ("2022/23", "the financial year 2024/25",
  "the tax year 2023/24"), named by the year it ends in as "fiscal 1989" is; "the current financial
  year" is one expression, as "the current fiscal year" is. A season of play keeps its own reading.
- "the medium term" and "the long term" look ahead, as "the near term" does; "long-term" does not.
- A year after a determiner and before a plural noun of rules ("the 2018 amendments", "the 2016
  rules") is a year, as "the 2019 elections" is; without the determiner it stays a count.
- A results statement puts the comparative year in parentheses before a colon and an amount
  ("£286.4 million (2007: £251.2 million)").
- A year after "to" that closes a counted period ("in the ten years to 2019") is a year.
- Days listed before one month ("on 10, 17 and 24 May") all take that month; numbers listed before a
  noun ("sections 32, 35 and 46") are not days.
- A plural weekday after "except" or "excluding" is a set ("each day except Sundays").
- The formal date of deeds and notices: "Dated this 12th day of January 2026", "the 3rd day of May".
- A clock time written next to a set of days ("between 8am and 6pm each day", "daily from 9am to
  5pm") is that time of every such day, whatever the tense of the clause.
- "after 5pm on that date": the clock time is on the day just named.
- A day of the month named again without its year is the day the text has already dated.
- Prose that recounts a past years before the DCT by its full dates ("On 2 February 2016 ... on
  Friday 5 February") goes on in that year, in past clauses of the same paragraph.
- A balance at a day ("as at 31 March 2008, up 21% on a year earlier") is compared with the same day a
  year before; a period closing at a day ("the year to 30 June") still compares whole years.
- "Session 1994-95" names a sitting of parliament, as a season of play is named: no year.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.model.document import DocumentKind
from tests.timex.timex_support import typed

FRIDAY = date(2008, 5, 16)
MONDAY = date(2026, 1, 12)
WEDNESDAY = date(2019, 7, 10)
TUESDAY = date(1995, 6, 20)
THURSDAY = date(2024, 3, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuition fees for 2023/24 rose by 3%.", [("2023/24", "DATE", "2024")]),
        (
            "The grant will be paid in the financial year 2024/25.",
            [("the financial year 2024/25", "DATE", "2025")],
        ),
        ("Allowances fell in the tax year 2021/22.", [("the tax year 2021/22", "DATE", "2022")]),
        ("Spending in 2019/2020 was flat.", [("2019/2020", "DATE", "2020")]),
        ("Sales in FY2006/07 rose.", [("FY2006/07", "DATE", "2007")]),
        (
            # an April-to-March year of account, said in May 2008, ends in 2009 (blind_official's gold)
            "Trading in the current financial year has been firm.",
            [("the current financial year", "DATE", "2009")],
        ),
        # not consecutive: no single year of account
        (
            "Prices doubled between 2001/05 and now.",
            [("2001", "DATE", "2001"), ("now", "DATE", "PRESENT_REF")],
        ),
        # a season of play is left to the rules for seasons, which leave it untagged (blind_sports)
        ("He scored 20 goals in the 2006/07 season.", []),
    ],
)
def test_slashed_years_of_account(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rates should settle in the medium term.", [("the medium term", "DATE", "FUTURE_REF")]),
        ("Over the long term, the fund expects steady returns.", [("the long term", "DATE", "FUTURE_REF")]),
        ("The board approved a long-term plan and a medium-term budget.", []),
    ],
)
def test_terms_that_look_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court held that the 2018 amendments did not apply.", [("2018", "DATE", "2018")]),
        ("The 2016 rules were stricter than these.", [("2016", "DATE", "2016")]),
        ("Members tabled 2018 amendments to the bill.", []),
        (
            "Revenue rose 14% to £286.4 million (2007: £251.2 million).",
            [("2007", "DATE", "2007")],
        ),
        ("Net debt was £22.1 million (2007: £9.8 million).", [("2007", "DATE", "2007")]),
        (
            "Ridership fell by a tenth in the ten years to 2019.",
            [("the ten years", "DURATION", "P10Y"), ("2019", "DATE", "2019")],
        ),
        ("Output rose from 1500 tonnes to 2019 tonnes.", []),
    ],
)
def test_years_in_official_and_results_prose(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee sat on 10, 17 and 24 May.",
            [("10", "DATE", "1995-05-10"), ("17", "DATE", "1995-05-17"), ("24 May", "DATE", "1995-05-24")],
        ),
        (
            "Hearings were held on 3, 4, and 9 March.",
            [("3", "DATE", "1995-03-03"), ("4", "DATE", "1995-03-04"), ("9 March", "DATE", "1995-03-09")],
        ),
        ("Sections 32, 35 and 46 of the Act apply.", []),
        ("The votes were 10, 17 and 24 in that order.", []),
    ],
)
def test_days_listed_before_one_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parking is charged each day except Sundays.",
            [("each day", "SET", "P1D"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
        (
            "The ferry runs daily excluding Saturdays.",
            [("daily", "SET", "P1D"), ("Saturdays", "SET", "XXXX-WXX-6")],
        ),
        ("Sundays are quiet here.", []),
    ],
)
def test_plural_weekday_after_an_exception(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dated this 12th day of January 2026.", [("this 12th day of January 2026", "DATE", "2026-01-12")]),
        ("Signed on the 3rd day of May, 1990.", [("the 3rd day of May, 1990", "DATE", "1990-05-03")]),
        ("It rained on the 4th of July 2025.", [("the 4th of July 2025", "DATE", "2025-07-04")]),
    ],
)
def test_formal_day_of_the_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The order will introduce charges between 8am and 6pm each day.",
            [
                ("8am", "TIME", "XXXX-XX-XXT08:00"),
                ("6pm", "TIME", "XXXX-XX-XXT18:00"),
                ("each day", "SET", "P1D"),
            ],
        ),
        (
            "The reading room will open daily from 9am to 5pm.",
            [
                ("daily", "SET", "P1D"),
                ("9am", "TIME", "XXXX-XX-XXT09:00"),
                ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ],
        ),
        (
            "The bridge will close at 10pm on Sundays.",
            [("10pm", "TIME", "XXXX-XX-XXT22:00"), ("Sundays", "SET", "XXXX-WXX-7")],
        ),
        # one day: a time of that day
        (
            "The bridge closed at 10pm on Sunday.",
            [("10pm", "TIME", "2026-01-11T22:00"), ("Sunday", "DATE", "2026-01-11")],
        ),
        ("The hearing will start at 9am.", [("9am", "TIME", "2026-01-12T09:00")]),
    ],
)
def test_clock_time_beside_a_set_of_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


def test_clock_time_on_that_date_is_on_the_day_just_named() -> None:
    text = "Objections must reach us on or before 2 February 2026. Any received after 5pm on that date will be ignored."
    assert typed(text, MONDAY) == [
        ("2 February 2026", "DATE", "2026-02-02"),
        ("5pm", "TIME", "2026-02-02T17:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 February 2016 the council issued a notice. It reached the landlord on Friday 5 February."
            " The repairs were finished on 4 March 2016.\n\nThe notice arrived on 5 February, so the period"
            " ended on 4 March.",
            [
                ("2 February 2016", "DATE", "2016-02-02"),
                ("Friday 5 February", "DATE", "2016-02-05"),
                ("4 March 2016", "DATE", "2016-03-04"),
                ("5 February", "DATE", "2016-02-05"),
                ("4 March", "DATE", "2016-03-04"),
            ],
        ),
        # a date of the DCT's own year leaves the others to the tense
        (
            "The appeal was heard on 13 March 2019. The parties filed their papers on 2 May.",
            [("13 March 2019", "DATE", "2019-03-13"), ("2 May", "DATE", "2019-05-02")],
        ),
        # a new paragraph comes back to the news
        (
            "The firm was founded on 1 June 2009.\n\nIt reported its results on 2 May.",
            [("1 June 2009", "DATE", "2009-06-01"), ("2 May", "DATE", "2019-05-02")],
        ),
        # a month years back names no day to recount from
        (
            "The band formed in June 2009. It played its last concert on 2 May.",
            [("June 2009", "DATE", "2009-06"), ("2 May", "DATE", "2019-05-02")],
        ),
    ],
)
def test_a_past_recounted_by_its_full_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, WEDNESDAY, kind=DocumentKind.NEWS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The order book stood at £142 million as at 31 March 2008, up 21% on a year earlier.",
            [("31 March 2008", "DATE", "2008-03-31"), ("a year earlier", "DATE", "2007-03-31")],
        ),
        (
            "Sales in the 12 months to 30 June 2007 rose to £3 million, against £2 million a year earlier.",
            [
                ("the 12 months", "DURATION", "P12M"),
                ("30 June 2007", "DATE", "2007-06-30"),
                ("a year earlier", "DATE", "2007"),
            ],
        ),
    ],
)
def test_a_balance_at_a_day_compared_a_year_earlier(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Third Report of Session 1994-95.", []),
        ("The bill fell at the end of the 1994 session.", [("1994", "DATE", "1994")]),
    ],
)
def test_a_parliamentary_session_is_not_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy took effect on 1 March 2018.\n\nMost firms had paid it by 1 March.",
            [("1 March 2018", "DATE", "2018-03-01"), ("1 March", "DATE", "2018-03-01")],
        ),
        # a future clause looks to the next one
        (
            "The levy took effect on 1 March 2020. Firms must renew their licences by 1 March.",
            [("1 March 2020", "DATE", "2020-03-01"), ("1 March", "DATE", "2021-03-01")],
        ),
    ],
)
def test_a_day_named_again_without_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2021, 1, 10), kind=DocumentKind.NEWS) == expected
