"""Rules added after the twenty-sixth blind news set (`data/gold/timex/blind_news_26.jsonl`) was scored
once: each row is a sentence of our own showing the general English usage behind one finding.

- A frequency's count belongs to an adverb of frequency as it does to "a day": "twice daily", "three
  times weekly", "once daily".
- A counted length before "ahead" ("two months ahead of schedule") is that length; a bare plural ("weeks
  ahead of schedule") is a length of unknown size, "ahead" left out as the gold sets leave it.
- A decimal amount of a unit that is no whole number of the next smaller unit keeps its decimal ("a
  median of 4.2 years" is P4.2Y), while "2.5 years" is still two years and six months.
- "overnight" before a weekday is that weekday's night ("peaks overnight Tuesday into Wednesday"), as
  "Tuesday night" is.
- A participle after "be" and a degree ("will be 72 percent lit Tuesday night") is the complement of
  "be", so the clause is in the future; and "lit", "burnt", "spilt" ... are participles as well as pasts.
- An ordinal millennium is a date of one digit: "the third millennium BC" is BC2, "the third millennium"
  is 2, as a century is two digits.
- A count of years back from now that passes the start of the era is a year before Christ ("about 5,300
  years ago" in 2012 is 3289 BC; there is no year 0).
- A season before "solstice" or "equinox" names the day the season turns, not the season.
- "$2,900 a month before discounts", "a year after tax": an amount per period stays a rate when
  "before"/"after" introduces a deduction, not an event.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex.timex_support import only, typed

SUNDAY = date(2022, 12, 11)
WEDNESDAY = date(2012, 9, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tablets are taken twice daily with food.", [("twice daily", "SET", "P1D")]),
        ("Nurses check the wound three times weekly.", [("three times weekly", "SET", "P1W")]),
        ("The patch is changed daily.", [("daily", "SET", "P1D")]),
        ("She reads the Daily Mirror.", []),
    ],
)
def test_a_frequency_count_belongs_to_its_adverb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge opened two months ahead of schedule.", [("two months", "DURATION", "P2M")]),
        ("The tunnel was finished 18 months ahead of plan.", [("18 months", "DURATION", "P18M")]),
        ("The school opened weeks ahead of schedule.", [("weeks", "DURATION", "PXW")]),
    ],
)
def test_a_counted_length_before_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The patients were followed for a median of 4.2 years.", [("4.2 years", "DURATION", "P4.2Y")]),
        ("The drought lasted 1.7 days longer than forecast.", [("1.7 days", "DURATION", "P1.7D")]),
        ("The loan ran for 2.5 years.", [("2.5 years", "DURATION", "P2Y6M")]),
        ("The meeting went on for 1.5 hours.", [("1.5 hours", "DURATION", "PT1H30M")]),
    ],
)
def test_a_decimal_length_keeps_its_decimal_unless_whole(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm peaks overnight Tuesday into Wednesday.",
            [("overnight Tuesday", "TIME", "2022-12-13TNI"), ("Wednesday", "DATE", "2022-12-14")],
        ),
        ("Burglars broke into the shop overnight Friday.", [("overnight Friday", "TIME", "2022-12-09TNI")]),
        ("Prices fell overnight.", [("overnight", "TIME", "2022-12-10TNI")]),
        ("The ferry offers an overnight crossing on Tuesday.", [("Tuesday", "DATE", "2022-12-13")]),
    ],
)
def test_overnight_before_a_weekday_is_its_night(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The moon will be 80 percent lit Tuesday night.", [("Tuesday night", "TIME", "2022-12-13TNI")]),
        ("The new wing will be 90 percent finished Thursday.", [("Thursday", "DATE", "2022-12-15")]),
        ("The candles were lit Tuesday night.", [("Tuesday night", "TIME", "2022-12-06TNI")]),
        ("The new wing was 90 percent finished Thursday.", [("Thursday", "DATE", "2022-12-08")]),
    ],
)
def test_a_participle_after_be_and_a_degree(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Few people crossed the pass in the third millennium BC.",
            [("the third millennium BC", "BC2", None)],
        ),
        (
            "Copper came into use early in the fourth millennium BC.",
            # "early in" is in the extent with START, as in "early in November" (README.md)
            [("early in the fourth millennium BC", "BC3", "START")],
        ),
        (
            "Bronze tools spread in the early second millennium BC.",
            [("the early second millennium BC", "BC1", "START")],
        ),
        ("Such questions will outlast the third millennium.", [("the third millennium", "2", None)]),
    ],
)
def test_an_ordinal_millennium(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The axe was dropped on the pass about 5,300 years ago.",
            [("about 5,300 years ago", "BC3289", "APPROX")],
        ),
        ("The lake formed some 10,000 years ago.", [("some 10,000 years ago", "BC7989", "APPROX")]),
        ("The wall was built 2,013 years ago.", [("2,013 years ago", "BC0002", None)]),
        ("The town was founded 300 years ago.", [("300 years ago", "1712", None)]),
    ],
)
def test_years_ago_past_the_start_of_the_era(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert only(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The winter solstice falls on Dec. 21.", [("Dec. 21", "DATE", "2022-12-21")]),
        ("Crowds gather at the stones for the summer solstice.", []),
        ("The spring equinox brings equal day and night.", []),
        ("The winter was mild.", [("The winter", "DATE", "2022-WI")]),
    ],
)
def test_a_season_before_solstice_or_equinox(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drug costs about $2,900 a month before discounts.", [("a month", "SET", "P1M")]),
        ("Nurses there earn £31,000 a year before tax.", [("a year", "SET", "P1Y")]),
        ("He moved to the city a year before the war.", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_a_rate_before_a_deduction(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, SUNDAY) == expected
