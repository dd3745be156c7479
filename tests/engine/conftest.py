"""Events made by hand for the engine tests, and the bundled story built by the real pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from chronology.model.chronology import Chronology
from chronology.model.document import Document
from chronology.model.event import Event
from tests.builders import hand_event, story_documents, story_gold

EventFactory = Callable[..., Event]

# The engine tests' own name for the shared builder.
_event = hand_event

__all__ = ["EventFactory", "_event", "story_documents"]


@pytest.fixture
def make_event() -> EventFactory:
    return hand_event


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
