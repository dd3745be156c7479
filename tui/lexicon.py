"""Words the terminal UI shows around dates (English); kept apart from logic so another language is data.

Month, weekday, season and part-of-day names are the engine's (`chronology.labels_lexicon`).
"""

from __future__ import annotations

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
