"""The chronology engine: events from many documents merged, ordered, and corrected.

`assemble` turns per-document results into one `Chronology`; `corrected_events` and
`apply_corrections` give the view with a person's corrections applied on top.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from chronology.engine.buckets import merge_by_bucket
from chronology.engine.corrections import apply_corrections, corrected_events
from chronology.engine.intervals import value_interval
from chronology.engine.merge import merge_events, source_of
from chronology.engine.ordering import order_events, split_lanes
from chronology.model.chronology import Chronology, Correction, DocumentResult
from chronology.model.event import Event, TimeBasis
from chronology.settings import Settings

__all__ = [
    "apply_corrections",
    "assemble",
    "corrected_events",
    "merge_events",
    "order_events",
    "prepare_events",
    "split_lanes",
    "value_interval",
]


def _complete(event: Event, published: date | None) -> Event:
    """An extracted event with its one source and, when its value has one, its interval."""
    time = event.time
    if time.interval is None and time.value is not None and time.basis is not TimeBasis.UNDATED:
        parsed = value_interval(time.value)
        if parsed is not None:
            time = time.model_copy(
                update={"interval": parsed[0], "granularity": time.granularity or parsed[1]}
            )
            event = event.model_copy(update={"time": time})
    if not event.sources:
        event = event.model_copy(update={"sources": (source_of(event, published),)})
    return event


def prepare_events(results: Sequence[DocumentResult]) -> list[Event]:
    """The chronology's events of some documents, each with its source and interval, before merging."""
    events: list[Event] = []
    for result in results:
        published = result.analyzed.document.published if result.analyzed is not None else None
        events.extend(_complete(event, published) for event in result.events if not event.mention_only)
    return events


def assemble(
    results: Sequence[DocumentResult],
    *,
    settings: Settings,
    corrections: Sequence[Correction] = (),
    created: datetime | None = None,
) -> Chronology:
    """One chronology from every document's result: events merged across documents and ordered.

    Event mentions kept only for tagging stay out; failed documents are listed in `errors`.
    Corrections are stored, not applied: `apply_corrections` gives the corrected view.
    """
    documents = [result.analyzed for result in results if result.analyzed is not None]
    errors = [result.error for result in results if result.error is not None]
    events = prepare_events(results)
    return Chronology(
        created=created,
        settings=settings,
        documents=tuple(documents),
        events=order_events(merge_by_bucket(events)),
        errors=tuple(errors),
        corrections=tuple(corrections),
    )
