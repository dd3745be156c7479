"""The order of events in a chronology: by the interval their time denotes, then stably.

An interval sorts by its start, then by its end, so a day sorts inside its month (after the days that
start the month with it, before those that follow), and a year before the decade it starts. Durations
and ranges carry the interval of their placement and sort by its start. Events without an interval
(undated, or dated only by an underspecified value) go to a separate lane, in document order.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from chronology.model.event import Event, TimeBasis

_NO_DATE = date.max


def has_interval(event: Event) -> bool:
    return event.time.basis is not TimeBasis.UNDATED and event.time.interval is not None


def source_date(event: Event) -> date:
    """The earliest publication date among an event's sources (the tie-breaker after its time)."""
    dates = [source.published for source in event.sources if source.published is not None]
    return min(dates) if dates else _NO_DATE


def order_key(event: Event) -> tuple[datetime, datetime, date, str, int]:
    interval = event.time.interval
    if interval is None:
        raise ValueError(f"event {event.id} has no interval to order by")
    return (interval.start, interval.end, source_date(event), event.document_id, event.trigger_start)


def document_order_key(event: Event) -> tuple[date, str, int]:
    return (source_date(event), event.document_id, event.trigger_start)


def split_lanes(events: Iterable[Event]) -> tuple[list[Event], list[Event]]:
    """The dated events in chronological order and the undated ones in document order."""
    dated: list[Event] = []
    undated: list[Event] = []
    for event in events:
        (dated if has_interval(event) else undated).append(event)
    dated.sort(key=order_key)
    undated.sort(key=document_order_key)
    return dated, undated


def order_events(events: Iterable[Event]) -> tuple[Event, ...]:
    """Dated events in chronological order, followed by the undated lane."""
    dated, undated = split_lanes(events)
    return (*dated, *undated)
