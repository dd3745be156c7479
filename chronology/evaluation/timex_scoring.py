"""TempEval-3 figures for time expressions.

As the TempEval-3 entity scorer defines them, summed over all documents before dividing (micro
averages):
- extraction precision = matched predictions / predictions, recall = matched gold / gold, F1 their
  harmonic mean, with "matched" meaning the same extent (strict) or any overlap (relaxed);
- attribute accuracy (value, type) = relaxed matches whose attribute equals the gold one / relaxed
  matches; attribute F1 = relaxed F1 x attribute accuracy.
Values are compared as strings, exactly as the gold writes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from chronology.evaluation.corpus import Timex
from chronology.evaluation.matching import align, is_strict

T = TypeVar("T")


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Counts:
    """Tallies for one slice of the data (everything, or one TIMEX3 type)."""

    gold: int = 0
    predicted: int = 0
    strict_gold: int = 0  # gold expressions with a strict partner
    strict_predicted: int = 0
    relaxed_gold: int = 0  # gold expressions with an overlapping partner
    relaxed_predicted: int = 0
    value: int = 0  # relaxed matches (counted on the gold side) with the gold value
    type: int = 0
    mod: int = 0

    @property
    def strict_precision(self) -> float:
        return ratio(self.strict_predicted, self.predicted)

    @property
    def strict_recall(self) -> float:
        return ratio(self.strict_gold, self.gold)

    @property
    def strict_f1(self) -> float:
        return f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return ratio(self.relaxed_predicted, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        return ratio(self.relaxed_gold, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        return ratio(self.value, self.relaxed_gold)

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    @property
    def type_accuracy(self) -> float:
        return ratio(self.type, self.relaxed_gold)

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @property
    def mod_accuracy(self) -> float:
        return ratio(self.mod, self.relaxed_gold)

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": {
                "precision": self.strict_precision,
                "recall": self.strict_recall,
                "f1": self.strict_f1,
                "matched_gold": self.strict_gold,
                "matched_predicted": self.strict_predicted,
            },
            "relaxed": {
                "precision": self.relaxed_precision,
                "recall": self.relaxed_recall,
                "f1": self.relaxed_f1,
                "matched_gold": self.relaxed_gold,
                "matched_predicted": self.relaxed_predicted,
            },
            "value": {"accuracy": self.value_accuracy, "f1": self.value_f1, "correct": self.value},
            "type": {"accuracy": self.type_accuracy, "f1": self.type_f1, "correct": self.type},
            "mod": {"accuracy": self.mod_accuracy, "correct": self.mod},
        }


class ErrorKind(StrEnum):
    MISSED = "missed"  # a gold expression we did not find
    SPURIOUS = "spurious"  # an expression we found that the gold does not have
    WRONG_VALUE = "wrong value"  # found (overlapping), but normalized differently
    WRONG_EXTENT = "wrong extent"  # found with the right value, but not the same words


@dataclass(frozen=True)
class TimexError:
    kind: ErrorKind
    document_id: str
    gold: Timex | None
    predicted: Timex | None
    context: str  # the sentence-sized stretch of text around the expression

    def as_dict(self) -> dict[str, Any]:
        def timex(t: Timex | None) -> dict[str, Any] | None:
            if t is None:
                return None
            return {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
            }

        return {
            "kind": str(self.kind),
            "document": self.document_id,
            "gold": timex(self.gold),
            "predicted": timex(self.predicted),
            "explanation": self.predicted.explanation if self.predicted else None,
            "context": self.context,
        }


@dataclass
class TimexScore:
    documents: int = 0
    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    errors: list[TimexError] = field(default_factory=list)

    def type_counts(self, timex_type: str) -> Counts:
        return self.by_type.setdefault(timex_type or "(none)", Counts())

    def errors_of(self, kind: ErrorKind) -> list[TimexError]:
        return [error for error in self.errors if error.kind is kind]

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "overall": self.overall.as_dict(),
            "by_type": {name: counts.as_dict() for name, counts in sorted(self.by_type.items())},
        }


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    low = max(0, start - width)
    high = min(len(text), end + width)
    return " ".join(f"{text[low:start]}[{text[start:end]}]{text[end:high]}".split())


def score_document(
    score: TimexScore, document_id: str, text: str, gold: Sequence[Timex], predicted: Sequence[Timex]
) -> None:
    """Add one document's comparison to `score`."""
    score.documents += 1
    alignment = align(gold, predicted)
    overall = score.overall
    overall.gold += len(gold)
    overall.predicted += len(predicted)
    for timex in gold:
        score.type_counts(timex.type).gold += 1
    for timex in predicted:
        score.type_counts(timex.type).predicted += 1
    for g, p in alignment.pairs:
        gold_timex, predicted_timex = gold[g], predicted[p]
        gold_slice = score.type_counts(gold_timex.type)
        predicted_slice = score.type_counts(predicted_timex.type)
        strict = is_strict(gold_timex, predicted_timex)
        for counts, side in ((overall, "both"), (gold_slice, "gold"), (predicted_slice, "predicted")):
            if side in {"both", "gold"}:
                counts.relaxed_gold += 1
                counts.strict_gold += strict
            if side in {"both", "predicted"}:
                counts.relaxed_predicted += 1
                counts.strict_predicted += strict
        value_right = predicted_timex.value == gold_timex.value
        for counts in (overall, gold_slice):
            counts.value += value_right
            counts.type += predicted_timex.type == gold_timex.type
            counts.mod += (predicted_timex.mod or None) == (gold_timex.mod or None)
        if not value_right:
            kind = ErrorKind.WRONG_VALUE
        elif not strict:
            kind = ErrorKind.WRONG_EXTENT
        else:
            continue
        context = _context(text, gold_timex.start, gold_timex.end)
        score.errors.append(TimexError(kind, document_id, gold_timex, predicted_timex, context))
    for g in alignment.missed:
        timex = gold[g]
        context = _context(text, timex.start, timex.end)
        score.errors.append(TimexError(ErrorKind.MISSED, document_id, timex, None, context))
    for p in alignment.spurious:
        timex = predicted[p]
        context = _context(text, timex.start, timex.end)
        score.errors.append(TimexError(ErrorKind.SPURIOUS, document_id, None, timex, context))


def score_timexes(documents: Iterable[tuple[str, str, Sequence[Timex], Sequence[Timex]]]) -> TimexScore:
    """Score (document id, text, gold, predicted) for every document."""
    score = TimexScore()
    for document_id, text, gold, predicted in documents:
        score_document(score, document_id, text, gold, predicted)
    return score


def spread(items: Sequence[T], count: int) -> list[T]:
    """`count` items spread evenly over the list (so that one long document does not fill the page)."""
    if count <= 0 or not items:
        return []
    if count >= len(items):
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]
