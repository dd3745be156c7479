"""One-to-one alignment of predicted spans with gold spans, as the TempEval-3 scorer aligns them.

Each gold span matches at most one predicted span and the reverse. A relaxed match is any character
overlap; a strict match is the same extent. Exact matches are paired first, then the remaining
overlaps, largest overlap first, so that one long prediction covering two gold expressions is
credited with one of them and the other counts as missed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Alignment:
    pairs: tuple[tuple[int, int], ...]  # (gold index, predicted index), in gold order
    missed: tuple[int, ...]  # gold indexes with no predicted partner
    spurious: tuple[int, ...]  # predicted indexes with no gold partner


def overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[Span], predicted: Sequence[Span]) -> Alignment:
    candidates: list[tuple[int, int, int, int]] = []  # (exactness, overlap, gold index, predicted index)
    order = sorted(range(len(predicted)), key=lambda i: predicted[i].start)
    for g, gold_span in enumerate(gold):
        for p in order:
            span = predicted[p]
            if span.start >= gold_span.end:
                break
            shared = overlap(gold_span, span)
            if shared > 0:
                exact = int(span.start == gold_span.start and span.end == gold_span.end)
                candidates.append((exact, shared, g, p))
    # Exact first, then largest overlap; ties go to the earlier span so the result is deterministic.
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    gold_taken: dict[int, int] = {}
    predicted_taken: set[int] = set()
    for _, _, g, p in candidates:
        if g not in gold_taken and p not in predicted_taken:
            gold_taken[g] = p
            predicted_taken.add(p)
    return Alignment(
        pairs=tuple(sorted(gold_taken.items())),
        missed=tuple(g for g in range(len(gold)) if g not in gold_taken),
        spurious=tuple(p for p in range(len(predicted)) if p not in predicted_taken),
    )


def is_strict(gold: Span, predicted: Span) -> bool:
    return gold.start == predicted.start and gold.end == predicted.end
