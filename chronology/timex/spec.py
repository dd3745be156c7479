"""What a matched phrase means before it is anchored: the grammar's output, the resolver's input."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Spec:
    """The meaning of one candidate expression.

    kind says how the resolver turns it into a value:
    - "fixed": `value` is final (durations, sets, PRESENT_REF, absolute dates);
    - "calendar": year/month/day/season/quarter/half fields; a missing year is anchored;
    - "weekday": a weekday (with optional part of day / clock time) anchored to a day;
    - "shift": the `unit`-long period `amount` units from the anchor (None amount: by tense);
    - "holiday": a holiday rule with an optional year.
    """

    type: str
    kind: str
    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    pod: str | None = None  # "MO", "AF", "EV", "NI" or a clock time "15:30"
    unit: str | None = None
    amount: int | None = None
    base: str = "dct"  # "dct": the speaker's now; "ref": the time the text has moved to
    holiday: tuple[str, int, int, int] | None = None  # ("fixed"|"nth"|"nth+N"|"nthwd±W"|"easter", a, b, c)
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    note: str = ""
    extent_group: str | None = None  # the match group that is the whole expression ("for years": "years")
    day_granular: bool = False
    month_step: int | None = None  # "the 2d ult.": a day in the month this many steps from the letter's
    counted_offset: bool = False  # "a year earlier", "two years later": counted from a time, not naming one
    compare_quarter: bool = False  # "a year earlier": in a quarterly report, the same quarter a year before  # "the day before": a day even when the anchor is coarser
    week_of_day: bool = False  # "the week of March 6": the ISO week holding the date
    weekend_of_day: bool = False  # "the first weekend in May": the weekend of the ISO week holding the date
    short_year: int | None = None  # "the spring of 66": a year of two digits, its century from the story
    decade_digit: int | None = None  # "the '20s": the decade's digit, its century from the reference time
    grain: str | None = None  # "ten years ago this week": the shifted time named at this finer unit
    same_day_in_year: int | None = None  # "on this day in 1969": the DCT's month and day in that year
    new_year: bool = False  # "the new year": the year ahead, or the one just begun in early January
    reaches_now: bool = False  # "ten years on, the town ...": in a present-tense clause the count ends now
    occurred: bool = False  # "the Jan. 6 riot": a day naming an event that has happened (on or before now)
    edge_day: int = 0  # "the last day of the month": 1 the first day of the month or year named, -1 its last
    #: "the last Friday of the month": that weekday (1 = Monday) counted (-1 the last) in the month found
    nth_weekday_in_month: tuple[int, int] | None = None
    week_shift: int | None = None  # "last week Friday", "Wednesday next week": that day this many weeks on
    iso_week: int | None = None  # "epidemiological week 23": that ISO week of the year found
    clock_from: str | None = None  # "nine minutes later" after "at 4:30": the bare clock counted from
    warnings: list[str] = field(default_factory=list)
