"""Event figures against TimeML gold: trigger extraction, and anchoring events to time expressions.

Extraction follows TempEval-3 task B: our event triggers against the gold EVENT tags, strict (same
extent) and relaxed (overlapping), one-to-one. Anchoring asks, for every gold TLINK that places an
EVENT at a TIMEX3 of the same sentence (the event is included in, during, simultaneous with, begins
or ends at the time, or the reverse), whether we attach that event to that time expression.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from chronology.evaluation.corpus import GoldDocument, PredictedEvent, Timex
from chronology.evaluation.matching import align, is_strict
from chronology.evaluation.timex_scoring import f1, ratio
from chronology.tense.sentences import crosses_sentence

#: TLINK relations that date an event by a time expression (in either direction).
ANCHORING_RELATIONS = frozenset(
    {
        "IS_INCLUDED",
        "INCLUDES",
        "DURING",
        "DURING_INV",
        "SIMULTANEOUS",
        "IDENTITY",
        "BEGINS",
        "BEGUN_BY",
        "ENDS",
        "ENDED_BY",
    }
)


#: Gold TIMEX3 types that qualify an event rather than date it: TimeML links an event DURING a duration.
QUALIFYING_TYPES = frozenset({"DURATION", "SET"})


@dataclass(frozen=True)
class AnchoringError:
    """A gold event-time link we did not reproduce."""

    document_id: str
    relation: str
    event: str
    timex: str
    ours: (
        str | None
    )  # the expression we attached the event to ("" when undated), None when the event was missed
    context: str
    qualified: bool = False  # the linked expression is a duration or set we keep as the event's qualifier

    @property
    def kind(self) -> str:
        if self.ours is None:
            return "event missed"
        return "qualified by it" if self.qualified else "attached elsewhere"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document": self.document_id,
            "relation": self.relation,
            "event": self.event,
            "timex": self.timex,
            "ours": self.ours,
            "context": self.context,
        }


@dataclass
class EventScore:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict_gold: int = 0
    strict_predicted: int = 0
    relaxed_gold: int = 0
    relaxed_predicted: int = 0
    links: int = 0  # same-sentence gold event-time links
    links_event_found: int = 0  # ... whose event we extracted
    links_attached: int = 0  # ... whose event we attached to the linked expression
    # ... or whose event the linked duration or set qualifies ("fought for two hours": TimeML links
    # such an event DURING the duration, which we keep as a qualifier rather than a date)
    links_attached_or_qualified: int = 0
    by_relation: dict[str, list[int]] = field(default_factory=dict)  # relation -> [links, attached]
    errors: list[AnchoringError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        strict_p, strict_r = ratio(self.strict_predicted, self.predicted), ratio(self.strict_gold, self.gold)
        relaxed_p, relaxed_r = (
            ratio(self.relaxed_predicted, self.predicted),
            ratio(self.relaxed_gold, self.gold),
        )
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": {"precision": strict_p, "recall": strict_r, "f1": f1(strict_p, strict_r)},
            "relaxed": {"precision": relaxed_p, "recall": relaxed_r, "f1": f1(relaxed_p, relaxed_r)},
            "anchoring": {
                "links": self.links,
                "event_found": self.links_event_found,
                "attached": self.links_attached,
                "attached_share": ratio(self.links_attached, self.links),
                "attached_share_of_found": ratio(self.links_attached, self.links_event_found),
                "attached_or_qualified": self.links_attached_or_qualified,
                "attached_or_qualified_share": ratio(self.links_attached_or_qualified, self.links),
                "by_relation": {
                    relation: {"links": counts[0], "attached": counts[1]}
                    for relation, counts in sorted(self.by_relation.items())
                },
            },
        }


def qualifiers_of(event: PredictedEvent) -> tuple[int, ...]:
    """Indexes of the predicted expressions that qualify an event (durations, sets), when the
    prediction carries them (`qualifiers`, next to `timex`)."""
    qualifiers = getattr(event, "qualifiers", ())
    return tuple(q for q in qualifiers if isinstance(q, int))


def score_event_document(
    score: EventScore,
    gold: GoldDocument,
    predicted_timexes: Sequence[Timex],
    predicted_events: Sequence[PredictedEvent],
) -> None:
    """Add one TimeML gold document's comparison to `score`."""
    timeml = gold.timeml
    if timeml is None:
        return
    score.documents += 1
    gold_events = [event for event in timeml.events if event.end > event.start]
    score.gold += len(gold_events)
    score.predicted += len(predicted_events)
    events = align(gold_events, predicted_events)
    for g, p in events.pairs:
        strict = is_strict(gold_events[g], predicted_events[p])
        score.relaxed_gold += 1
        score.relaxed_predicted += 1
        score.strict_gold += strict
        score.strict_predicted += strict
    our_event = {gold_events[g].eid: predicted_events[p] for g, p in events.pairs}
    gold_timexes = list(timeml.timexes)
    timexes = align(gold_timexes, predicted_timexes)
    our_timex = {gold_timexes[g].tid: p for g, p in timexes.pairs}
    timex_by_tid = {timex.tid: timex for timex in gold_timexes}
    for link in timeml.tlinks:
        if link.rel_type not in ANCHORING_RELATIONS or {link.source_kind, link.target_kind} != {
            "event",
            "timex",
        }:
            continue
        eiid, tid = (link.source, link.target) if link.source_kind == "event" else (link.target, link.source)
        event = timeml.event_by_instance(eiid)
        timex = timex_by_tid.get(tid)
        if event is None or timex is None:
            continue  # the creation time, or a link to nothing
        low, high = min(event.start, timex.start), max(event.end, timex.end)
        if crosses_sentence(gold.text, low, high):
            continue
        score.links += 1
        counts = score.by_relation.setdefault(link.rel_type, [0, 0])
        counts[0] += 1
        ours = our_event.get(event.eid)
        context = " ".join(gold.text[max(0, low - 40) : high + 40].split())
        if ours is None:
            score.errors.append(AnchoringError(gold.id, link.rel_type, event.text, timex.text, None, context))
            continue
        score.links_event_found += 1
        linked = our_timex.get(tid)
        if ours.timex is not None and ours.timex == linked:
            score.links_attached += 1
            score.links_attached_or_qualified += 1
            counts[1] += 1
        elif linked is not None and timex.type in QUALIFYING_TYPES and linked in qualifiers_of(ours):
            score.links_attached_or_qualified += 1
            score.errors.append(
                AnchoringError(gold.id, link.rel_type, event.text, timex.text, "", context, qualified=True)
            )
        else:
            attached = predicted_timexes[ours.timex].text if ours.timex is not None else ""
            score.errors.append(
                AnchoringError(gold.id, link.rel_type, event.text, timex.text, attached, context)
            )
