"""The bundled sample articles, checked against their gold answer files (data/gold/*.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from chronology.model.chronology import AnalyzedDocument, Chronology
from chronology.samples import sample_root

GOLD_FILES = sorted((sample_root() / "gold").glob("*.json"))


def load_gold(path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


@pytest.fixture(scope="module")
def sample_chronology() -> Chronology:
    from chronology.pipeline import build_chronology
    from chronology.readers import read_inputs

    paths = [str(sample_root() / "articles" / load_gold(p)["file"]) for p in GOLD_FILES]
    return build_chronology(read_inputs(paths))


def analyzed(chronology: Chronology, document_id: str) -> AnalyzedDocument:
    for item in chronology.documents:
        if item.document.id == document_id:
            return item
    raise AssertionError(f"{document_id} missing; errors: {chronology.errors}")


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_expressions_match_gold(gold_path: Path, sample_chronology: Chronology) -> None:
    gold = load_gold(gold_path)
    doc = analyzed(sample_chronology, gold["document"])
    found = [
        {"text": e.text, "type": e.type.value, "value": e.value, **({"mod": e.mod} if e.mod else {})}
        for e in doc.expressions
    ]
    assert found == gold["expressions"], "\n".join(e.explanation for e in doc.expressions)
    for expression in doc.expressions:
        assert doc.document.text[expression.start : expression.end] == expression.text
        assert expression.explanation


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_false_friends_are_not_tagged(gold_path: Path, sample_chronology: Chronology) -> None:
    gold = load_gold(gold_path)
    doc = analyzed(sample_chronology, gold["document"])
    tagged = {e.text.lower() for e in doc.expressions}
    for word in gold["not_expressions"]:
        assert word.lower() in doc.document.text.lower(), f"gold names {word!r}, absent from the text"
        assert word.lower() not in tagged


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_document_kind(gold_path: Path, sample_chronology: Chronology) -> None:
    gold = load_gold(gold_path)
    assert analyzed(sample_chronology, gold["document"]).kind == gold.get("kind", "news")


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_events_are_dated_and_ordered_as_gold(gold_path: Path, sample_chronology: Chronology) -> None:
    gold = load_gold(gold_path)
    ours = [
        event
        for event in sample_chronology.events
        if any(source.document_id == gold["document"] for source in event.sources)
        or event.document_id == gold["document"]
    ]
    positions = []
    for expected in gold["events"]:
        matches = [
            i
            for i, event in enumerate(sample_chronology.events)
            if event in ours
            and event.trigger.lower() == expected["trigger"]
            and event.time.value == expected["value"]
        ]
        assert matches, f"no event {expected} among {[(e.trigger, e.time.value) for e in ours]}"
        positions.append(matches[0])
    assert positions == sorted(positions), "gold events are out of order in the chronology"


def test_undated_document_is_marked_and_warned(sample_chronology: Chronology) -> None:
    doc = analyzed(sample_chronology, "harbour-committee-minutes")
    assert doc.document.published is None
    october = next(e for e in doc.expressions if e.text == "October 23")
    assert october.warnings, "an unanchored expression must carry a warning"


def test_same_event_from_two_articles_is_merged(sample_chronology: Chronology) -> None:
    for gold_path in GOLD_FILES:
        gold = load_gold(gold_path)
        for trigger, other in gold.get("merged_with", {}).items():
            merged = [
                e
                for e in sample_chronology.events
                if e.trigger.lower() == trigger
                and {s.document_id for s in e.sources} >= {gold["document"], other}
            ]
            assert len(merged) == 1, f"{trigger!r} of {gold['document']} and {other} should be one event"
            assert merged[0].merge_reason
