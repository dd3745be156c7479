"""TIMEX3 value syntax and the interval each value covers."""

from __future__ import annotations

from datetime import datetime

import pytest

from chronology.model.expression import Granularity
from chronology.timex.values import granularity_and_interval, is_valid_timex3_value

VALID = [
    "2022", "2022-02", "2022-02-03", "2022-W05", "2022-W05-WE", "2022-Q3", "2022-H1", "2012-SU", "199", "19",
    "BC0044", "XXXX-10-23", "XXXX-WXX-4", "2022-02-03T15:30", "2022-02-02TMO", "P2D", "PT2H", "P3Y", "PXM",
    "P10Y", "PT5H30M", "P1DT12H", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P1Q", "PXDE",
]  # fmt: skip
INVALID = ["", "P", "PT", "2022-13", "22-02-03", "T", "yesterday", "P2", "2022-Q5", "2022-W5", "P1YT"]


@pytest.mark.parametrize("value", VALID)
def test_valid_values(value: str) -> None:
    assert is_valid_timex3_value(value)


@pytest.mark.parametrize("value", INVALID)
def test_invalid_values(value: str) -> None:
    assert not is_valid_timex3_value(value)


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end"),
    [
        ("2022-02-03", Granularity.DAY, datetime(2022, 2, 3), datetime(2022, 2, 3, 23, 59, 59)),
        ("2022-02", Granularity.MONTH, datetime(2022, 2, 1), datetime(2022, 2, 28, 23, 59, 59)),
        ("2024-02", Granularity.MONTH, datetime(2024, 2, 1), datetime(2024, 2, 29, 23, 59, 59)),
        ("2022-Q3", Granularity.QUARTER, datetime(2022, 7, 1), datetime(2022, 9, 30, 23, 59, 59)),
        ("2012-WI", Granularity.SEASON, datetime(2012, 12, 1), datetime(2013, 2, 28, 23, 59, 59)),
        ("199", Granularity.DECADE, datetime(1990, 1, 1), datetime(1999, 12, 31, 23, 59, 59)),
        ("2022-W05", Granularity.WEEK, datetime(2022, 1, 31), datetime(2022, 2, 6, 23, 59, 59)),
        (
            "2022-02-03T15:30",
            Granularity.MINUTE,
            datetime(2022, 2, 3, 15, 30),
            datetime(2022, 2, 3, 15, 30, 59),
        ),
        ("2022-02-02TMO", Granularity.PART_OF_DAY, datetime(2022, 2, 2, 5), datetime(2022, 2, 2, 11, 59, 59)),
        # a night runs past midnight
        ("2022-02-02TNI", Granularity.PART_OF_DAY, datetime(2022, 2, 2, 21), datetime(2022, 2, 3, 4, 59, 59)),
        ("2021", Granularity.YEAR, datetime(2021, 1, 1), datetime(2021, 12, 31, 23, 59, 59)),
        ("19", Granularity.CENTURY, datetime(1900, 1, 1), datetime(1999, 12, 31, 23, 59, 59)),
        ("2021-H2", Granularity.HALF, datetime(2021, 7, 1), datetime(2021, 12, 31, 23, 59, 59)),
        ("2022-W06-WE", Granularity.DAY, datetime(2022, 2, 12), datetime(2022, 2, 13, 23, 59, 59)),
        ("2022-02-02T14", Granularity.HOUR, datetime(2022, 2, 2, 14), datetime(2022, 2, 2, 14, 59, 59)),
    ],
)
def test_intervals(value: str, granularity: Granularity, start: datetime, end: datetime) -> None:
    found_granularity, interval = granularity_and_interval(value)
    assert found_granularity == granularity
    assert interval is not None
    assert (interval.start, interval.end) == (start, end)


@pytest.mark.parametrize("value", ["BC0044", "XXXX-10-23", "PRESENT_REF"])
def test_no_interval_where_a_datetime_cannot_hold_it(value: str) -> None:
    assert granularity_and_interval(value)[1] is None


@pytest.mark.parametrize(
    ("value", "granularity", "first", "last"),
    [
        ("1941-09-XXTMO", Granularity.MONTH, datetime(1941, 9, 1), datetime(1941, 9, 30, 23, 59, 59)),
        ("1941-09-XX", Granularity.MONTH, datetime(1941, 9, 1), datetime(1941, 9, 30, 23, 59, 59)),
        ("1941-XX-XXT15:00", Granularity.YEAR, datetime(1941, 1, 1), datetime(1941, 12, 31, 23, 59, 59)),
        ("1998-XX", Granularity.YEAR, datetime(1998, 1, 1), datetime(1998, 12, 31, 23, 59, 59)),
    ],
)
def test_a_value_with_an_unknown_day_spans_what_is_known(
    value: str, granularity: Granularity, first: datetime, last: datetime
) -> None:
    found, interval = granularity_and_interval(value)
    assert found is granularity
    assert interval is not None and (interval.start, interval.end) == (first, last)
