"""The span of time a TIMEX3 DATE/TIME value covers, for values that come without one.

Expressions found by the time-expression engine carry their own interval; this is for values a person
types in a correction, and for expressions from older files that lack one.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime, time, timedelta

from chronology.model.expression import Granularity, Interval

_LAST_MICROSECOND = time(23, 59, 59, 999_999)

# Part-of-day codes of TIMEX3 and the hours they are taken to cover (end exclusive).
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12),
    "MI": (11, 13),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (20, 24),
    "DT": (9, 18),
}

# Seasons as whole months (northern hemisphere, meteorological): first month and month count.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 3),
    "SU": (6, 3),
    "FA": (9, 3),
    "AU": (9, 3),
    "WI": (12, 3),
}

_TIME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})T(?:(?P<part>MO|MI|AF|EV|NI|DT)|(?P<h>\d{2})(?::(?P<m>\d{2})(?::(?P<s>\d{2}))?)?)"
)


def _span(first: date, last: date) -> Interval:
    return Interval(start=datetime.combine(first, time()), end=datetime.combine(last, _LAST_MICROSECOND))


def _month_span(year: int, month: int, count: int = 1) -> Interval:
    last_month_index = year * 12 + (month - 1) + count - 1
    last_year, last_month = divmod(last_month_index, 12)
    last_month += 1
    return _span(date(year, month, 1), date(last_year, last_month, monthrange(last_year, last_month)[1]))


def _value_interval(value: str) -> tuple[Interval, Granularity] | None:
    timed = _TIME.match(value)
    if timed:
        day = date.fromisoformat(timed["date"])
        if timed["part"]:
            first, stop = PART_OF_DAY_HOURS[timed["part"]]
            start = datetime.combine(day, time(first))
            return Interval(start=start, end=start + timedelta(hours=stop - first, microseconds=-1)), (
                Granularity.PART_OF_DAY
            )
        hour = int(timed["h"])
        if timed["m"] is None:
            start = datetime.combine(day, time(hour))
            return Interval(start=start, end=start + timedelta(hours=1, microseconds=-1)), Granularity.HOUR
        minute = int(timed["m"])
        if timed["s"] is None:
            start = datetime.combine(day, time(hour, minute))
            return Interval(
                start=start, end=start + timedelta(minutes=1, microseconds=-1)
            ), Granularity.MINUTE
        start = datetime.combine(day, time(hour, minute, int(timed["s"])))
        return Interval(start=start, end=start + timedelta(seconds=1, microseconds=-1)), Granularity.SECOND
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = date.fromisoformat(value)
        return _span(day, day), Granularity.DAY
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week:
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        if week[3]:
            return _span(monday + timedelta(days=5), monday + timedelta(days=6)), Granularity.WEEK
        return _span(monday, monday + timedelta(days=6)), Granularity.WEEK
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month:
        return _month_span(int(month[1]), int(month[2])), Granularity.MONTH
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    if season:
        first_month, count = SEASON_MONTHS[season[2]]
        return _month_span(int(season[1]), first_month, count), Granularity.SEASON
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if quarter:
        return _month_span(int(quarter[1]), 3 * int(quarter[2]) - 2, 3), Granularity.QUARTER
    half = re.fullmatch(r"(\d{4})-H([12])", value)
    if half:
        return _month_span(int(half[1]), 6 * int(half[2]) - 5, 6), Granularity.HALF
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return _span(date(year, 1, 1), date(year, 12, 31)), Granularity.YEAR
    if re.fullmatch(r"\d{3}", value):
        first_year = int(value) * 10
        return _span(date(max(first_year, 1), 1, 1), date(first_year + 9, 12, 31)), Granularity.DECADE
    if re.fullmatch(r"\d{2}", value):
        first_year = int(value) * 100
        return _span(date(max(first_year, 1), 1, 1), date(first_year + 99, 12, 31)), Granularity.CENTURY
    if re.fullmatch(r"\d", value):
        first_year = int(value) * 1000
        return _span(date(max(first_year, 1), 1, 1), date(first_year + 999, 12, 31)), Granularity.MILLENNIUM
    return None


def value_interval(value: str) -> tuple[Interval, Granularity] | None:
    """The interval and precision of a fully specified TIMEX3 DATE/TIME value; None when it has none.

    Underspecified (`XXXX-10-23`), reference (`PRESENT_REF`) and duration values have no interval.
    """
    try:
        return _value_interval(value.strip())
    except ValueError:  # an impossible date such as 2021-02-30 or week 54
        return None
