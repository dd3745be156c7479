"""Words and patterns a date label is written with (English); kept apart from logic so another language is data.

A style is one pattern per precision. Its fields are filled by `chronology.labels`: {year}, {month}
(a number), {month_name}, {month_abbreviation}, {day}, {weekday_abbreviation}, {half} (1 or 2),
{half_name}, {quarter}, {season}, {Season} (capitalized), {part_of_day}, {hour}, {minute}, {second} and
{value} (the TIMEX3 value as given).
"""

from __future__ import annotations

MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(name[:3] for name in MONTH_NAMES)
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(name[:3] for name in WEEKDAY_NAMES)

#: TIMEX3 season codes ("AU" is an older spelling of "FA") and parts of day.
SEASON_NAMES: dict[str, str] = {
    "SP": "spring",
    "SU": "summer",
    "FA": "autumn",
    "AU": "autumn",
    "WI": "winter",
}
PART_OF_DAY_NAMES: dict[str, str] = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
#: Said when a value's code is not one of the above.
SOME_SEASON = "season"
SOME_PART_OF_DAY = "part of the day"
HALF_NAMES: tuple[str, str] = ("first", "second")

_PROSE_DAY = "{day} {month_name} {year}"
_COMPACT_DAY = "{weekday_abbreviation} {day} {month_abbreviation} {year}"

#: For readers of an export: words in full ("first half of 2019", "3 February 2022, 14:30").
#: Keys are `Granularity` values.
PROSE: dict[str, str] = {
    "millennium": "the {year}s (millennium)",
    "century": "the {year}s (century)",
    "decade": "the {year}s",
    "year": "{year}",
    "half": "{half_name} half of {year}",
    "quarter": "Q{quarter} {year}",
    "season": "{season} {year}",
    "month": "{month_name} {year}",
    "week": "week of " + _PROSE_DAY,
    "day": _PROSE_DAY,
    "part_of_day": "{part_of_day} of " + _PROSE_DAY,
    "hour": _PROSE_DAY + ", {hour:02d}:00",
    "minute": _PROSE_DAY + ", {hour:02d}:{minute:02d}",
    "second": _PROSE_DAY + ", {hour:02d}:{minute:02d}:{second:02d}",
}

#: For a timeline column: short, and a month stays a month ("2019-10", "H1 2019", "Thu 3 Feb 2022 14:30").
COMPACT: dict[str, str] = {
    "millennium": "{year}s",
    "century": "{year}s",
    "decade": "{year}s",
    "year": "{year}",
    "half": "H{half} {year}",
    "quarter": "Q{quarter} {year}",
    "season": "{Season} {year}",
    "month": "{year}-{month:02d}",
    "week": "{value}",
    "day": _COMPACT_DAY,
    "part_of_day": _COMPACT_DAY + " {part_of_day}",
    "hour": _COMPACT_DAY + " {hour:02d}:{minute:02d}",
    "minute": _COMPACT_DAY + " {hour:02d}:{minute:02d}",
    "second": _COMPACT_DAY + " {hour:02d}:{minute:02d}:{second:02d}",
}
