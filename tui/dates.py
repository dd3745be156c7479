"""TIMEX3 values as a person reads them: a sort position, a precision and a label at that precision.

"2019-10" stays "2019-10", "2022-02-03" reads "Thu 3 Feb 2022", "1998-Q3" reads "Q3 1998": a date is
never shown finer than the text gave it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from chronology.engine.intervals import value_interval
from chronology.labels import LabelStyle, time_label
from chronology.labels_lexicon import MONTH_ABBREVIATIONS
from chronology.model.event import EventTime
from chronology.model.expression import GRANULARITY_ORDER, Granularity
from chronology_tui.lexicon import MOD_PREFIX, REF_LABELS


@dataclass(frozen=True)
class DatePoint:
    """Where a value sits on the time line (its first instant), how precise it is, and its last second."""

    start: datetime
    granularity: Granularity
    end: datetime


@lru_cache(maxsize=65536)
def parse_value(value: str | None) -> DatePoint | None:
    """The first instant and precision of a fully specified TIMEX3 DATE/TIME value; None otherwise.

    The engine's own reading of a value (`value_interval`), so the timeline places a date exactly
    where the chronology ordered it."""
    parsed = value_interval(value) if value else None
    if parsed is None:
        return None
    interval, granularity = parsed
    return DatePoint(interval.start.replace(tzinfo=None), granularity, interval.end.replace(tzinfo=None))


_RANK: dict[str, int] = {granularity.value: rank for rank, granularity in enumerate(GRANULARITY_ORDER)}


def rank(granularity: Granularity) -> int:
    """0 for the coarsest granularity (millennium), growing finer."""
    return _RANK[granularity.value]


def finer_or_equal(granularity: Granularity, than: Granularity) -> bool:
    return _RANK[granularity.value] >= _RANK[than.value]


def day_label(day: date) -> str:
    """'Thu 3 Feb 2022'."""
    return time_label(datetime(day.year, day.month, day.day), Granularity.DAY, style=LabelStyle.COMPACT)


def month_label(year: int, month: int) -> str:
    """'October 2019' (a group heading)."""
    return time_label(datetime(year, month, 1), Granularity.MONTH, style=LabelStyle.PROSE)


@lru_cache(maxsize=65536)
def label_for(value: str | None, mod: str | None = None) -> str:
    """A value at exactly its precision: '2019-10', 'Thu 3 Feb 2022', 'Q3 1998', 'Thu 3 Feb 2022 14:30'."""
    if not value:
        return "undated"
    point = parse_value(value)
    if point is None:
        text = _label_for_unresolved(value)
    else:
        text = time_label(point.start, point.granularity, value, LabelStyle.COMPACT)
    prefix = MOD_PREFIX.get(mod or "", "")
    return f"{prefix}{text}"


def _label_for_unresolved(value: str) -> str:
    """Underspecified or reference values ('XXXX-10-23', 'PAST_REF', 'P2D') shown as they are, readably."""
    if value in REF_LABELS:
        return REF_LABELS[value]
    unknown_year = re.match(r"^XXXX-(\d{2})(?:-(\d{2}))?$", value)
    if unknown_year:
        month = int(unknown_year.group(1))
        if 1 <= month <= 12:
            day = unknown_year.group(2)
            name = MONTH_ABBREVIATIONS[month - 1]
            return f"{int(day)} {name}, year unknown" if day else f"{name}, year unknown"
    return value


@dataclass(frozen=True)
class EventDate:
    """An event's time as the timeline shows and orders it."""

    point: DatePoint | None
    label: str
    value: str | None

    @property
    def dated(self) -> bool:
        return self.point is not None

    @property
    def granularity(self) -> Granularity | None:
        return self.point.granularity if self.point else None


def event_date(time: EventTime) -> EventDate:
    """Prefer the engine's interval for position; the label always follows the value's precision."""
    value = time.value
    point = parse_value(value)
    if point is not None:
        granularity = time.granularity or point.granularity
        if time.interval is not None:
            point = DatePoint(
                time.interval.start.replace(tzinfo=None), granularity, time.interval.end.replace(tzinfo=None)
            )
        else:
            point = DatePoint(point.start, granularity, point.end)
    mod = time.expression.mod if time.expression is not None and time.expression.value == value else None
    return EventDate(point=point, label=label_for(value, mod) if value else "undated", value=value)


def parse_jump_target(text: str) -> datetime | None:
    """What a person types to jump: '2019', '2019-10', '2019-10-23', 'Q3 1998' style values, or 'today'."""
    cleaned = text.strip()
    if cleaned.lower() == "today":
        now = datetime.now()
        return datetime(now.year, now.month, now.day)
    quarter = re.match(r"^[Qq]([1-4])\s+(\d{4})$", cleaned)
    if quarter:
        cleaned = f"{quarter.group(2)}-Q{quarter.group(1)}"
    point = parse_value(cleaned)
    return point.start if point else None


def period_end(point: DatePoint) -> datetime:
    """The last second a value covers: 2019 → 2019-12-31 23:59:59, 2019-10-23 → that day 23:59:59."""
    return point.end
