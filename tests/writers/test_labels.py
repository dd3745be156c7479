"""One label engine for exports (prose) and the terminal UI (compact): a time reads at its own precision."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronology.engine.intervals import value_interval
from chronology.labels import LabelStyle, time_label
from chronology.labels_lexicon import COMPACT, PROSE
from chronology.model.event import Event, EventTime, TimeBasis
from chronology.model.expression import Granularity
from chronology.writers.common import date_label

PROSE_AND_COMPACT = [
    ("1000", Granularity.MILLENNIUM, "the 1000s (millennium)", "1000s"),
    ("19", Granularity.CENTURY, "the 1900s (century)", "1900s"),
    ("199", Granularity.DECADE, "the 1990s", "1990s"),
    ("2019", Granularity.YEAR, "2019", "2019"),
    ("2021-H1", Granularity.HALF, "first half of 2021", "H1 2021"),
    ("2021-H2", Granularity.HALF, "second half of 2021", "H2 2021"),
    ("2021-Q3", Granularity.QUARTER, "Q3 2021", "Q3 2021"),
    ("2019-FA", Granularity.SEASON, "autumn 2019", "Autumn 2019"),
    ("2019-AU", Granularity.SEASON, "autumn 2019", "Autumn 2019"),
    ("1998-WI", Granularity.SEASON, "winter 1998", "Winter 1998"),
    ("2022-02", Granularity.MONTH, "February 2022", "2022-02"),
    ("2022-W06", Granularity.WEEK, "week of 7 February 2022", "2022-W06"),
    ("2022-02-03", Granularity.DAY, "3 February 2022", "Thu 3 Feb 2022"),
    ("2022-02-02TNI", Granularity.PART_OF_DAY, "night of 2 February 2022", "Wed 2 Feb 2022 night"),
    ("2022-02-02T14", Granularity.HOUR, "2 February 2022, 14:00", "Wed 2 Feb 2022 14:00"),
    ("2022-02-02T14:30", Granularity.MINUTE, "2 February 2022, 14:30", "Wed 2 Feb 2022 14:30"),
    ("2022-02-02T14:30:05", Granularity.SECOND, "2 February 2022, 14:30:05", "Wed 2 Feb 2022 14:30:05"),
]


def _start(value: str) -> datetime:
    parsed = value_interval(value)
    assert parsed is not None
    return parsed[0].start


@pytest.mark.parametrize(("value", "granularity", "prose", "compact"), PROSE_AND_COMPACT)
def test_each_style_writes_the_value_at_its_precision(
    value: str, granularity: Granularity, prose: str, compact: str
) -> None:
    start = _start(value)
    assert time_label(start, granularity, value, LabelStyle.PROSE) == prose
    assert time_label(start, granularity, value, LabelStyle.COMPACT) == compact


def test_every_precision_has_a_pattern_in_every_style() -> None:
    wanted = {granularity.value for granularity in Granularity}
    assert set(PROSE) == wanted
    assert set(COMPACT) == wanted


@pytest.mark.parametrize(
    ("value", "granularity", "label"),
    [
        ("2022-XX", Granularity.SEASON, "season 2022"),  # a code the lexicon does not know
        ("2022-02-02", Granularity.PART_OF_DAY, "part of the day of 2 February 2022"),
        ("", None, "2 February 2022"),  # precision unknown: read as a day
    ],
)
def test_what_the_value_does_not_name_reads_generically(
    value: str, granularity: Granularity | None, label: str
) -> None:
    assert time_label(datetime(2022, 2, 2), granularity, value) == label


def _event(value: str | None, basis: TimeBasis = TimeBasis.EXPLICIT) -> Event:
    parsed = value_interval(value) if value else None
    time = EventTime(
        basis=basis,
        value=value,
        granularity=parsed[1] if parsed else None,
        interval=parsed[0] if parsed else None,
    )
    return Event(
        id="d:0",
        document_id="d",
        trigger="met",
        trigger_start=0,
        trigger_end=3,
        start=0,
        end=3,
        headline="Met",
        time=time,
    )


@pytest.mark.parametrize(
    ("value", "basis", "label"),
    [
        ("2019-10", TimeBasis.EXPLICIT, "October 2019"),
        ("2022-02-03", TimeBasis.REPORTED_BY_DCT, "on or before 3 February 2022"),
        ("XXXX-10-23", TimeBasis.EXPLICIT, "XXXX-10-23"),  # no interval: the value as it is
        (None, TimeBasis.UNDATED, "undated"),
    ],
)
def test_an_export_labels_an_event_in_prose(value: str | None, basis: TimeBasis, label: str) -> None:
    assert date_label(_event(value, basis)) == label


@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
    st.sampled_from(list(Granularity)),
    st.sampled_from(list(LabelStyle)),
)
def test_any_instant_gets_a_label_naming_its_year(
    moment: datetime, granularity: Granularity, style: str
) -> None:
    label = time_label(moment, granularity, "", LabelStyle(style))
    # A week's compact label is its TIMEX3 value, empty here; every other label names the year.
    assert str(moment.year) in label or (granularity is Granularity.WEEK and style == LabelStyle.COMPACT)
