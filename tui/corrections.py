"""A person's corrections: recorded as `Correction`s on the chronology, applied by the engine.

The built events are never changed; the chronology keeps them and a list of corrections, so corrections
survive a rebuild. Applying them is the engine's job (`chronology.engine.corrected_events`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from chronology.model.chronology import Chronology, Correction, CorrectionKind
from chronology.model.event import Event
from chronology_tui.dates import parse_value


def _now() -> datetime:
    return datetime.now(UTC)


def date_correction(event_id: str, value: str, note: str | None = None) -> Correction:
    if parse_value(value) is None:
        raise ValueError(f"not a TIMEX3 date: {value!r} (try 2019, 2019-10, 2019-10-23, 1998-Q3)")
    return Correction(kind=CorrectionKind.DATE, event_id=event_id, value=value, note=note, created=_now())


def headline_correction(event_id: str, headline: str) -> Correction:
    cleaned = " ".join(headline.split())
    if not cleaned:
        raise ValueError("a headline cannot be empty")
    return Correction(kind=CorrectionKind.HEADLINE, event_id=event_id, value=cleaned, created=_now())


def hide_correction(event_id: str) -> Correction:
    return Correction(kind=CorrectionKind.HIDE, event_id=event_id, created=_now())


def merge_correction(into_id: str, merged_ids: Sequence[str]) -> Correction:
    others = tuple(event_id for event_id in merged_ids if event_id != into_id)
    if not others:
        raise ValueError("choose another event to merge with")
    return Correction(kind=CorrectionKind.MERGE, event_id=into_id, other_event_ids=others, created=_now())


def split_correction(event: Event) -> Correction:
    """Every report of the event becomes an event of its own."""
    if len(event.sources) < 2:
        raise ValueError("only an event reported by several sources can be split")
    return Correction(kind=CorrectionKind.SPLIT, event_id=event.id, created=_now())


def with_corrections(chronology: Chronology, corrections: Sequence[Correction]) -> Chronology:
    return chronology.model_copy(update={"corrections": tuple(corrections)})


def without_hide(chronology: Chronology, event_id: str) -> Chronology:
    """Unhide: the hide correction is withdrawn rather than countered by another record."""
    kept = [
        c for c in chronology.corrections if not (c.kind is CorrectionKind.HIDE and c.event_id == event_id)
    ]
    return with_corrections(chronology, kept)


def corrected_events(chronology: Chronology) -> list[Event]:
    """The events a person sees: the engine's view with every correction applied (hidden ones flagged)."""
    if not chronology.corrections:
        return list(chronology.events)  # nothing to apply; the timeline orders them itself
    from chronology.engine import corrected_events as engine_corrected_events

    return engine_corrected_events(chronology)
