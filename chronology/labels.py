"""How a time reads at its own precision: "October 2019" is never shown as "1 October 2019".

One engine for every place that shows a date: exports write prose ("autumn 2019", "3 February 2022,
14:30"), the terminal UI writes compact labels ("Autumn 2019", "Thu 3 Feb 2022 14:30"). The words and
patterns are data in `chronology.labels_lexicon`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from chronology.labels_lexicon import (
    COMPACT,
    HALF_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    PART_OF_DAY_NAMES,
    PROSE,
    SEASON_NAMES,
    SOME_PART_OF_DAY,
    SOME_SEASON,
    WEEKDAY_ABBREVIATIONS,
)
from chronology.model.expression import Granularity


class LabelStyle(StrEnum):
    #: Words in full, for readers of an export.
    PROSE = "prose"
    #: Short, for a timeline column; a month stays "2019-10" and a week its ISO value.
    COMPACT = "compact"


_PATTERNS: dict[LabelStyle, dict[str, str]] = {LabelStyle.PROSE: PROSE, LabelStyle.COMPACT: COMPACT}


def time_label(
    start: datetime, granularity: Granularity | None, value: str = "", style: LabelStyle = LabelStyle.PROSE
) -> str:
    """The time starting at `start`, at `granularity` (a day when unknown), as `style` writes it.

    `value` is the TIMEX3 value: it names the season ("2019-FA") or part of day ("2022-02-02TNI"), which
    the start alone cannot tell.
    """
    pattern = _PATTERNS[style][(granularity or Granularity.DAY).value]
    code = value.strip()
    season = SEASON_NAMES.get(code[5:7], SOME_SEASON) if len(code) >= 7 else SOME_SEASON
    part_of_day = PART_OF_DAY_NAMES.get(code[11:13], SOME_PART_OF_DAY) if "T" in code else SOME_PART_OF_DAY
    return pattern.format(
        year=start.year,
        month=start.month,
        month_name=MONTH_NAMES[start.month - 1],
        month_abbreviation=MONTH_ABBREVIATIONS[start.month - 1],
        day=start.day,
        weekday_abbreviation=WEEKDAY_ABBREVIATIONS[start.weekday()],
        half=1 if start.month <= 6 else 2,
        half_name=HALF_NAMES[0 if start.month <= 6 else 1],
        quarter=(start.month - 1) // 3 + 1,
        season=season,
        Season=season[:1].upper() + season[1:],
        part_of_day=part_of_day,
        hour=start.hour,
        minute=start.minute,
        second=start.second,
        value=value,
    )
