"""Time buckets: the unit of the cross-document merge, on one machine and on a cluster alike.

Reports are merged only within the calendar year their time starts in (undated reports among
themselves). That bound is what lets a cluster merge bucket by bucket with no worker holding every
event, and using the same buckets in one process keeps both builds identical. What it costs: two reports
of one event whose times start in different years (a conflict straddling New Year, a decade against a
year inside it) stay two events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from chronology.engine.merge import merge_events
from chronology.model.event import Event, TimeBasis

#: The bucket of events with no interval; sorts after every year.
UNDATED_BUCKET = 1_000_000


def time_bucket(event: Event) -> int:
    interval = event.time.interval
    if interval is None or event.time.basis is TimeBasis.UNDATED:
        return UNDATED_BUCKET
    return interval.start.year


def bucketed(events: Iterable[Event]) -> dict[int, list[Event]]:
    buckets: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        buckets[time_bucket(event)].append(event)
    return buckets


def merge_bucket(events: Sequence[Event]) -> list[Event]:
    """Merge the reports of one time bucket."""
    return merge_events(events)


def merge_by_bucket(events: Iterable[Event]) -> list[Event]:
    """Merge reports across documents, one time bucket at a time, buckets in time order."""
    return [event for _, members in sorted(bucketed(events).items()) for event in merge_bucket(members)]
