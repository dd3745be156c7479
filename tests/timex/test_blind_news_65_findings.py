"""Rules added after the sixty-fifth blind news set (`data/gold/timex/blind_news_65.jsonl`, shipping, ports
and maritime news) was scored once: each row is a sentence of our own showing the general English usage
behind one finding.

- "analysts expect a recovery in the fourth quarter": a quarter foreseen by a verb of forecasting in the
  present lies ahead (or has just closed with its figures still to come), not last year's.
- "at the next spring tide", "spring water": "spring" before a tide, water or a coil is no season.
- "a second officer on every night crossing": "every night" before a noun it qualifies ("every night
  shift") is each of a kind of journey or work, not each night.
- "will stay overnight in Rhodes on 18 May": an "overnight" with a place and then a day is the night of
  that day, as "overnight on Tuesday" is.
- "ran aground on 3 March and was refloated the next day", undated: the day after the year-less day just
  named (XXXX-03-04), as a dated text counts from its day.
- "The skipper said the boat had left port on Tuesday. It sank at 0615": a day in a past perfect someone
  is reported as saying is background; the report's clock times stay on the day it had reached.
- "at 0214 ... has campaigned for it since 2016": after a year's preposition, a number that reads as a
  modern year is a 24-hour clock time only where its own paragraph writes one.
- "Tugs pulled at her on Wednesday. The next attempt will begin at 11 p.m.": a clock time in a future
  clause is not on a past day told before it.
- "the 0930 from Ullapool", "the 0715 to Oban": a departure named by its zero-led 24-hour time.
- "as winter approached", "as winter sets in": the season as the subject of its coming is the one at
  hand.
- "had minutes left.", "has had months to decide", "with weeks to go": a bare plural unit still to pass or
  to use is an unspecified length.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

FRIDAY = date(2009, 4, 17)
THURSDAY = date(2016, 3, 10)
MONDAY = date(2019, 10, 14)
SATURDAY = date(2020, 2, 8)
TUESDAY = date(2006, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most analysts expect a recovery in the third quarter, when the new plant opens.",
            [("the third quarter", "DATE", "2009-Q3")],
        ),
        (
            "The airline forecasts a small profit in the fourth quarter.",
            [("the fourth quarter", "DATE", "2009-Q4")],
        ),
        # a quarter reported without a verb of forecasting is still the one last closed
        ("Sales fell 4 percent in the first quarter.", [("the first quarter", "DATE", "2009-Q1")]),
    ],
)
def test_a_quarter_foreseen_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The barge can only be floated off at the next spring tide.", []),
        ("Spring water from the hills feeds the reservoir.", []),
        ("The barge will be floated off in the spring.", [("the spring", "DATE", "2016-SP")]),
    ],
)
def test_spring_before_a_tide_is_no_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unions want a second engineer on every night crossing from next year.",
            [("next year", "DATE", "2020")],
        ),
        ("She has worked every night shift since the summer.", [("the summer", "DATE", "2019-SU")]),
        ("The ferries run every night, weather permitting.", [("every night", "SET", "XXXX-XX-XXTNI")]),
    ],
)
def test_every_night_before_its_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The liner will stay overnight in Valletta on 22 October.",
            [("overnight", "TIME", "2019-10-22TNI"), ("22 October", "DATE", "2019-10-22")],
        ),
        (
            "The coach tour will stop overnight at St. Moritz on Friday.",
            [("overnight", "TIME", "2019-10-18TNI"), ("Friday", "DATE", "2019-10-18")],
        ),
    ],
)
def test_overnight_at_a_place_on_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tanker grounded on 14 June and was refloated the next day.",
            [("14 June", "DATE", "XXXX-06-14"), ("the next day", "DATE", "XXXX-06-15")],
        ),
        (
            "The festival ends on 31 August. Stalls are cleared the following day.",
            [("31 August", "DATE", "XXXX-08-31"), ("the following day", "DATE", "XXXX-09-01")],
        ),
        (
            "The pier was closed on 9 May and reopened the same day.",
            [("9 May", "DATE", "XXXX-05-09"), ("the same day", "DATE", "XXXX-05-09")],
        ),
    ],
)
def test_undated_days_count_from_a_yearless_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The yacht's distress beacon went off at 0220 on Friday. Her owner said she had left Falmouth "
            "on Wednesday morning. The crew were lifted off at about 0500.",
            [
                ("0220", "TIME", "2020-02-07T02:20"),
                ("Friday", "DATE", "2020-02-07"),
                ("Wednesday morning", "TIME", "2020-02-05TMO"),
                ("about 0500", "TIME", "2020-02-07T05:00"),
            ],
        ),
    ],
)
def test_a_reported_past_perfect_keeps_the_days_clock(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lifeboat launched at 0340 on 2 May 2018.\n"
            "The charity, which has funded the station since 2015, said the crew did well.",
            [
                ("0340", "TIME", "2018-05-02T03:40"),
                ("2 May 2018", "DATE", "2018-05-02"),
                ("2015", "DATE", "2015"),
            ],
        ),
    ],
)
def test_a_modern_year_after_since_in_another_paragraph(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Divers worked on the wreck on Sunday. The lift will start at 9 p.m. if the swell drops.",
            [("Sunday", "DATE", "2019-10-13"), ("9 p.m.", "TIME", "2019-10-14T21:00")],
        ),
    ],
)
def test_a_future_clock_time_leaves_the_past_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storms cancelled the 0745 from Larne.", [("0745", "TIME", "2006-11-21T07:45")]),
        ("Only the 0610 to Stranraer ran.", [("0610", "TIME", "2006-11-21T06:10")]),
        ("Prices rose from the 1990 level.", [("1990", "DATE", "1990")]),
    ],
)
def test_a_departure_named_by_its_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hill farmers moved their flocks down as winter approached.", [("winter", "DATE", "2006-WI")]),
        ("Demand for heating oil always climbs as winter sets in.", [("winter", "DATE", "2006-WI")]),
    ],
)
def test_a_season_as_the_subject_of_its_coming(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We had hours left," the pilot said.', [("hours", "DURATION", "PTXH")]),
        ("The council has had years to fix the quay.", [("years", "DURATION", "PXY")]),
        ("With weeks to go, the yard is behind schedule.", [("weeks", "DURATION", "PXW")]),
    ],
)
def test_bare_units_still_to_pass(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, TUESDAY) == expected
