"""The bundled three-article story, built by the real pipeline, against its gold chronology."""

from __future__ import annotations

from typing import Any

from chronology.model.chronology import Chronology
from chronology.model.event import Event


def _find(chronology: Chronology, wanted: dict[str, Any]) -> Event:
    documents = set(wanted["documents"])
    triggers = {t.lower() for t in wanted["triggers"]}
    matches = [
        event
        for event in chronology.ordered()
        if event.time.value == wanted["value"]
        and {s.document_id for s in event.sources} == documents
        and ({event.trigger.lower()} | {(s.trigger or "").lower() for s in event.sources}) & triggers
    ]
    described = "\n".join(
        f"{e.time.value} {e.trigger} {[s.document_id for s in e.sources]} {e.headline}"
        for e in chronology.ordered()
    )
    assert len(matches) == 1, f"gold event {wanted} matched {len(matches)} events in:\n{described}"
    return matches[0]


def test_story_events_are_found_merged_and_ordered(
    story_chronology: Chronology, gold_of_story: dict[str, Any]
) -> None:
    assert not story_chronology.errors
    ordered = story_chronology.ordered()
    positions = []
    for wanted in gold_of_story["events"]:
        event = _find(story_chronology, wanted)
        assert event.time.basis.value == wanted["basis"]
        if len(wanted["documents"]) > 1:
            assert event.merge_reason
            assert len(event.merged_from) == len(wanted["documents"]) - 1
        positions.append(ordered.index(event))
    assert positions == sorted(positions), "gold events out of order"


def test_story_conflict_keeps_every_source_date(
    story_chronology: Chronology, gold_of_story: dict[str, Any]
) -> None:
    for wanted in gold_of_story["events"]:
        event = _find(story_chronology, wanted)
        if "conflict" in wanted:
            assert event.conflict is not None
            source_values = {s.time.value for s in event.sources if s.time is not None}
            assert source_values == set(wanted["conflict"])
            for value in wanted["conflict"]:
                assert value in event.conflict
        else:
            assert event.conflict is None


def test_story_assumed_times_are_never_explicit(story_chronology: Chronology) -> None:
    for event in story_chronology.events:
        if event.time.basis.value == "explicit":
            assert event.time.expression is not None
            assert event.time.expression.text in story_chronology.document(event.document_id).document.text  # type: ignore[union-attr]
        else:
            assert event.time.reason


def test_story_has_no_event_mentions_left_for_tagging_only(story_chronology: Chronology) -> None:
    assert story_chronology.events
    assert not any(event.mention_only for event in story_chronology.events)


def test_story_undated_lane(story_chronology: Chronology, gold_of_story: dict[str, Any]) -> None:
    undated = story_chronology.undated()
    for wanted in gold_of_story["undated"]:
        triggers = {t.lower() for t in wanted["triggers"]}
        found = [
            e
            for e in undated
            if e.trigger.lower() in triggers
            and {s.document_id for s in e.sources} == set(wanted["documents"])
        ]
        assert len(found) == 1, [e.trigger for e in undated]
        assert found[0].time.value is None and found[0].time.interval is None
