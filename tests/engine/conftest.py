"""Events made by hand for the engine tests, and the bundled story built by the real pipeline."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from chronology.engine.intervals import value_interval
from chronology.model.chronology import Chronology
from chronology.model.document import Document
from chronology.model.event import Event, EventTime, Source, TimeBasis
from chronology.samples import sample_root

EventFactory = Callable[..., Event]


def _event(
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
    parsed = value_interval(value) if value else None
    time = EventTime(
        basis=basis if value else TimeBasis.UNDATED,
        value=value,
        granularity=parsed[1] if parsed else None,
        interval=parsed[0] if parsed else None,
        reason="made by hand",
    )
    event_id = f"{document_id}:{position}"
    source = Source(
        document_id=document_id,
        published=published,
        start=position,
        end=position + len(headline),
        text=headline,
        time=time,
        event_id=event_id,
        trigger=trigger,
        trigger_start=position,
        trigger_end=position + len(trigger),
        headline=headline,
    )
    return Event(
        id=event_id,
        document_id=document_id,
        trigger=trigger,
        trigger_start=position,
        trigger_end=position + len(trigger),
        start=position,
        end=position + len(headline),
        headline=headline,
        time=time,
        sources=(source,),
        lemma=lemma or trigger,
    )


@pytest.fixture
def make_event() -> EventFactory:
    return _event


def story_folder() -> Path:
    return sample_root() / "story"


def story_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((story_folder() / "gold.json").read_text(encoding="utf-8"))
    return gold


def story_documents() -> list[Document]:
    return [
        Document.model_validate(json.loads((story_folder() / name).read_text(encoding="utf-8")))
        for name in story_gold()["documents"]
    ]


@pytest.fixture(scope="session")
def story_chronology() -> Chronology:
    from chronology.pipeline import build_chronology

    return build_chronology(story_documents())


@pytest.fixture
def documents_of_story() -> list[Document]:
    return story_documents()


@pytest.fixture
def gold_of_story() -> dict[str, Any]:
    return story_gold()
