"""A chronology for the export tests: the bundled story built by the real pipeline, plus awkward text."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from chronology.engine.intervals import value_interval
from chronology.model.chronology import AnalyzedDocument, Chronology, Correction, CorrectionKind
from chronology.model.document import Document
from chronology.model.event import Event, EventTime, Source, TimeBasis
from chronology.model.expression import TimeExpression, TimexType
from chronology.samples import sample_root

#: Text that breaks naive writers: markup, formula starters, separators, quotes, control characters.
HOSTILE = '=HYPERLINK("x") <b>bold</b> & *stars* [link](y); a,b "quoted"\x07 \\ end'


def _story() -> Chronology:
    from chronology.pipeline import build_chronology

    folder = sample_root() / "story"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    documents = [
        Document.model_validate_json((folder / name).read_text(encoding="utf-8"))
        for name in gold["documents"]
    ]
    return build_chronology(documents)


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
    time = EventTime(
        basis=TimeBasis.EXPLICIT,
        value=value,
        granularity=expression.granularity,
        interval=expression.interval,
        expression=expression,
        reason="dated by hand",
    )
    source = Source(
        document_id=document_id,
        start=0,
        end=len(text),
        text=text,
        time=time,
        event_id=f"{document_id}:{position}",
        trigger="HYPERLINK",
        trigger_start=position,
        trigger_end=position + 9,
        headline=text,
    )
    return Event(
        id=f"{document_id}:{position}",
        document_id=document_id,
        trigger="HYPERLINK",
        trigger_start=position,
        trigger_end=position + 9,
        start=0,
        end=len(text),
        headline=text,
        time=time,
        sources=(source,),
    )


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
