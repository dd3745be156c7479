"""What every export shares: which events it shows and how a time reads at its own precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from chronology.model.chronology import Chronology
from chronology.model.event import Event, TimeBasis
from chronology.model.expression import Granularity

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
PART_OF_DAY_NAMES = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}


@dataclass(frozen=True)
class ExportOptions:
    """Which events an export includes."""

    include_hidden: bool = False
    #: Only events whose time the text gives (or a person set): no times from context.
    explicit_only: bool = False
    #: List the undated lane too, in formats that can show events without a date.
    include_undated: bool = True


def clean_text(text: str) -> str:
    """Document text for a file: control characters dropped, whitespace runs folded to one space."""
    return " ".join(_CONTROL.sub("", text).split())


def export_events(chronology: Chronology, options: ExportOptions) -> tuple[list[Event], list[Event]]:
    """The corrected chronology's dated events in order and its undated lane, as the options say."""
    corrected = chronology.corrected()
    allowed = {TimeBasis.EXPLICIT, TimeBasis.CORRECTED} if options.explicit_only else None

    def keep(event: Event) -> bool:
        if event.hidden and not options.include_hidden:
            return False
        return allowed is None or event.time.basis in allowed

    dated = [e for e in corrected.ordered() if keep(e)]
    undated = [e for e in corrected.undated() if keep(e)] if options.include_undated else []
    return dated, undated


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def date_label(event: Event) -> str:
    """How the event's time reads at its own precision: 'October 2019', '23 October 2021', 'the 1990s'."""
    time = event.time
    interval = time.interval
    value = time.value or ""
    if interval is None:
        return value or "undated"
    start = interval.start
    granularity = time.granularity
    label: str
    if granularity is Granularity.MILLENNIUM:
        label = f"the {start.year}s (millennium)"
    elif granularity is Granularity.CENTURY:
        label = f"the {start.year}s (century)"
    elif granularity is Granularity.DECADE:
        label = f"the {start.year}s"
    elif granularity is Granularity.YEAR:
        label = str(start.year)
    elif granularity is Granularity.HALF:
        label = f"{'first' if start.month <= 6 else 'second'} half of {start.year}"
    elif granularity is Granularity.QUARTER:
        label = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif granularity is Granularity.SEASON:
        season = SEASON_NAMES.get(value[5:7], "season") if len(value) >= 7 else "season"
        label = f"{season} {start.year}"
    elif granularity is Granularity.MONTH:
        label = f"{start:%B %Y}"
    elif granularity is Granularity.WEEK:
        label = f"week of {_day(start)}"
    elif granularity is Granularity.PART_OF_DAY:
        part = PART_OF_DAY_NAMES.get(value[11:13], "part of the day") if "T" in value else "part of the day"
        label = f"{part} of {_day(start)}"
    elif granularity is Granularity.HOUR:
        label = f"{_day(start)}, {start:%H}:00"
    elif granularity is Granularity.MINUTE:
        label = f"{_day(start)}, {start:%H:%M}"
    elif granularity is Granularity.SECOND:
        label = f"{_day(start)}, {start:%H:%M:%S}"
    else:
        label = _day(start)
    if time.basis is TimeBasis.REPORTED_BY_DCT:
        return f"on or before {label}"
    return label


def basis_note(event: Event) -> str:
    """Why the event has its time, for the reader of an export."""
    time = event.time
    note = time.reason or time.basis.value
    if event.conflict:
        note += f". {event.conflict}"
    return note


def qualifier_note(event: Event) -> str:
    """The durations and sets that qualify the event: "how long or how often: 'two hours' (PT2H)"."""
    if not event.qualifiers:
        return ""
    listed = ", ".join(f"'{clean_text(q.text)}' ({q.value})" for q in event.qualifiers)
    return f"how long or how often: {listed}"


def edtf(event: Event) -> str:
    """The time in EDTF/ISO 8601 at its own precision (empty when undated)."""
    interval = event.time.interval
    if interval is None:
        return ""
    granularity = event.time.granularity
    start, end = interval.start, interval.end
    if granularity in (Granularity.YEAR,):
        return f"{start.year:04d}"
    if granularity is Granularity.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    if granularity is Granularity.DAY:
        return start.date().isoformat()
    if granularity in (Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND):
        return start.isoformat(timespec="minutes" if granularity is not Granularity.SECOND else "seconds")
    if granularity in (
        Granularity.MILLENNIUM,
        Granularity.CENTURY,
        Granularity.DECADE,
        Granularity.HALF,
        Granularity.QUARTER,
        Granularity.SEASON,
    ):
        return f"{start.year:04d}-{start.month:02d}/{end.year:04d}-{end.month:02d}"
    return f"{start.date().isoformat()}/{end.date().isoformat()}"
