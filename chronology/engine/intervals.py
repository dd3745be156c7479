"""The span of time a TIMEX3 DATE/TIME value covers, for values that come without one.

Expressions found by the time-expression engine carry their own interval; this is for values a person
types in a correction, and for expressions from older files that lack one. It reads a value exactly as
the engine does (`chronology.timex.values.granularity_and_interval`), so a corrected date sits where a
found one with the same value would.
"""

from __future__ import annotations

from chronology.model.expression import Granularity, Interval
from chronology.timex.values import granularity_and_interval, is_valid_timex3_value


def value_interval(value: str) -> tuple[Interval, Granularity] | None:
    """The interval and precision of a fully specified TIMEX3 DATE/TIME value; None when it has none.

    Underspecified (`XXXX-10-23`), reference (`PRESENT_REF`), duration and impossible (`2021-02-30`,
    week 54) values have no interval.
    """
    value = value.strip()
    if value.endswith("-AU"):  # an older spelling of autumn that some annotated files still use
        value = value[:-2] + "FA"
    if not value or value.startswith("P") or not is_valid_timex3_value(value):
        return None
    granularity, interval = granularity_and_interval(value)
    if granularity is None or interval is None:
        return None
    return interval, granularity
