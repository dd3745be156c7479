"""A chronology for the export tests: the bundled story built by the real pipeline, plus awkward text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chronology.engine.intervals import value_interval
from chronology.model.chronology import AnalyzedDocument, Chronology, Correction, CorrectionKind
from chronology.model.document import Document
from chronology.model.event import Event
from chronology.model.expression import TimeExpression, TimexType
from tests.builders import event_time, make_event, story_documents

#: Text that breaks naive writers: markup, formula starters, separators, quotes, control characters.
HOSTILE = '=HYPERLINK("x") <b>bold</b> & *stars* [link](y); a,b "quoted"\x07 \\ end'


def _story() -> Chronology:
    from chronology.pipeline import build_chronology

    return build_chronology(story_documents())


def _hostile_event(document_id: str, text: str, value: str, position: int) -> Event:
    parsed = value_interval(value)
    expression = TimeExpression(
        start=0,
        end=4,
        text=text[:4],
        type=TimexType.TIME if "T" in value else TimexType.DATE,
        value=value,
        granularity=parsed[1] if parsed else None,
        interval=parsed[0] if parsed else None,
    )
    time = event_time(value, reason="dated by hand", expression=expression)
    return make_event(document_id, "HYPERLINK", position, text, time, span=(0, len(text)), text=text)


@pytest.fixture(scope="session")
def story() -> Chronology:
    return _story()


@pytest.fixture(scope="session")
def hostile() -> Chronology:
    """Events at awkward precisions with text that must be escaped in every format."""
    text = HOSTILE
    document = Document(id="odd/doc 1", title="Odd <title> & co", url="https://example.org/a b(c)", text=text)
    values = ["2022-W06", "2021-SU", "2022-02-02TNI", "2022-02-02T14:30", "199", "2021-Q3", "2021-10"]
    events = tuple(_hostile_event(document.id, text, value, 1) for value in values[:1]) + tuple(
        _hostile_event(f"{document.id}", text, value, n + 2).model_copy(
            update={"id": f"{document.id}:{n + 2}"}
        )
        for n, value in enumerate(values[1:])
    )
    from chronology.engine.ordering import order_events

    return Chronology(
        created=datetime(2024, 4, 1, 12, 0, tzinfo=UTC),
        documents=(AnalyzedDocument(document=document, kind="news"),),
        events=order_events(events),
        corrections=(
            Correction(
                kind=CorrectionKind.HIDE,
                event_id=f"{document.id}:2",
                created=datetime(2024, 4, 1, tzinfo=UTC),
            ),
        ),
    )
