"""Corrections as a view: applied on top of the built events, surviving a rebuild, idempotent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from chronology.engine import assemble, corrected_events
from chronology.model.chronology import Chronology, Correction, CorrectionKind
from chronology.model.event import TimeBasis
from tests.engine.conftest import story_documents

T0 = datetime(2024, 4, 1, tzinfo=UTC)


def _correction(kind: CorrectionKind, event_id: str, n: int, **fields: object) -> Correction:
    return Correction(kind=kind, event_id=event_id, created=T0 + timedelta(minutes=n), **fields)  # type: ignore[arg-type]


def _by_trigger(chronology: Chronology, trigger: str, value: str | None = None) -> str:
    for event in chronology.events:
        if event.trigger == trigger and (value is None or event.time.value == value):
            return event.id
    raise AssertionError(f"no {trigger} {value}")


def _corrections(chronology: Chronology) -> list[Correction]:
    approved = next(e for e in chronology.events if e.trigger == "approved")
    return [
        _correction(
            CorrectionKind.DATE, _by_trigger(chronology, "opened"), 1, value="1962-05-04", note="ribbon"
        ),
        _correction(CorrectionKind.HEADLINE, _by_trigger(chronology, "burst"), 2, value="The Calder floods"),
        _correction(CorrectionKind.HIDE, _by_trigger(chronology, "called"), 3),
        _correction(CorrectionKind.SPLIT, approved.id, 4, other_event_ids=approved.merged_from),
        _correction(
            CorrectionKind.MERGE,
            _by_trigger(chronology, "examine"),
            5,
            other_event_ids=(_by_trigger(chronology, "said", "2024-03-12"),),
        ),
    ]


def test_corrections_apply_as_a_view(story_chronology: Chronology) -> None:
    corrections = _corrections(story_chronology)
    chronology = story_chronology.model_copy(update={"corrections": tuple(corrections)})
    view = corrected_events(chronology)
    assert chronology.events == story_chronology.events  # the built events stay as they were

    opened = next(e for e in view if e.trigger == "opened")
    assert opened.corrected and opened.time.basis is TimeBasis.CORRECTED and opened.time.value == "1962-05-04"
    assert opened.time.interval is not None and opened.time.interval.start.day == 4
    assert "ribbon" in opened.time.reason

    assert next(e for e in view if e.trigger == "burst").headline == "The Calder floods"
    assert next(e for e in view if e.trigger == "called").hidden

    approved = [e for e in view if e.trigger == "approved"]
    assert len(approved) == 2 and all(e.conflict is None and len(e.sources) == 1 for e in approved)
    assert {e.time.value for e in approved} == {"2024-03-08", "2024-03-09"}

    examine = next(e for e in view if e.trigger == "examine")
    assert len(examine.sources) == 2 and examine.merge_reason == "merged by a person"
    assert not any(e.trigger == "said" and e.time.value == "2024-03-12" for e in view)

    values = [e.time.interval.start for e in view if e.time.interval is not None]
    assert values == sorted(values) or view == list(chronology.ordered()) + list(chronology.undated())


def test_corrections_survive_a_rebuild(story_chronology: Chronology) -> None:
    from chronology.settings import Settings

    corrections = _corrections(story_chronology)
    first = story_chronology.model_copy(update={"corrections": tuple(corrections)})
    rebuilt = assemble(
        [
            __import__("chronology.pipeline", fromlist=["process_document"]).process_document(d)
            for d in story_documents()
        ],
        settings=Settings(),
        corrections=corrections,
    )
    assert [e.id for e in rebuilt.events] == [e.id for e in story_chronology.events]
    assert corrected_events(rebuilt) == corrected_events(first)


def test_applying_twice_changes_nothing_more(story_chronology: Chronology) -> None:
    chronology = story_chronology.model_copy(update={"corrections": tuple(_corrections(story_chronology))})
    once = chronology.corrected()
    assert corrected_events(once) == list(once.events)


def test_a_correction_for_a_missing_event_waits(story_chronology: Chronology) -> None:
    chronology = story_chronology.model_copy(
        update={"corrections": (_correction(CorrectionKind.HIDE, "no-such-document:12", 1),)}
    )
    assert corrected_events(chronology) == list(story_chronology.events)


def test_a_split_without_ids_sets_every_report_apart(story_chronology: Chronology) -> None:
    merged = next(e for e in story_chronology.events if len(e.sources) == 2 and e.trigger == "burst")
    chronology = story_chronology.model_copy(
        update={"corrections": (_correction(CorrectionKind.SPLIT, merged.id, 1),)}
    )
    view = corrected_events(chronology)
    pieces = [e for e in view if e.trigger == "burst"]
    assert len(pieces) == 2
    assert {e.id for e in pieces} == {merged.id, *merged.merged_from}
    assert all(len(e.sources) == 1 and e.corrected and not e.merged_from for e in pieces)
