"""Events and the bundled story for every test suite, built from the model (sentences written for the tests).

An event is built as the pipeline would leave it: one source carrying the event's own id, trigger, time and
headline, so that splitting a merge or correcting a date behaves as it does on built chronologies.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from chronology.engine.intervals import value_interval
from chronology.model.document import Document
from chronology.model.event import Event, EventTime, Source, TimeBasis
from chronology.model.expression import TimeExpression
from chronology.samples import sample_root


def event_time(
    value: str | None,
    basis: TimeBasis = TimeBasis.EXPLICIT,
    reason: str = "",
    *,
    expression: TimeExpression | None = None,
    with_interval: bool = True,
) -> EventTime:
    """A time at the value's own precision (undated when there is no value).

    Without the interval the time is as a hand-edited file may give it: consumers must derive its
    position from the value.
    """
    parsed = value_interval(value) if value else None
    return EventTime(
        basis=basis if value else TimeBasis.UNDATED,
        value=value,
        granularity=parsed[1] if parsed else None,
        interval=parsed[0] if parsed and with_interval else None,
        expression=expression,
        reason=reason,
    )


def make_event(
    document_id: str,
    trigger: str,
    trigger_start: int,
    headline: str,
    time: EventTime,
    *,
    span: tuple[int, int],
    text: str,
    published: date | None = None,
    extra_sources: tuple[Source, ...] = (),
    conflict: str | None = None,
    lemma: str | None = None,
) -> Event:
    """An event with its own source first; `extra_sources` are reports merged into it."""
    event_id = f"{document_id}:{trigger_start}"
    start, end = span
    trigger_end = trigger_start + len(trigger)
    source = Source(
        document_id=document_id,
        published=published,
        start=start,
        end=end,
        text=text,
        time=time,
        event_id=event_id,
        trigger=trigger,
        trigger_start=trigger_start,
        trigger_end=trigger_end,
        headline=headline,
    )
    return Event(
        id=event_id,
        document_id=document_id,
        trigger=trigger,
        trigger_start=trigger_start,
        trigger_end=trigger_end,
        start=start,
        end=end,
        headline=headline,
        time=time,
        sources=(source, *extra_sources),
        merged_from=tuple(s.event_id for s in extra_sources if s.event_id),
        merge_reason="same predicate and date in both reports" if extra_sources else None,
        conflict=conflict,
        lemma=lemma,
    )


def hand_event(
    document_id: str = "doc",
    position: int = 0,
    value: str | None = "2021-10-23",
    *,
    headline: str = "Something happened",
    trigger: str = "happened",
    lemma: str | None = None,
    basis: TimeBasis = TimeBasis.EXPLICIT,
    published: date | None = date(2022, 2, 3),
) -> Event:
    """An event at `position` whose clause is its headline, for tests of ordering and merging."""
    return make_event(
        document_id,
        trigger,
        position,
        headline,
        event_time(value, basis, "made by hand"),
        span=(position, position + len(headline)),
        text=headline,
        published=published,
        lemma=lemma or trigger,
    )


def story_folder() -> Path:
    return sample_root() / "story"


def story_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((story_folder() / "gold.json").read_text(encoding="utf-8"))
    return gold


def story_documents() -> list[Document]:
    """The bundled story's articles, in the order its gold file lists them."""
    return [
        Document.model_validate(json.loads((story_folder() / name).read_text(encoding="utf-8")))
        for name in story_gold()["documents"]
    ]
