"""Rules added after the fifty-second blind news set (`data/gold/timex/blind_news_52.jsonl`: technology
incident and cyber-security stories) was scored once: each row is a sentence of our own showing the
general English usage behind one finding.

- "Posted Mar 12, 2024 - 16:48 UTC" and, on a later line, "Posted Mar 12, 2024 - 14:31 UTC": a dash after
  a day restated on a new line opens that line's stamp; a range of clock times ("from 10 p.m. to 6
  a.m.") runs within one line, so the earlier hour of the later line stays on the day it names.
- "slowed the clocks slightly over the 24 hours around it": a degree word before "over" with an article
  after it is the preposition of a span, not "more than" ("ran well over the two hours set" still is).
- "maintenance is normally done overnight": "overnight" in a clause an adverb of how often makes a habit
  ("usually", "normally", "typically") is every night, not the night before the DCT.
- "the year 2038 problem", "the year 2000 bug": a year a computer's counting runs out at, naming a class
  of software faults, is no time anything happens in.
- "at midnight on 1 January": the midnight that opens a year, which TIMEX3 writes as the end of 31
  December (T24:00), while "at midnight on Dec. 31" closes that day.
- "said it would refund March fees", "saw May sales fall": a capitalised "March" or "May" after a
  lower-case word and right before the figures or charges of a month is the month, not a name or a
  modal ("Officials said May would resign" keeps the name).
- '"It could be days."', "it could be weeks, officials said": a bare plural unit after a copula that
  closes its clause is how long something may take, a length with no number, as "is days away" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2017, 1, 1)
THURSDAY = date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Resolved. Posted Mar 12, 2024 - 16:48 UTC\n\nInvestigating. Posted Mar 12, 2024 - 14:31 UTC",
            None,
            [
                ("Mar 12, 2024", "DATE", "2024-03-12"),
                ("16:48 UTC", "TIME", "2024-03-12T16:48"),
                ("Mar 12, 2024", "DATE", "2024-03-12"),
                ("14:31 UTC", "TIME", "2024-03-12T14:31"),
            ],
        ),
        (
            "Fixed. Updated June 3, 2023 - 9:40 p.m.\nOutage began. Updated June 3, 2023 - 6:05 p.m.",
            date(2023, 6, 4),
            [
                ("June 3, 2023", "DATE", "2023-06-03"),
                ("9:40 p.m.", "TIME", "2023-06-03T21:40"),
                ("June 3, 2023", "DATE", "2023-06-03"),
                ("6:05 p.m.", "TIME", "2023-06-03T18:05"),
            ],
        ),
        # a range on one line that closes at an earlier hour still runs past midnight
        (
            "The road was shut from 10 p.m. to 6 a.m.",
            THURSDAY,
            [("10 p.m.", "TIME", "2024-03-14T22:00"), ("6 a.m.", "TIME", "2024-03-15T06:00")],
        ),
    ],
)
def test_a_stamp_on_a_new_line_is_no_range(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some firms slow their clocks slightly over the 24 hours around a leap second.",
            [("the 24 hours", "DURATION", "PT24H")],
        ),
        (
            "Prices rose just over the 12 months to June.",
            [("the 12 months", "DURATION", "P12M"), ("June", "DATE", "2016-06")],
        ),
        # "well over" is "more than", article or none
        (
            "The meeting ran well over the two hours set for it.",
            [("well over the two hours", "DURATION", "PT2H")],
        ),
        # with no article, the degree word and "over" are "more than"
        ("The talks lasted slightly over two hours.", [("slightly over two hours", "DURATION", "PT2H")]),
    ],
)
def test_over_with_an_article_opens_a_span(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our maintenance windows are normally held overnight, when traffic is lowest.",
            [("overnight", "SET", "XXXX-XX-XXTNI")],
        ),
        ("The freight trains usually ran overnight in those years.", [("overnight", "SET", "XXXX-XX-XXTNI")]),
        # an adverb of how often in another clause leaves the night before the DCT
        ("Usually quiet, the street flooded overnight.", [("overnight", "TIME", "2024-03-13TNI")]),
        ("Snow fell overnight.", [("overnight", "TIME", "2024-03-13TNI")]),
    ],
)
def test_overnight_in_a_habit_is_every_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Engineers warn that the year 2038 problem will hit old routers.", []),
        ("Banks spent billions on the year 2000 bug.", []),
        # the year itself, named as a time, is still tagged
        ("The counter runs out in the year 2038.", [("the year 2038", "DATE", "2038")]),
        ("A 2038 deadline looms.", [("2038", "DATE", "2038")]),
    ],
)
def test_the_year_of_a_software_fault_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The extra second was added at midnight UTC on 1 January. Servers recovered by 01:30 UTC.",
            SUNDAY,
            [
                ("midnight UTC", "TIME", "2016-12-31T24:00"),
                ("1 January", "DATE", "2017-01-01"),
                ("01:30 UTC", "TIME", "2017-01-01T01:30"),
            ],
        ),
        (
            "The law took effect at midnight on January 1, 2020.",
            date(2021, 2, 1),
            [("midnight", "TIME", "2019-12-31T24:00"), ("January 1, 2020", "DATE", "2020-01-01")],
        ),
        # the midnight named with the year's last day closes that day
        (
            "The ban began at midnight on Dec. 31.",
            date(2021, 1, 5),
            [("midnight", "TIME", "2020-12-31T24:00"), ("Dec. 31", "DATE", "2020-12-31")],
        ),
    ],
)
def test_midnight_on_new_years_day_opens_the_year(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It could be days," the hospital\'s chief said.', [("days", "DURATION", "PXD")]),
        ("It could be weeks, officials said.", [("weeks", "DURATION", "PXW")]),
        ("The repair may be months.", [("months", "DURATION", "PXM")]),
        # a unit that is the subject or follows an article is no length told
        ("Those were the days.", []),
        ("Hours passed.", []),
    ],
)
def test_a_bare_unit_after_a_copula_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The processor said it would refund March fees to shops.", [("March", "DATE", "2021-03")]),
        ("Retailers saw May sales fall sharply.", [("May", "DATE", "2020-05")]),
        # a name before a verb, and a modal, are no months
        ("Officials said May would resign.", []),
        ("Theresa May figures she can win.", []),
        ("We may charge fees.", []),
    ],
)
def test_a_month_before_its_charges_or_figures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2021, 3, 18)) == expected
