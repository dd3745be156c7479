"""Publication dates as metadata writes them, parsed strictly, and the plausibility rules every DCT passes.

Metadata dates are machine-written (ISO 8601, RFC 2822, "February 3, 2022"), so a small strict parser
is both faster and more honest than a general one: "2022-02-30" is an error to report, not a date to guess.
A timestamp keeps the calendar date it was written in: "2022-02-03T23:30:00-05:00" is February 3, the day
the story's own "Thursday" refers to, not the UTC date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from chronology.pattern_cache import compile_pattern
from chronology.readers.lexicon import MONTHS, WEEKDAYS

#: The earliest year accepted as a document creation time.
MIN_DCT_YEAR = 1000
#: How far past today a DCT may lie before it is rejected as impossible. Generous on purpose: a
#: scheduled or embargoed story, a wrong time zone or clock can date a document a little ahead, and
#: rejecting loses the anchoring it gives; a typo such as 2202 for 2022 is far beyond it.
MAX_DCT_AHEAD = timedelta(days=366)


class DateValueError(ValueError):
    """A metadata value that is not a date, or not a real one."""


@dataclass(frozen=True)
class PartialDate:
    """A date as precise as it was written: year, year-month, or a full day."""

    year: int
    month: int | None = None
    day: int | None = None

    def full(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_TIME_TAIL = r"(?:[T ,]+\d{1,2}(?::\d{2}){0,2}(?:[.,]\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|UTC|GMT|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?"
_ISO = compile_pattern(
    r"(?P<year>\d{4})(?:(?P<sep>[-/.])(?P<month>\d{1,2})(?:(?P=sep)(?P<day>\d{1,2}))?)?" + _TIME_TAIL,
    re.IGNORECASE,
)
_COMPACT = compile_pattern(
    r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T\d{2,6}(?:Z|[+-]\d{4})?)?", re.IGNORECASE
)
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY})\.?,?\s+)?"
_MONTH_DAY_YEAR = compile_pattern(
    _WEEKDAY_PREFIX
    + rf"(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    + _TIME_TAIL,
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = compile_pattern(
    _WEEKDAY_PREFIX
    + rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})"
    + _TIME_TAIL,
    re.IGNORECASE,
)
_MONTH_YEAR = compile_pattern(rf"(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})", re.IGNORECASE)
_NUMERIC = compile_pattern(
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})" + _TIME_TAIL, re.IGNORECASE
)


def parse_date_text(value: str, *, day_first: bool = False) -> PartialDate:
    """Parse a whole metadata value as a date; raise DateValueError saying why it is not one."""
    text = value.strip()
    if not text:
        raise DateValueError("is empty")
    if len(text) > 80:
        raise DateValueError("is too long to be a date")
    for pattern in (_COMPACT, _ISO):
        match = pattern.fullmatch(text)
        if match:
            return _checked(value, match["year"], match["month"], match["day"])
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        match = pattern.fullmatch(text)
        if match:
            return _checked(value, match["year"], str(MONTHS[match["month"].lower()]), match["day"])
    match = _MONTH_YEAR.fullmatch(text)
    if match:
        return _checked(value, match["year"], str(MONTHS[match["month"].lower()]), None)
    match = _NUMERIC.fullmatch(text)
    if match:
        # Slashes follow the user's --day-first; dotted and dashed day-month-year forms are European.
        first_is_day = day_first or match["sep"] in ".-"
        day, month = (match["a"], match["b"]) if first_is_day else (match["b"], match["a"])
        return _checked(value, match["year"], month, day)
    raise DateValueError("is not a date in a form we recognise")


def check_dct(value: date, *, today: date | None = None) -> str | None:
    """Why a date cannot be a document's creation time, or None if it can."""
    today = today or date.today()
    if value.year < MIN_DCT_YEAR:
        return f"{value.isoformat()} is before the year {MIN_DCT_YEAR}"
    if value > today + MAX_DCT_AHEAD:
        return f"{value.isoformat()} is more than a year in the future"
    return None


def _checked(raw: str, year_text: str, month_text: str | None, day_text: str | None) -> PartialDate:
    year = int(year_text)
    if year < 1:
        raise DateValueError(f"has year {year}")
    if month_text is None:
        return PartialDate(year)
    month = int(month_text)
    if not 1 <= month <= 12:
        raise DateValueError(f"has no month {month}")
    if day_text is None:
        return PartialDate(year, month)
    day = int(day_text)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateValueError(f"is not a real date ({calendar.month_name[month]} {year} has {last} days)")
    return PartialDate(year, month, day)
