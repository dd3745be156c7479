"""Event tense against TimeML gold: `verb_tense` at each gold EVENT, compared with its MAKEINSTANCE tense.

Only events whose gold tense is PAST, PRESENT or FUTURE count (TimeML's INFINITIVE, PRESPART,
PASTPART and NONE mark non-finite forms and nouns); an UNKNOWN reading counts as NONE, i.e. wrong.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from chronology.evaluation.corpus import GoldDocument
from chronology.evaluation.timex_scoring import ratio
from chronology.tense import Tense, TenseReading, verb_tense

FINITE_TENSES = ("PAST", "PRESENT", "FUTURE")


def timeml_tense(reading: TenseReading) -> str:
    """The reading as a TimeML tense: PAST, PRESENT, FUTURE or NONE."""
    return "NONE" if reading.tense is Tense.UNKNOWN else reading.tense.value.upper()


@dataclass(frozen=True)
class TenseError:
    document_id: str
    event: str
    gold: str
    ours: str
    cue: str | None
    context: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document_id,
            "event": self.event,
            "gold": self.gold,
            "ours": self.ours,
            "cue": self.cue,
            "context": self.context,
        }


@dataclass
class TenseScore:
    events: int = 0
    correct: int = 0
    answered: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, ours) -> count
    errors: list[TenseError] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return ratio(self.correct, self.events)

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.answered)

    def as_dict(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "correct": self.correct,
            "answered": self.answered,
            "accuracy": self.accuracy,
            "precision_when_answered": self.precision,
            "confusion": {f"{gold}->{ours}": count for (gold, ours), count in sorted(self.confusion.items())},
        }


def score_tense_document(score: TenseScore, gold: GoldDocument) -> None:
    if gold.timeml is None:
        return
    for event in gold.timeml.events:
        if event.tense not in FINITE_TENSES:
            continue
        reading = verb_tense(gold.text, event.start, event.end)
        ours = timeml_tense(reading)
        score.events += 1
        score.answered += ours != "NONE"
        score.correct += ours == event.tense
        score.confusion[(event.tense, ours)] += 1
        if ours != event.tense:
            text = gold.text
            context = f"{text[max(0, event.start - 50) : event.start]}[{event.text}]{text[event.end : event.end + 30]}"
            score.errors.append(
                TenseError(gold.id, event.text, event.tense, ours, reading.cue, " ".join(context.split()))
            )
