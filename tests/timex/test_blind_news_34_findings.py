"""Rules added after the thirty-fourth blind news set (`data/gold/timex/blind_news_34.jsonl`, agriculture,
food and commodities news) was scored once: each row is a sentence of our own showing the general English
usage behind one finding.

- "as low as", "as high as", "as long as": the word between the two "as" is the degree of a comparison,
  never a verb, so it gives no present tense to a weekday after it ("fell as low as minus 5C in the early
  hours of Wednesday" is the Wednesday past).
- A frequency word after a run or a rank ("the third straight monthly rise", "seven consecutive weekly
  losses", "its biggest weekly loss") is the period each change is measured over, not a time that recurs.
- A past range of months whose closing month has passed this year ("Rainfall from January to October was
  212 mm", told in November) lies in this year, however far back it opens.
- The end of the month the story is in has not come before its twentieth or so, so a past tense names last
  year's ("did not leave until the end of November", told on 12 November); the start of the month is over
  after its tenth, so a future tense names next year's.
- "10 am tomorrow", with "am" written apart in lower case, is one clock time when "tomorrow" or "tonight"
  follows, as it is before a weekday ("am" is no verb there).
- A bare season after "of" closing a ranked noun phrase ("the first frost of autumn", "the coldest night of
  winter") is the season ranked within, as "the biggest hit of the fall" is.
- "every school day", "each working day", "every business day": the days a school or an office is open,
  a daily set, as "every weekday" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import typed

SUNDAY = date(2011, 5, 8)
THURSDAY = date(2022, 4, 7)
SATURDAY = date(2019, 11, 30)
NOV_12 = date(1998, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Temperatures fell as low as minus 6C in the early hours of Wednesday, growers said.",
            [("Wednesday", "DATE", "2011-05-04")],
        ),
        ("Night temperatures dropped as low as minus 3C on Tuesday.", [("Tuesday", "DATE", "2011-05-03")]),
        (
            "The river came as close as a metre to the top of the levee on Saturday.",
            [("Saturday", "DATE", "2011-05-07")],
        ),
    ],
)
def test_the_degree_between_as_and_as_is_no_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dairy prices posted the fourth straight monthly gain.", []),
        ("The index ended a run of five consecutive weekly losses.", []),
        ("Maize suffered its sharpest weekly drop in a decade.", [("a decade", "DURATION", "P10Y")]),
        ("The council publishes the index monthly.", [("monthly", "SET", "P1M")]),
        ("Growers meet weekly in the village hall.", [("weekly", "SET", "P1W")]),
    ],
)
def test_a_frequency_word_after_a_run_or_a_rank_names_no_recurrence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rainfall at the station from February to September was the lowest on record.",
            [("February", "DATE", "2019-02"), ("September", "DATE", "2019-09")],
        ),
        (
            "Wool sales from January through August fell by a third.",
            [("January", "DATE", "2019-01"), ("August", "DATE", "2019-08")],
        ),
    ],
)
def test_a_past_range_of_months_that_has_closed_lies_in_this_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last season the boats stayed in port until the end of November.",
            [("the end of November", "DATE", "1997-11")],
        ),
        (
            "The trawlers sailed in late November after a long dispute.",
            [("late November", "DATE", "1997-11")],
        ),
        ("The trawlers sailed in early November.", [("early November", "DATE", "1998-11")]),
        ("The new quotas will apply from early November.", [("early November", "DATE", "1999-11")]),
        ("The fleet will sail at the end of November.", [("the end of November", "DATE", "1998-11")]),
    ],
)
def test_a_part_of_the_current_month_not_yet_reached_or_already_over(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, NOV_12) == expected


JAN_13 = date(2026, 1, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The march will resume at 10 am tomorrow, union leaders said.",
            [("10 am tomorrow", "TIME", "2026-01-14T10:00")],
        ),
        ("Talks open at 11 am tomorrow in the capital.", [("11 am tomorrow", "TIME", "2026-01-14T11:00")]),
        (
            "Voting resumes at 8 am tomorrow across the state.",
            [("8 am tomorrow", "TIME", "2026-01-14T08:00")],
        ),
    ],
)
def test_a_clock_time_with_am_apart_before_a_relative_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, JAN_13) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year the first frost of autumn came on 9 October.",
            [
                ("Last year", "DATE", "2010"),
                ("autumn", "DATE", "2010-FA"),
                ("9 October", "DATE", "2010-10-09"),
            ],
        ),
        ("Growers fear the first frost of autumn.", [("autumn", "DATE", "2011-FA")]),
        ("Winter barley was sown before the rains.", []),
    ],
)
def test_a_season_a_ranking_is_within(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils will be given milk every school day.", [("every school day", "SET", "P1D")]),
        ("The helpline is staffed each working day.", [("each working day", "SET", "P1D")]),
        ("Refunds are paid within five working days.", [("five working days", "DURATION", "P5D")]),
    ],
)
def test_every_school_or_working_day_is_a_daily_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, date(2003, 3, 10)) == expected
