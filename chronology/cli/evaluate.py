"""`chronology evaluate GOLD`: TempEval-3 figures for our time expressions (and events) against gold."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chronology.cli.common import EXIT_OK, EXIT_PARTIAL, fail, safe_text


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}")
    return number


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score time expressions (and events) against gold annotations",
        description=(
            "Compare time expressions with gold annotations and print TempEval-3's figures: strict and relaxed "
            "extraction precision/recall/F1, value and type accuracy and F1, by TIMEX3 type. GOLD is a JSONL "
            'file ({"id", "dct", "text", "timexes": [...]} per line), a TimeML file, or a folder of TimeML files. '
            "Without --pred the gold texts are tagged now, with their gold creation times. With TimeML gold, the "
            "tense of each gold event is scored too. Exit codes: 0 ok, 1 fatal, 2 usage, 3 figures printed but "
            "some documents could not be tagged."
        ),
    )
    parser.add_argument(
        "gold", metavar="GOLD", help="gold JSONL file, TimeML file, or folder of TimeML files"
    )
    parser.add_argument(
        "--pred",
        metavar="PRED",
        help="predictions to score: the JSONL `chronology tag` writes, or TimeML files over the same texts "
        "(another tagger's output); default: tag the gold texts now",
    )
    parser.add_argument(
        "--errors",
        type=_count,
        default=0,
        metavar="N",
        help="list N mistakes of each kind (missed, spurious, ...)",
    )
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.add_argument(
        "--events",
        action="store_true",
        help="also score event triggers and event-time anchoring (TimeML gold)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chronology.evaluation.corpus import CorpusError
    from chronology.evaluation.report import format_report
    from chronology.evaluation.runner import EvaluationUnavailable, evaluate
    from chronology.evaluation.timex_scoring import ErrorKind, spread

    try:
        evaluation = evaluate(Path(args.gold), Path(args.pred) if args.pred else None, events=args.events)
    except (CorpusError, EvaluationUnavailable) as exc:
        fail(str(exc))
    if args.json:
        figures = evaluation.as_dict()
        if args.errors:
            figures["errors"] = {
                str(kind): [
                    error.as_dict() for error in spread(evaluation.timex.errors_of(kind), args.errors)
                ]
                for kind in ErrorKind
            }
            if evaluation.tense is not None and evaluation.tense.events:
                figures["errors"]["tense"] = [
                    e.as_dict() for e in spread(evaluation.tense.errors, args.errors)
                ]
            if evaluation.events is not None:
                figures["errors"]["anchoring"] = [
                    error.as_dict() for error in spread(evaluation.events.errors, args.errors)
                ]
        sys.stdout.write(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(safe_text(format_report(evaluation, args.errors)))
    return EXIT_PARTIAL if evaluation.failed else EXIT_OK
