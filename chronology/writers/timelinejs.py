"""TimelineJS3 JSON: one slide per dated event, with only the date fields its precision has.

TimelineJS picks the display format from the finest date field present, so a month-precision event
carries only `year` and `month`. Weeks, seasons, quarters, halves and parts of the day have no field of
their own: they become a start/end span with a `display_date`. Events whose sources disagree on the
date, and events whose time comes from context rather than the text, get a `group` row of their own.
All document text is HTML-escaped (TimelineJS renders `headline` and `text` as HTML).
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from typing import Any

from chronology.model.chronology import Chronology
from chronology.model.event import Event, TimeBasis
from chronology.model.expression import Granularity
from chronology.writers.common import (
    ExportOptions,
    basis_note,
    clean_text,
    date_label,
    export_events,
    qualifier_note,
)

_FIELDS_BY_GRANULARITY: dict[Granularity, tuple[str, ...]] = {
    Granularity.MILLENNIUM: ("year",),
    Granularity.CENTURY: ("year",),
    Granularity.DECADE: ("year",),
    Granularity.YEAR: ("year",),
    Granularity.HALF: ("year", "month"),
    Granularity.QUARTER: ("year", "month"),
    Granularity.SEASON: ("year", "month"),
    Granularity.MONTH: ("year", "month"),
    Granularity.WEEK: ("year", "month", "day"),
    Granularity.DAY: ("year", "month", "day"),
    Granularity.PART_OF_DAY: ("year", "month", "day", "hour"),
    Granularity.HOUR: ("year", "month", "day", "hour"),
    Granularity.MINUTE: ("year", "month", "day", "hour", "minute"),
    Granularity.SECOND: ("year", "month", "day", "hour", "minute", "second"),
}
#: Precisions shown as a span with a display_date rather than as one date.
_SPANS = frozenset(
    {
        Granularity.MILLENNIUM,
        Granularity.CENTURY,
        Granularity.DECADE,
        Granularity.HALF,
        Granularity.QUARTER,
        Granularity.SEASON,
        Granularity.WEEK,
        Granularity.PART_OF_DAY,
    }
)


def _date(moment: datetime, fields: tuple[str, ...]) -> dict[str, int]:
    return {field: int(getattr(moment, field)) for field in fields}


def _slide_id(event: Event) -> str:
    return "ev-" + re.sub(r"[^A-Za-z0-9_-]+", "-", event.id).strip("-")


def _text(event: Event, chronology: Chronology) -> str:
    titles = {d.document.id: d.document.title or d.document.id for d in chronology.documents}
    parts: list[str] = []
    for source in event.sources:
        title = html.escape(clean_text(titles.get(source.document_id, source.document_id)))
        published = f", {source.published.isoformat()}" if source.published else ""
        parts.append(
            f"<p>&ldquo;{html.escape(clean_text(source.text))}&rdquo; &mdash; {title}{published}</p>"
        )
    parts.append(f"<p><em>{html.escape(clean_text(basis_note(event)))}</em></p>")
    if event.qualifiers:
        parts.append(f"<p>{html.escape(qualifier_note(event))}</p>")
    return "".join(parts)


def slide(event: Event, chronology: Chronology) -> dict[str, Any] | None:
    """The TimelineJS slide of a dated event (None when its time has no interval)."""
    interval = event.time.interval
    if interval is None:
        return None
    granularity = event.time.granularity or Granularity.DAY
    fields = _FIELDS_BY_GRANULARITY[granularity]
    if granularity is Granularity.PART_OF_DAY:
        fields = fields[:3]
    result: dict[str, Any] = {
        "unique_id": _slide_id(event),
        "start_date": _date(interval.start, fields),
        "text": {"headline": html.escape(clean_text(event.headline)), "text": _text(event, chronology)},
    }
    if granularity in _SPANS:
        end = _date(interval.end, fields)
        if end != result["start_date"]:
            result["end_date"] = end
    label = date_label(event)
    if granularity in _SPANS or event.time.basis is TimeBasis.REPORTED_BY_DCT:
        result["display_date"] = label
    if event.conflict:
        result["group"] = "dates disputed"
    elif event.time.basis in (TimeBasis.REPORTED_BY_DCT, TimeBasis.INHERITED):
        result["group"] = "time from context"
    return result


def to_timelinejs(chronology: Chronology, options: ExportOptions | None = None) -> dict[str, Any]:
    dated, _ = export_events(chronology, options or ExportOptions())
    count = len(chronology.documents)
    titles = ", ".join(clean_text(d.document.title or d.document.id) for d in chronology.documents[:5])
    more = f" and {count - 5} more" if count > 5 else ""
    document: dict[str, Any] = {
        "title": {
            "text": {
                "headline": "Chronology",
                "text": html.escape(
                    f"Built by chronology from {count} document{'s' if count != 1 else ''}: {titles}{more}"
                ),
            }
        },
        "events": [s for s in (slide(event, chronology) for event in dated) if s is not None],
        "scale": "human",
    }
    return document


def render_timelinejs(chronology: Chronology, options: ExportOptions | None = None) -> str:
    return json.dumps(to_timelinejs(chronology, options), ensure_ascii=False, indent=2) + "\n"
