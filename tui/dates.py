"""TIMEX3 values as a person reads them: a sort position, a precision and a label at that precision.

"2019-10" stays "2019-10", "2022-02-03" reads "Thu 3 Feb 2022", "1998-Q3" reads "Q3 1998": a date is
never shown finer than the text gave it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from chronology.labels import LabelStyle, time_label
from chronology.labels_lexicon import MONTH_ABBREVIATIONS
from chronology.model.event import EventTime
from chronology.model.expression import GRANULARITY_ORDER, Granularity
from chronology_tui.lexicon import MOD_PREFIX, PART_OF_DAY_HOURS, REF_LABELS, SEASON_MONTHS

_DATE_VALUE = re.compile(
    r"""^(?:
        (?P<century>\d{2}) |
        (?P<decade>\d{3}) |
        (?P<year>\d{4})
        (?:-(?:
            Q(?P<quarter>[1-4]) |
            H(?P<half>[12]) |
            (?P<season>SP|SU|FA|WI) |
            W(?P<week>\d{2}) |
            (?P<month>\d{2})(?:-(?P<day>\d{2})
                (?:T(?:(?P<part>MO|MI|AF|EV|NI|DT)|(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?))?
            )?
        ))?
    )$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class DatePoint:
    """Where a value sits on the time line (its first instant) and how precise it is."""

    start: datetime
    granularity: Granularity


@lru_cache(maxsize=65536)
def parse_value(value: str | None) -> DatePoint | None:
    """The first instant and precision of a fully specified TIMEX3 DATE/TIME value; None otherwise."""
    if not value:
        return None
    match = _DATE_VALUE.match(value.strip())
    if match is None:
        return None
    parts = match.groupdict()
    try:
        if parts["century"]:
            return DatePoint(datetime(max(int(parts["century"]) * 100, 1), 1, 1), Granularity.CENTURY)
        if parts["decade"]:
            return DatePoint(datetime(max(int(parts["decade"]) * 10, 1), 1, 1), Granularity.DECADE)
        year = int(parts["year"])
        if year < 1:
            return None
        if parts["quarter"]:
            return DatePoint(datetime(year, 3 * int(parts["quarter"]) - 2, 1), Granularity.QUARTER)
        if parts["half"]:
            return DatePoint(datetime(year, 6 * int(parts["half"]) - 5, 1), Granularity.HALF)
        if parts["season"]:
            return DatePoint(datetime(year, SEASON_MONTHS[parts["season"]], 1), Granularity.SEASON)
        if parts["week"]:
            monday = date.fromisocalendar(year, int(parts["week"]), 1)
            return DatePoint(datetime(monday.year, monday.month, monday.day), Granularity.WEEK)
        if not parts["month"]:
            return DatePoint(datetime(year, 1, 1), Granularity.YEAR)
        month = int(parts["month"])
        if not parts["day"]:
            return DatePoint(datetime(year, month, 1), Granularity.MONTH)
        day = int(parts["day"])
        if parts["part"]:
            hour = PART_OF_DAY_HOURS[parts["part"]]
            return DatePoint(datetime(year, month, day, hour), Granularity.PART_OF_DAY)
        if parts["hour"] is None:
            return DatePoint(datetime(year, month, day), Granularity.DAY)
        hour = int(parts["hour"])
        if parts["minute"] is None:
            return DatePoint(datetime(year, month, day, hour), Granularity.HOUR)
        minute = int(parts["minute"])
        if parts["second"] is None:
            return DatePoint(datetime(year, month, day, hour, minute), Granularity.MINUTE)
        return DatePoint(datetime(year, month, day, hour, minute, int(parts["second"])), Granularity.SECOND)
    except ValueError:  # 2022-02-30, week 54, hour 25: not a date
        return None


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
        start = time.interval.start.replace(tzinfo=None) if time.interval else point.start
        point = DatePoint(start, granularity)
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
    start = point.start
    match point.granularity:
        case Granularity.MILLENNIUM:
            end = datetime(start.year + 1000, 1, 1) if start.year + 1000 <= 9999 else datetime.max
        case Granularity.CENTURY:
            end = datetime(start.year + 100, 1, 1) if start.year + 100 <= 9999 else datetime.max
        case Granularity.DECADE:
            end = datetime(start.year + 10, 1, 1) if start.year + 10 <= 9999 else datetime.max
        case Granularity.YEAR:
            end = _add_months(start, 12)
        case Granularity.HALF:
            end = _add_months(start, 6)
        case Granularity.QUARTER | Granularity.SEASON:
            end = _add_months(start, 3)
        case Granularity.MONTH:
            end = _add_months(start, 1)
        case Granularity.WEEK:
            end = start + timedelta(days=7)
        case Granularity.DAY:
            end = start + timedelta(days=1)
        case Granularity.PART_OF_DAY:
            end = start + timedelta(hours=6)
        case Granularity.HOUR:
            end = start + timedelta(hours=1)
        case Granularity.MINUTE:
            end = start + timedelta(minutes=1)
        case _:
            end = start + timedelta(seconds=1)
    return end if end == datetime.max else end - timedelta(seconds=1)


def _add_months(start: datetime, months: int) -> datetime:
    total = start.month - 1 + months
    year = start.year + total // 12
    if year > 9999:
        return datetime.max
    return datetime(year, total % 12 + 1, 1)
