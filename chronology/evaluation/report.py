"""The evaluation as text for a terminal: figures in percent, and the mistakes to read."""

from __future__ import annotations

from chronology.evaluation.event_scoring import EventScore
from chronology.evaluation.runner import Evaluation
from chronology.evaluation.tense_scoring import FINITE_TENSES, TenseScore
from chronology.evaluation.timex_scoring import Counts, ErrorKind, TimexError, f1, ratio, spread

CORNER = "gold \\ ours"


def percent(value: float) -> str:
    return f"{100 * value:6.2f}"


def _timex_section(evaluation: Evaluation) -> list[str]:
    score = evaluation.timex
    overall = score.overall
    lines = [
        f"TIMEX3 (TempEval-3 definitions), {score.documents} documents: {overall.gold} gold, "
        f"{overall.predicted} ours",
        f"  {'':16}{'P':>8}{'R':>8}{'F1':>8}",
        f"  {'strict match':16}{percent(overall.strict_precision):>8}{percent(overall.strict_recall):>8}"
        f"{percent(overall.strict_f1):>8}",
        f"  {'relaxed match':16}{percent(overall.relaxed_precision):>8}{percent(overall.relaxed_recall):>8}"
        f"{percent(overall.relaxed_f1):>8}",
        f"  {'':16}{'accuracy':>10}{'F1':>8}   (attribute F1 = relaxed F1 x accuracy over relaxed matches)",
        f"  {'value':16}{percent(overall.value_accuracy):>10}{percent(overall.value_f1):>8}",
        f"  {'type':16}{percent(overall.type_accuracy):>10}{percent(overall.type_f1):>8}",
        f"  {'mod':16}{percent(overall.mod_accuracy):>10}",
        "",
        "  by TIMEX3 type (P over our expressions of the type, R and accuracies over gold ones of the type)",
        f"  {'type':10}{'gold':>6}{'ours':>6}{'strict F1':>11}{'relaxed P':>11}{'relaxed R':>11}"
        f"{'relaxed F1':>11}{'value acc':>11}{'value F1':>10}",
    ]
    for name, counts in sorted(score.by_type.items()):
        lines.append(_type_row(name, counts))
    return lines


def _type_row(name: str, counts: Counts) -> str:
    return (
        f"  {name:10}{counts.gold:>6}{counts.predicted:>6}{percent(counts.strict_f1):>11}"
        f"{percent(counts.relaxed_precision):>11}{percent(counts.relaxed_recall):>11}"
        f"{percent(counts.relaxed_f1):>11}{percent(counts.value_accuracy):>11}{percent(counts.value_f1):>10}"
    )


def _describe(error: TimexError) -> str:
    gold, ours = error.gold, error.predicted
    parts = [f"[{error.document_id}]"]
    if gold is not None:
        parts.append(
            f"{gold.text!r} gold {gold.type} {gold.value}" + (f" mod={gold.mod}" if gold.mod else "")
        )
    if ours is not None:
        shown = f"ours {ours.text!r} " if gold is None or ours.text != gold.text else "ours "
        parts.append(shown + f"{ours.type} {ours.value}" + (f" mod={ours.mod}" if ours.mod else ""))
    line = f"  {parts[0]} " + "; ".join(parts[1:])
    if ours is not None and ours.explanation:
        line += f"\n      why: {ours.explanation}"
    return line + f"\n      in: {error.context}"


def _errors_section(evaluation: Evaluation, count: int) -> list[str]:
    lines: list[str] = []
    for kind in ErrorKind:
        errors = evaluation.timex.errors_of(kind)
        shown = spread(errors, count)
        lines.append(f"{kind} ({len(errors)}; showing {len(shown)})")
        lines.extend(_describe(error) for error in shown)
        lines.append("")
    return lines


def _events_section(score: EventScore) -> list[str]:
    strict_p, strict_r = ratio(score.strict_predicted, score.predicted), ratio(score.strict_gold, score.gold)
    relaxed_p, relaxed_r = (
        ratio(score.relaxed_predicted, score.predicted),
        ratio(score.relaxed_gold, score.gold),
    )
    lines = [
        f"EVENTS (TempEval-3 task B triggers), {score.documents} documents: {score.gold} gold, {score.predicted} ours",
        f"  {'':16}{'P':>8}{'R':>8}{'F1':>8}",
        f"  {'strict match':16}{percent(strict_p):>8}{percent(strict_r):>8}{percent(f1(strict_p, strict_r)):>8}",
        f"  {'relaxed match':16}{percent(relaxed_p):>8}{percent(relaxed_r):>8}{percent(f1(relaxed_p, relaxed_r)):>8}",
        f"  anchoring: {score.links} gold event-time links within a sentence; we found the event of "
        f"{score.links_event_found} and attached it to the linked expression in {score.links_attached} "
        f"({percent(ratio(score.links_attached, score.links)).strip()} % of links, "
        f"{percent(ratio(score.links_attached, score.links_event_found)).strip()} % of those whose event we found)",
        f"  anchoring counting a duration or set that qualifies the event: {score.links_attached_or_qualified} "
        f"({percent(ratio(score.links_attached_or_qualified, score.links)).strip()} % of links)",
    ]
    for relation, (links, attached) in sorted(score.by_relation.items()):
        lines.append(
            f"    {relation:14}{links:>6} links{attached:>6} attached ({percent(ratio(attached, links)).strip()} %)"
        )
    return lines


def _anchoring_errors(score: EventScore, count: int) -> list[str]:
    lines = []
    for kind in ("event missed", "attached elsewhere"):
        errors = [error for error in score.errors if error.kind == kind]
        shown = spread(errors, count)
        lines.append(f"  anchoring: {kind} ({len(errors)}; showing {len(shown)})")
        for error in shown:
            ours = "" if error.ours is None else f"; ours {error.ours!r}" if error.ours else "; ours undated"
            lines.append(
                f"    [{error.document_id}] {error.event!r} {error.relation} {error.timex!r}{ours}\n      in: {error.context}"
            )
    return lines


def _tense_section(score: TenseScore) -> list[str]:
    lines = [
        f"EVENT TENSE (verb_tense at each gold EVENT with MAKEINSTANCE tense PAST/PRESENT/FUTURE): {score.events} events",
        f"  accuracy {percent(score.accuracy).strip()} %, answered {percent(ratio(score.answered, score.events)).strip()} %, "
        f"precision when answered {percent(score.precision).strip()} %",
        f"  {CORNER:14}" + "".join(f"{name:>9}" for name in (*FINITE_TENSES, "NONE")),
    ]
    for gold in FINITE_TENSES:
        row = "".join(f"{score.confusion.get((gold, ours), 0):>9}" for ours in (*FINITE_TENSES, "NONE"))
        lines.append(f"  {gold:14}{row}")
    return lines


def format_report(evaluation: Evaluation, errors: int = 0) -> str:
    lines = [f"gold: {evaluation.gold_source}", f"predictions: {evaluation.prediction_source}"]
    if evaluation.tagging_seconds:
        rate = evaluation.characters / 1e6 / evaluation.tagging_seconds
        lines.append(
            f"tagged {evaluation.characters:,} characters in {evaluation.tagging_seconds:.2f} s ({rate:.2f} MB/s)"
        )
    lines.append("")
    lines.extend(_timex_section(evaluation))
    lines.append("")
    if errors:
        lines.extend(_errors_section(evaluation, errors))
    if evaluation.events is not None:
        lines.extend(_events_section(evaluation.events))
        if errors:
            lines.extend(_anchoring_errors(evaluation.events, errors))
        lines.append("")
    elif evaluation.events_skipped:
        lines.extend([f"EVENTS: skipped: {evaluation.events_skipped}", ""])
    if evaluation.tense is not None and evaluation.tense.events:
        lines.extend(_tense_section(evaluation.tense))
        if errors:
            shown = spread(evaluation.tense.errors, errors)
            lines.append(f"  wrong tense ({len(evaluation.tense.errors)}; showing {len(shown)})")
            lines.extend(
                f"    [{e.document_id}] gold {e.gold}, ours {e.ours}"
                + (f" (cue {e.cue!r})" if e.cue else "")
                + f": {e.context}"
                for e in shown
            )
        lines.append("")
    if evaluation.failed:
        lines.append(f"{len(evaluation.failed)} documents could not be tagged (counted with no predictions):")
        lines.extend(f"  {doc_id}: {message}" for doc_id, message in evaluation.failed[:20])
    if evaluation.missing_predictions:
        lines.append(
            f"{len(evaluation.missing_predictions)} gold documents have no prediction (counted as empty)"
        )
    if evaluation.unmatched_predictions:
        lines.append(f"{len(evaluation.unmatched_predictions)} predictions name no gold document (ignored)")
    return "\n".join(lines).rstrip() + "\n"
