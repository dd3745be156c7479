"""Compare predictions with gold: read both (or tag the gold texts ourselves) and compute every figure."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronology.evaluation.corpus import (
    GoldDocument,
    PredictedEvent,
    Prediction,
    Timex,
    load_gold,
    load_predictions,
)
from chronology.evaluation.event_scoring import EventScore, score_event_document
from chronology.evaluation.tense_scoring import TenseScore, score_tense_document
from chronology.evaluation.timex_scoring import TimexScore, score_document


class EvaluationUnavailable(RuntimeError):
    """What the evaluation needs (the tagger, the event extractor) cannot run; the message says why."""


@dataclass
class Evaluation:
    gold_source: str
    prediction_source: str
    timex: TimexScore
    events: EventScore | None = None
    events_skipped: str | None = None  # why event figures are missing, when they were asked for
    tense: TenseScore | None = None
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document id, message)
    unmatched_predictions: list[str] = field(default_factory=list)  # prediction ids with no gold document
    missing_predictions: list[str] = field(default_factory=list)  # gold ids with no prediction
    tagging_seconds: float | None = None
    characters: int = 0

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "gold": self.gold_source,
            "predictions": self.prediction_source,
            "timex": self.timex.as_dict(),
        }
        if self.events is not None:
            result["events"] = self.events.as_dict()
        elif self.events_skipped:
            result["events"] = {"skipped": self.events_skipped}
        if self.tense is not None and self.tense.events:
            result["event_tense"] = self.tense.as_dict()
        result["failed_documents"] = [{"id": doc_id, "message": message} for doc_id, message in self.failed]
        if self.unmatched_predictions:
            result["predictions_without_gold"] = self.unmatched_predictions
        if self.missing_predictions:
            result["gold_without_predictions"] = self.missing_predictions
        if self.tagging_seconds is not None:
            result["tagging"] = {
                "seconds": round(self.tagging_seconds, 3),
                "characters": self.characters,
                "megabytes_per_second": round(self.characters / 1e6 / self.tagging_seconds, 3)
                if self.tagging_seconds
                else None,
            }
        return result


def _from_expressions(expressions: Any) -> list[Timex]:
    return [
        Timex(
            start=expression.start,
            end=expression.end,
            text=expression.text,
            type=str(expression.type),
            value=expression.value,
            mod=expression.mod,
            explanation=expression.explanation,
        )
        for expression in expressions
    ]


def _timex_tagger() -> Callable[[GoldDocument], list[Timex]]:
    try:
        from chronology.timex import analyze_text
    except ImportError as exc:
        raise EvaluationUnavailable(f"the time expression tagger cannot be loaded: {exc}") from None

    def tag(document: GoldDocument) -> list[Timex]:
        return _from_expressions(analyze_text(document.text, dct=document.dct).expressions)

    return tag


def _event_tagger() -> Callable[[GoldDocument], tuple[list[Timex], list[PredictedEvent]]]:
    try:
        from chronology.events import extract_events  # noqa: F401  (proves the extractor is there)
        from chronology.model.document import DctSource, Document
        from chronology.pipeline import process_document
    except ImportError as exc:
        raise EvaluationUnavailable(f"the event extractor cannot be loaded: {exc}") from None

    def tag(gold: GoldDocument) -> tuple[list[Timex], list[PredictedEvent]]:
        document = Document(
            id=gold.id,
            text=gold.text,
            published=gold.dct,
            published_source=DctSource.METADATA if gold.dct else DctSource.NONE,
        )
        result = process_document(document)
        if result.error is not None or result.analyzed is None:
            message = result.error.message if result.error else "no analysis"
            raise RuntimeError(message)
        expressions = result.analyzed.expressions
        index = {(expression.start, expression.end): i for i, expression in enumerate(expressions)}
        events = []
        for event in result.events:
            expression = event.time.expression
            timex = index.get((expression.start, expression.end)) if expression is not None else None
            qualifiers = tuple(index[(q.start, q.end)] for q in event.qualifiers if (q.start, q.end) in index)
            events.append(
                PredictedEvent(event.trigger_start, event.trigger_end, event.trigger, timex, qualifiers)
            )
        return _from_expressions(expressions), events

    return tag


def _tag_gold(evaluation: Evaluation, gold: list[GoldDocument], with_events: bool) -> dict[str, Prediction]:
    """Tag every gold text with chronology itself, using the gold creation time."""
    predictions: dict[str, Prediction] = {}
    event_tagger = None
    if with_events:
        try:
            event_tagger = _event_tagger()
        except EvaluationUnavailable as exc:
            evaluation.events_skipped = str(exc)
    tag_one: Callable[[GoldDocument], Prediction]
    if event_tagger is not None:
        tag_events = event_tagger

        def tag_one(document: GoldDocument) -> Prediction:
            timexes, events = tag_events(document)
            return Prediction(document.id, timexes, events)

    else:
        tag_timexes = _timex_tagger()

        def tag_one(document: GoldDocument) -> Prediction:
            return Prediction(document.id, tag_timexes(document))

    started = time.perf_counter()
    for document in gold:
        evaluation.characters += len(document.text)
        try:
            predictions[document.id] = tag_one(document)
        except Exception as exc:  # one document's defect is reported, and the others still count
            evaluation.failed.append((document.id, f"{type(exc).__name__}: {exc}"))
            predictions[document.id] = Prediction(document.id)
    evaluation.tagging_seconds = time.perf_counter() - started
    return predictions


def evaluate(gold_path: Path, prediction_path: Path | None = None, *, events: bool = False) -> Evaluation:
    """Every figure for `gold_path` against `prediction_path` (or against chronology's own tagging)."""
    gold = load_gold(gold_path)
    evaluation = Evaluation(
        gold_source=str(gold_path),
        prediction_source=str(prediction_path) if prediction_path else "chronology (tagged now, gold DCT)",
        timex=TimexScore(),
    )
    has_timeml = any(document.timeml is not None for document in gold)
    if prediction_path is not None:
        predictions = load_predictions(prediction_path)
        gold_ids = {document.id for document in gold}
        evaluation.unmatched_predictions = sorted(set(predictions) - gold_ids)
        evaluation.missing_predictions = [document.id for document in gold if document.id not in predictions]
    else:
        predictions = _tag_gold(evaluation, gold, events and has_timeml)

    if events and evaluation.events_skipped is None:
        if not has_timeml:
            evaluation.events_skipped = (
                "event figures need TimeML gold (.tml files with EVENT and TLINK tags)"
            )
        elif prediction_path is not None and not any(p.events is not None for p in predictions.values()):
            evaluation.events_skipped = (
                "the predictions carry no 'events' (write them with `chronology tag --events`)"
            )
        else:
            evaluation.events = EventScore()
    if has_timeml:
        evaluation.tense = TenseScore()

    for document in gold:
        prediction = predictions.get(document.id, Prediction(document.id))
        if prediction.text is not None and prediction.text != document.text:
            # Offsets into another text mean nothing here: count the document as not predicted.
            evaluation.failed.append((document.id, "the prediction's text differs from the gold text"))
            prediction = Prediction(document.id)
        score_document(evaluation.timex, document.id, document.text, document.timexes, prediction.timexes)
        if evaluation.events is not None:
            score_event_document(evaluation.events, document, prediction.timexes, prediction.events or [])
        if evaluation.tense is not None:
            score_tense_document(evaluation.tense, document)
    return evaluation
