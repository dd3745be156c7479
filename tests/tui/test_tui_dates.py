"""Dates shown at their real precision, and what a person may type to jump or correct."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronology.model.expression import Granularity
from chronology_tui.dates import label_for, parse_jump_target, parse_value, period_end


@pytest.mark.parametrize(
    ("value", "mod", "label"),
    [
        ("2019-10", None, "2019-10"),
        ("2022-02-03", None, "Thu 3 Feb 2022"),
        ("1998-Q3", None, "Q3 1998"),
        ("1998-H2", None, "H2 1998"),
        ("1998-SU", None, "Summer 1998"),
        ("2019", None, "2019"),
        ("2019", "START", "early 2019"),
        ("2019-10", "APPROX", "~2019-10"),
        ("201", None, "2010s"),
        ("19", None, "1900s"),
        ("2022-02-03T14:30", None, "Thu 3 Feb 2022 14:30"),
        ("2022-02-03TMO", None, "Thu 3 Feb 2022 morning"),
        ("2019-W05", None, "2019-W05"),
        ("XXXX-10-23", None, "23 Oct, year unknown"),
        ("PAST_REF", None, "the past (unanchored)"),
        ("P2D", None, "P2D"),
        (None, None, "undated"),
    ],
)
def test_label_keeps_the_precision_of_the_value(value: str | None, mod: str | None, label: str) -> None:
    assert label_for(value, mod) == label


@pytest.mark.parametrize(
    ("value", "start", "granularity"),
    [
        ("2019", datetime(2019, 1, 1), Granularity.YEAR),
        ("2019-10", datetime(2019, 10, 1), Granularity.MONTH),
        ("1998-Q3", datetime(1998, 7, 1), Granularity.QUARTER),
        ("1998-WI", datetime(1998, 12, 1), Granularity.SEASON),
        ("2020-W01", datetime(2019, 12, 30), Granularity.WEEK),
        ("2022-02-03T14", datetime(2022, 2, 3, 14), Granularity.HOUR),
        ("2022-02-03T14:30:05", datetime(2022, 2, 3, 14, 30, 5), Granularity.SECOND),
    ],
)
def test_parse_value_gives_first_instant_and_precision(
    value: str, start: datetime, granularity: Granularity
) -> None:
    point = parse_value(value)
    assert point is not None
    assert (point.start, point.granularity) == (start, granularity)


@pytest.mark.parametrize("value", ["2022-02-30", "2019-13", "2019-W54", "2022-02-03T25", "hello", "", "0000"])
def test_impossible_values_are_not_dates(value: str) -> None:
    assert parse_value(value) is None


@pytest.mark.parametrize(
    ("value", "end"),
    [
        ("2019", datetime(2019, 12, 31, 23, 59, 59)),
        ("2019-02", datetime(2019, 2, 28, 23, 59, 59)),
        ("2019-Q4", datetime(2019, 12, 31, 23, 59, 59)),
        ("2019-10-23", datetime(2019, 10, 23, 23, 59, 59)),
    ],
)
def test_period_end_is_the_last_second_covered(value: str, end: datetime) -> None:
    point = parse_value(value)
    assert point is not None
    assert period_end(point) == end


@pytest.mark.parametrize(
    ("typed", "when"),
    [
        ("2019", datetime(2019, 1, 1)),
        (" 2019-10-23 ", datetime(2019, 10, 23)),
        ("Q3 1998", datetime(1998, 7, 1)),
    ],
)
def test_jump_targets(typed: str, when: datetime) -> None:
    assert parse_jump_target(typed) == when


def test_jump_target_rejects_words() -> None:
    assert parse_jump_target("next tuesday") is None


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_every_calendar_day_round_trips(day: date) -> None:
    point = parse_value(day.isoformat())
    assert point is not None and point.start.date() == day and point.granularity is Granularity.DAY
    label = label_for(day.isoformat())
    assert label.endswith(f" {day.day} {day:%b} {day.year}")
    assert period_end(point).date() == day
