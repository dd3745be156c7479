"""Values a person types in a correction, or that older files carry without an interval, are read as the
engine reads the values it finds (`tests/timex/test_values.py` covers each shape)."""

from __future__ import annotations

from datetime import datetime

import pytest

from chronology.engine.intervals import value_interval
from chronology.model.expression import Granularity
from chronology.timex.values import granularity_and_interval


@pytest.mark.parametrize(
    "value",
    ["2021-10-23", "2019-10", "2021", "199", "2022-W06", "2021-WI", "2022-02-02TNI", "2022-02-02T14:30"],
)
def test_a_value_covers_what_the_engine_says_it_covers(value: str) -> None:
    granularity, interval = granularity_and_interval(value)
    assert value_interval(value) == (interval, granularity)


def test_surrounding_spaces_are_ignored() -> None:
    assert value_interval(" 2021-10-23 ") == value_interval("2021-10-23")


def test_the_older_autumn_code_reads_as_fall() -> None:
    parsed = value_interval("2019-AU")
    assert parsed is not None
    interval, granularity = parsed
    assert granularity is Granularity.SEASON
    assert (interval.start, interval.end) == (datetime(2019, 9, 1), datetime(2019, 11, 30, 23, 59, 59))


@pytest.mark.parametrize(
    "value",
    ["XXXX-10-23", "PRESENT_REF", "P2D", "2021-02-30", "2021-W60", "2021-13", "2022-02-03T25", "", "garbage"],
)
def test_values_without_an_interval(value: str) -> None:
    assert value_interval(value) is None
