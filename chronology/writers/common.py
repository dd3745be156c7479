"""What every export shares: which events it shows and how a time reads at its own precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronology.labels import LabelStyle, time_label
from chronology.model.chronology import Chronology
from chronology.model.event import Event, TimeBasis
from chronology.model.expression import Granularity

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


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


def date_label(event: Event) -> str:
    """How the event's time reads at its own precision: 'October 2019', '23 October 2021', 'the 1990s'."""
    time = event.time
    value = time.value or ""
    if time.interval is None:
        return value or "undated"
    label = time_label(time.interval.start, time.granularity, value, LabelStyle.PROSE)
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
