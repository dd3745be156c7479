"""TIMEX3 values to the span of time they cover, as the engine reads them for expressions it finds (the
last whole second is the end)."""

from __future__ import annotations

from datetime import datetime

import pytest

from chronology.engine.intervals import value_interval
from chronology.model.expression import Granularity

CASES = [
    ("2021-10-23", Granularity.DAY, datetime(2021, 10, 23), datetime(2021, 10, 23, 23, 59, 59)),
    ("2019-10", Granularity.MONTH, datetime(2019, 10, 1), datetime(2019, 10, 31, 23, 59, 59)),
    ("2024-02", Granularity.MONTH, datetime(2024, 2, 1), datetime(2024, 2, 29, 23, 59, 59)),
    ("2021", Granularity.YEAR, datetime(2021, 1, 1), datetime(2021, 12, 31, 23, 59, 59)),
    ("199", Granularity.DECADE, datetime(1990, 1, 1), datetime(1999, 12, 31, 23, 59, 59)),
    ("19", Granularity.CENTURY, datetime(1900, 1, 1), datetime(1999, 12, 31, 23, 59, 59)),
    ("2022-W06", Granularity.WEEK, datetime(2022, 2, 7), datetime(2022, 2, 13, 23, 59, 59)),
    ("2022-W06-WE", Granularity.DAY, datetime(2022, 2, 12), datetime(2022, 2, 13, 23, 59, 59)),
    ("2021-Q3", Granularity.QUARTER, datetime(2021, 7, 1), datetime(2021, 9, 30, 23, 59, 59)),
    ("2021-H2", Granularity.HALF, datetime(2021, 7, 1), datetime(2021, 12, 31, 23, 59, 59)),
    ("2021-WI", Granularity.SEASON, datetime(2021, 12, 1), datetime(2022, 2, 28, 23, 59, 59)),
    (
        "2022-02-02TNI",
        Granularity.PART_OF_DAY,
        datetime(2022, 2, 2, 21),
        datetime(2022, 2, 3, 4, 59, 59),  # a night runs past midnight
    ),
    ("2022-02-02T14", Granularity.HOUR, datetime(2022, 2, 2, 14), datetime(2022, 2, 2, 14, 59, 59)),
    (
        "2022-02-02T14:30",
        Granularity.MINUTE,
        datetime(2022, 2, 2, 14, 30),
        datetime(2022, 2, 2, 14, 30, 59),
    ),
]


@pytest.mark.parametrize(("value", "granularity", "start", "end"), CASES, ids=[c[0] for c in CASES])
def test_value_interval(value: str, granularity: Granularity, start: datetime, end: datetime) -> None:
    parsed = value_interval(value)
    assert parsed is not None
    interval, found = parsed
    assert (interval.start, interval.end, found) == (start, end, granularity)


@pytest.mark.parametrize(
    "value",
    ["XXXX-10-23", "PRESENT_REF", "P2D", "2021-02-30", "2021-W60", "2021-13", "2022-02-03T25", "", "garbage"],
)
def test_values_without_an_interval(value: str) -> None:
    assert value_interval(value) is None
