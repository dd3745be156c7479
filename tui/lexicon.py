"""Words the terminal UI shows for dates (English); kept apart from logic so another language is data."""

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
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: TIMEX3 season codes: the month a season starts (northern hemisphere, as TIMEX3 assumes) and its name.
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_NAMES: dict[str, str] = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}

#: TIMEX3 parts of day: where they sort within the day and their names.
PART_OF_DAY_HOURS: dict[str, int] = {"MO": 6, "MI": 12, "AF": 13, "EV": 18, "NI": 21, "DT": 9}
PART_OF_DAY_NAMES: dict[str, str] = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}

#: TIMEX3 mods shown before a label ("early 2019", "~2019").
MOD_PREFIX: dict[str, str] = {
    "START": "early ",
    "MID": "mid-",
    "END": "late ",
    "APPROX": "~",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
    "LESS_THAN": "< ",
    "MORE_THAN": "> ",
}

REF_LABELS: dict[str, str] = {
    "PRESENT_REF": "now (unanchored)",
    "PAST_REF": "the past (unanchored)",
    "FUTURE_REF": "the future (unanchored)",
}
