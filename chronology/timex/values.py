"""TIMEX3 values: syntax check, granularity and the interval a value covers."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, datetime, timedelta
from functools import lru_cache

from chronology.model.expression import Granularity, Interval
from chronology.pattern_cache import compile_pattern
from chronology.timex.construct import build

_CALENDAR_PART = (
    r"(?:BC\d{4}|\d{4}|XXXX)"  # a year (or unknown year)
    r"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"  # month, day
    r"|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE|X))?"  # week, weekday or weekend
    r"|-Q(?:[1-4]|X)|-H(?:[12]|X)|-(?:SP|SU|FA|WI))?"
)
_COARSE_PART = r"(?:BC\d{1,3}|\d{3}|\d{2}|\d|XXX|XX)"  # decade, century or millennium
_TIME_PART = r"T(?:(?:[01]\d|2[0-4]|XX)(?::(?:[0-5]\d|XX)(?::[0-5]\d)?)?|MO|MI|AF|EV|NI|DT)"
_DURATION = (
    r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|L|Q|WE))*"
    r"(?:T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+)?"
)
TIMEX3_VALUE = compile_pattern(
    rf"(?:{_CALENDAR_PART}(?:{_TIME_PART})?|{_COARSE_PART}|T\d{{2}}:\d{{2}}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)"
)


@lru_cache(maxsize=4096)  # asked of every expression; most values recur within a document and across
def is_valid_timex3_value(value: str) -> bool:
    """Whether `value` is well-formed TIMEX3 (ISO 8601 subset with TimeML's X, REF and season codes)."""
    if value in ("P", "PT") or not TIMEX3_VALUE.fullmatch(value):
        return False
    return not (value.startswith("P") and value.endswith("T"))


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PART_OF_DAY_HOURS = {
    "MO": (5, 11),
    "MI": (11, 13),
    "AF": (12, 17),
    "EV": (18, 21),
    "NI": (21, 4),
    "DT": (8, 17),
}
_VALUE_SHAPE = compile_pattern(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?:-(?P<wday>[1-7]|WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?|(?P<pod>MO|MI|AF|EV|NI|DT)))?"
)


_DECADE = compile_pattern(r"\d{3}")
_CENTURY = compile_pattern(r"\d{2}")


def _day_span(first: date, last: date) -> tuple[datetime, datetime]:
    return datetime(first.year, first.month, first.day), datetime(last.year, last.month, last.day, 23, 59, 59)


@lru_cache(maxsize=8192)
def granularity_and_interval(value: str) -> tuple[Granularity | None, Interval | None]:
    """The precision of a DATE/TIME value and its first and last instant (None where unknown).

    Cached: the same values recur across a collection, and an `Interval` is immutable."""
    try:
        return _granularity_and_interval(value)
    except (ValueError, OverflowError):
        return None, None


def _granularity_and_interval(value: str) -> tuple[Granularity | None, Interval | None]:
    if value.startswith("BC"):
        digits = len(value) - 2
        granularities = {
            4: Granularity.YEAR,
            3: Granularity.DECADE,
            2: Granularity.CENTURY,
            1: Granularity.MILLENNIUM,
        }
        return granularities.get(digits), None
    if _DECADE.fullmatch(value):
        start_year = int(value) * 10
        return Granularity.DECADE, _years(max(start_year, 1), start_year + 9)
    if _CENTURY.fullmatch(value):
        start_year = int(value) * 100
        return Granularity.CENTURY, _years(max(start_year, 1), start_year + 99)
    if len(value) == 1 and value.isdigit():
        start_year = int(value) * 1000  # "the third millennium" is 2: the years 2000-2999, as a century is 20
        return Granularity.MILLENNIUM, _years(max(start_year, 1), start_year + 999)
    m = _VALUE_SHAPE.fullmatch(value)
    if m is None:
        known = _KNOWN_YEAR_MONTH.fullmatch(value)
        if known is not None and int(known["year"]) > 0:
            # "1941-09-XXTMO": a morning of September 1941, somewhere in that month (or that year)
            year = int(known["year"])
            if known["month"]:
                month = int(known["month"])
                return Granularity.MONTH, _months(year, month, year, month)
            return Granularity.YEAR, _years(year, year)
        return _partial_granularity(value), None
    g = m.groupdict()
    year = int(g["year"])
    if year == 0:
        return _partial_granularity(value), None
    if g["week"]:
        monday = date.fromisocalendar(year, int(g["week"]), 1)
        if g["wday"] == "WE":
            return Granularity.DAY, _interval(
                *_day_span(monday + timedelta(days=5), monday + timedelta(days=6))
            )
        if g["wday"]:
            day = monday + timedelta(days=int(g["wday"]) - 1)
            return Granularity.DAY, _interval(*_day_span(day, day))
        return Granularity.WEEK, _interval(*_day_span(monday, monday + timedelta(days=6)))
    if g["quarter"]:
        q = int(g["quarter"])
        return Granularity.QUARTER, _months(year, 3 * q - 2, year, 3 * q)
    if g["half"]:
        h = int(g["half"])
        return Granularity.HALF, _months(year, 6 * h - 5, year, 6 * h)
    if g["season"]:
        first, last = _SEASON_MONTHS[g["season"]]
        return Granularity.SEASON, _months(year, first, year + 1 if last < first else year, last)
    if not g["month"]:
        return Granularity.YEAR, _years(year, year)
    month = int(g["month"])
    if not g["day"]:
        return Granularity.MONTH, _months(year, month, year, month)
    day = date(year, month, int(g["day"]))
    if g["pod"]:
        first_hour, last_hour = _PART_OF_DAY_HOURS[g["pod"]]
        start = datetime(day.year, day.month, day.day, first_hour)
        end_day = day + timedelta(days=1) if last_hour < first_hour else day
        end = datetime(end_day.year, end_day.month, end_day.day, last_hour, 59, 59)
        return Granularity.PART_OF_DAY, _interval(start, end)
    if g["hour"] is None:
        return Granularity.DAY, _interval(*_day_span(day, day))
    hour = int(g["hour"])
    base = datetime(day.year, day.month, day.day) + timedelta(hours=hour)
    if g["minute"] is None:
        return Granularity.HOUR, _interval(base, base + timedelta(minutes=59, seconds=59))
    base += timedelta(minutes=int(g["minute"]))
    if g["second"] is None:
        return Granularity.MINUTE, _interval(base, base + timedelta(seconds=59))
    base += timedelta(seconds=int(g["second"]))
    return Granularity.SECOND, _interval(base, base)


#: A value whose year (and month) is known and whose day is not: 1941-09-XX, 1941-09-XXTMO, 1941-XX,
#: 1941-XX-XXT15:00.
_KNOWN_YEAR_MONTH = compile_pattern(r"(?P<year>\d{4})-(?:(?P<month>0[1-9]|1[0-2])-XX|XX(?:-XX)?)(?:T.+)?")


def _partial_granularity(value: str) -> Granularity | None:
    if "T" in value:
        return Granularity.PART_OF_DAY if value[-2:] in _PART_OF_DAY_HOURS else Granularity.MINUTE
    parts = value.split("-")
    if len(parts) == 1:
        return Granularity.YEAR
    if parts[1].startswith("W"):
        return Granularity.DAY if len(parts) == 3 else Granularity.WEEK
    if parts[1].startswith("Q"):
        return Granularity.QUARTER
    return Granularity.DAY if len(parts) == 3 else Granularity.MONTH


def _interval(start: datetime, end: datetime) -> Interval:
    return build(Interval, {"start": start, "end": end})


def _years(first: int, last: int) -> Interval:
    return _interval(datetime(first, 1, 1), datetime(last, 12, 31, 23, 59, 59))


def _months(first_year: int, first_month: int, last_year: int, last_month: int) -> Interval:
    last_day = monthrange(last_year, last_month)[1]
    return _interval(
        datetime(first_year, first_month, 1), datetime(last_year, last_month, last_day, 23, 59, 59)
    )
