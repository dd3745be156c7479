"""Mends from a second reading of the technology, transport and festival rules (review 15A).

- The Lunar New Year in a year whose thirteen-month span from one eleventh month to the next puts its
  leap month before the new year (the leap eleventh month of 2033) is the third new moon after the
  eleventh month's, not the second: 19 February 2034. Before the Gregorian reform, a centurial year's
  January and February lag the Julian calendar a day less than the rest of that year.
- "in Friday trading" names that day's session; "Friday trading hours", with no "in" or "during" before
  the weekday, is a compound naming every such session (`MARKET_SESSION_LEADS`).
- "the third rise in as many years" counts after "in"; "worked as many hours as he could" compares an
  amount (`MATCHED_COUNT_PREPOSITIONS`).
- "sold 3 George V coins" counts coins, but "In 12 Henry VIII crown lands were sold" is a regnal year: the
  noun after the sovereign counts things only when it agrees with the number.
- A custom ("traditionally", "by custom") and a movable day's "can fall" reach a feast or a date only
  within their own clause: not past ", and", ", so" or "but" opening the next.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.timex.calendar import lunar_new_year
from tests.timex.timex_support import typed

THURSDAY = date(2022, 2, 3)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2034, date(2034, 2, 19)),  # the leap eleventh month of 2033
        (2033, date(2033, 1, 31)),
        (2035, date(2035, 2, 8)),
        (2057, date(2057, 2, 4)),
        (2058, date(2058, 1, 24)),
        (1500, date(1500, 1, 31)),  # the Julian calendar lags nine days until its 29 February 1500
    ],
)
def test_lunar_new_year_after_a_leap_month_and_in_a_julian_centurial_year(year: int, expected: date) -> None:
    assert lunar_new_year(year) == expected


def test_the_lunar_new_year_after_the_leap_eleventh_month() -> None:
    assert typed("Chinese New Year 2034 will be a Tiger year.", THURSDAY) == [
        ("Chinese New Year 2034", "DATE", "2034-02-19")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday trading hours at the market are longer.", []),
        ("Shares fell 4% in Friday trading.", [("Friday", "DATE", "2022-01-28")]),
        ("Oil was steady during Tuesday trading in London.", [("Tuesday", "DATE", "2022-02-01")]),
    ],
)
def test_a_weekday_names_a_session_only_after_in_or_during(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He took three jobs and worked as many hours as he could.", [("many hours", "DURATION", "PTXH")]),
        ("It was the third rise in as many years.", [("as many years", "DURATION", "P3Y")]),
    ],
)
def test_as_many_counts_only_after_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club traditionally struggles in winter, and at Christmas the manager was sacked.",
            [("winter", "DATE", "XXXX-WI"), ("Christmas", "DATE", "2021-12-25")],
        ),
        (
            "By tradition the mayor lights the tree, but at Easter he fell ill.",
            [("Easter", "DATE", "2021-04-04")],
        ),
        ("Under the Ming a new reign began, by custom, at the Chinese New Year after the accession.", []),
    ],
)
def test_a_custom_reaches_a_feast_only_in_its_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Snow can fall in the hills, so on 3 March the race will start later.",
            [("3 March", "DATE", "2022-03-03")],
        ),
        (
            "Prices often fall after the holidays, and in March the bank will act.",
            [("March", "DATE", "2022-03")],
        ),
        (
            "The festival always falls between Jan. 21 and Feb. 20.",
            [
                ("Jan. 21", "DATE", "XXXX-01-21"),
                ("Feb. 20", "DATE", "XXXX-02-20"),
            ],
        ),
    ],
)
def test_a_movable_day_falls_only_in_its_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 12 Henry VIII crown lands were sold.", [("12 Henry VIII", "DATE", "1520")]),
        ("The dealer sold 3 George V coins.", []),
    ],
)
def test_a_regnal_year_before_a_noun_that_does_not_agree_with_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was the third rise since 2019 in as many years.",
            [("2019", "DATE", "2019"), ("as many years", "DURATION", "P3Y")],
        ),
        ("He won 3 titles and £2 million in as many years.", [("as many years", "DURATION", "P3Y")]),
        ("Prices rose 4% for the second time in as many months.", [("as many months", "DURATION", "P2M")]),
    ],
)
def test_as_many_repeats_a_count_not_a_year_or_an_amount(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert typed(text, THURSDAY) == expected
