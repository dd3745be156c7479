"""A person's corrections, applied as a view on top of the built events.

The built events stay as they are in `Chronology.events`; corrections live in `Chronology.corrections`
and refer to events by their stable ids (`<document id>:<trigger start>`), so they apply again to a
chronology rebuilt from the same documents. An id may name a merged event or any report merged into it.
Applying a correction twice changes nothing more than applying it once.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronology.engine.intervals import value_interval
from chronology.engine.merge import times_compatible
from chronology.engine.ordering import order_events
from chronology.model.chronology import Chronology, Correction, CorrectionKind
from chronology.model.event import Event, EventTime, Source, TimeBasis


def _ids(event: Event) -> set[str]:
    ids = {event.id, *event.merged_from}
    ids.update(source.event_id for source in event.sources if source.event_id is not None)
    return ids


def _find(events: Sequence[Event], event_id: str) -> int | None:
    for index, event in enumerate(events):
        if event.id == event_id:
            return index
    for index, event in enumerate(events):
        if event_id in _ids(event):
            return index
    return None


def corrected_time(value: str, previous: EventTime, note: str | None) -> EventTime:
    parsed = value_interval(value)
    was = previous.value or "undated"
    reason = f"corrected by a person (was {was})" + (f": {note}" if note else "")
    if parsed is None:
        return EventTime(basis=TimeBasis.CORRECTED, value=value, reason=reason)
    interval, granularity = parsed
    return EventTime(
        basis=TimeBasis.CORRECTED, value=value, granularity=granularity, interval=interval, reason=reason
    )


def _conflict(sources: Sequence[Source]) -> str | None:
    timed = [
        s for s in sources if s.time is not None and s.time.basis is TimeBasis.EXPLICIT and s.time.interval
    ]
    disagree = any(
        a.time is not None and b.time is not None and not times_compatible(a.time, b.time)
        for i, a in enumerate(timed)
        for b in timed[i + 1 :]
    )
    if not disagree:
        return None
    listed = "; ".join(f"{s.time.value if s.time else 'undated'} ({s.document_id})" for s in timed)
    return f"sources disagree on the date: {listed}"


def _merge(target: Event, others: Sequence[Event], note: str | None) -> Event:
    sources = [*target.sources]
    for other in others:
        sources.extend(other.sources)
    reason = "merged by a person" + (f": {note}" if note else "")
    return target.model_copy(
        update={
            "sources": tuple(sources),
            "merged_from": tuple(
                sorted({*target.merged_from, *(i for o in others for i in _ids(o))} - {target.id})
            ),
            "merge_reason": reason,
            "conflict": _conflict(sources),
            "corrected": True,
        }
    )


def _event_of_source(source: Source, like: Event) -> Event:
    trigger_start = source.trigger_start if source.trigger_start is not None else source.start
    return Event(
        id=source.event_id or f"{source.document_id}:{trigger_start}",
        document_id=source.document_id,
        trigger=source.trigger or like.trigger,
        trigger_start=trigger_start,
        trigger_end=source.trigger_end if source.trigger_end is not None else source.end,
        start=source.start,
        end=source.end,
        headline=source.headline or source.text,
        time=source.time or EventTime(basis=TimeBasis.UNDATED, reason="its source gave no time"),
        sources=(source,),
        lemma=like.lemma,
        event_class=like.event_class,
        corrected=True,
    )


def _split(event: Event, split_ids: Sequence[str]) -> list[Event]:
    """The event without the reports named (all of them apart when none is named)."""
    if len(event.sources) < 2:
        return [event]
    wanted = set(split_ids)
    leaving = [s for s in event.sources if not wanted or s.event_id in wanted]
    staying = [s for s in event.sources if s not in leaving]
    if not staying:
        staying, leaving = leaving[:1], leaving[1:]
    if not leaving:
        return [event]
    separate = [_event_of_source(source, event) for source in leaving]
    # The one that stays keeps the event's id when its own report stays with it.
    kept_ids = {s.event_id for s in staying}
    base = event if event.id in kept_ids else _event_of_source(staying[0], event)
    remaining_ids = {i for i in _ids(event) if i in kept_ids} - {base.id}
    kept = base.model_copy(
        update={
            "sources": tuple(staying),
            "merged_from": tuple(sorted(remaining_ids)),
            "merge_reason": event.merge_reason if len(staying) > 1 else None,
            "conflict": _conflict(staying),
            "corrected": True,
        }
    )
    return [kept, *separate]


def _apply(events: list[Event], correction: Correction) -> list[Event]:
    index = _find(events, correction.event_id)
    if index is None:
        return events  # the event is gone from this build; the correction waits for it
    event = events[index]
    if correction.kind is CorrectionKind.DATE and correction.value:
        if event.time.basis is TimeBasis.CORRECTED and event.time.value == correction.value:
            return events
        events[index] = event.model_copy(
            update={"time": corrected_time(correction.value, event.time, correction.note), "corrected": True}
        )
    elif correction.kind is CorrectionKind.HEADLINE and correction.value:
        events[index] = event.model_copy(update={"headline": correction.value, "corrected": True})
    elif correction.kind is CorrectionKind.HIDE:
        events[index] = event.model_copy(update={"hidden": True, "corrected": True})
    elif correction.kind is CorrectionKind.MERGE:
        others: list[Event] = []
        for other_id in correction.other_event_ids:
            other_index = _find(events, other_id)
            if other_index is not None and other_index != index and events[other_index] not in others:
                others.append(events[other_index])
        if others:
            merged = _merge(event, others, correction.note)
            events = [e for e in events if e is not event and all(e is not o for o in others)]
            events.append(merged)
    elif correction.kind is CorrectionKind.SPLIT:
        pieces = _split(event, correction.other_event_ids)
        if len(pieces) > 1:
            events = [*events[:index], *pieces, *events[index + 1 :]]
    return events


def corrected_events(chronology: Chronology) -> list[Event]:
    """The chronology's events with every correction applied, in order; hidden ones flagged, not dropped."""
    events = list(chronology.events)
    for correction in sorted(chronology.corrections, key=lambda c: c.created):
        events = _apply(events, correction)
    return list(order_events(events))


def apply_corrections(chronology: Chronology) -> Chronology:
    """The chronology as corrected: what exports and the browser show."""
    return chronology.model_copy(update={"events": tuple(corrected_events(chronology))})
