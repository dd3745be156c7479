"""Words the terminal UI shows around dates (English); kept apart from logic so another language is data.

Month, weekday, season and part-of-day names are the engine's (`chronology.labels_lexicon`).
"""

from __future__ import annotations

#: TIMEX3 season codes: the month a season starts (northern hemisphere, as TIMEX3 assumes).
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: TIMEX3 parts of day: where they sort within the day.
PART_OF_DAY_HOURS: dict[str, int] = {"MO": 6, "MI": 12, "AF": 13, "EV": 18, "NI": 21, "DT": 9}

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
