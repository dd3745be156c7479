"""iCalendar (RFC 5545): one VEVENT per dated event, all-day or timed at the event's precision.

Day and coarser precisions are all-day spans (`DTSTART;VALUE=DATE`, `DTEND` exclusive); hours,
minutes and parts of the day are timed spans in floating local time (the text rarely gives a zone).
Written by hand, no dependency: CRLF line ends, lines folded at 75 octets, TEXT values escaped.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from chronology._version import __version__
from chronology.model.chronology import Chronology
from chronology.model.event import Event
from chronology.model.expression import GRANULARITY_ORDER, Granularity
from chronology.writers.common import (
    ExportOptions,
    basis_note,
    clean_text,
    date_label,
    export_events,
    qualifier_note,
)

_LINE_OCTETS = 75


def escape_text(text: str) -> str:
    text = clean_text(text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = _LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, _LINE_OCTETS - 1  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _timed(event: Event) -> bool:
    granularity = event.time.granularity
    return granularity is not None and GRANULARITY_ORDER.index(granularity) >= GRANULARITY_ORDER.index(
        Granularity.PART_OF_DAY
    )


def _uid(event: Event) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", event.id) + "@chronology"


def _vevent(event: Event, stamp: str) -> list[str]:
    interval = event.time.interval
    if interval is None or interval.start.year < 1 or interval.end.year >= 9999:
        return []
    lines = ["BEGIN:VEVENT", f"UID:{_uid(event)}", f"DTSTAMP:{stamp}"]
    if _timed(event):
        end = interval.end + timedelta(microseconds=1)
        lines.append(f"DTSTART:{interval.start:%Y%m%dT%H%M%S}")
        lines.append(f"DTEND:{end:%Y%m%dT%H%M%S}")
    else:
        last = interval.end.date() + timedelta(days=1)
        lines.append(f"DTSTART;VALUE=DATE:{interval.start:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{last:%Y%m%d}")
    lines.append(f"SUMMARY:{escape_text(event.headline)}")
    description = [f"When: {date_label(event)}", f"Why: {basis_note(event)}"]
    if event.qualifiers:
        description.append(qualifier_note(event))
    for source in event.sources:
        published = f" ({source.published.isoformat()})" if source.published else ""
        description.append(f"{source.document_id}{published}: {clean_text(source.text)}")
    lines.append("DESCRIPTION:" + "\\n".join(escape_text(part) for part in description))
    if event.conflict:
        lines.append("CATEGORIES:dates disputed")
    lines.append("END:VEVENT")
    return lines


def render_ics(chronology: Chronology, options: ExportOptions | None = None) -> str:
    dated, _ = export_events(chronology, options or ExportOptions())
    created = chronology.created or datetime.now(UTC)
    if created.tzinfo is not None:
        created = created.astimezone(UTC)
    stamp = f"{created:%Y%m%dT%H%M%SZ}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//chronology//chronology {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Chronology",
    ]
    for event in dated:
        lines.extend(_vevent(event, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
