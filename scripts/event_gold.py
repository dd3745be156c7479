"""Build, check and score gold event-dating files (flattened JSONL, one document per line).

`build SRC OUT` turns an annotated source (`{{trigger|VALUE}}` inline on the event word, VALUE the
TIMEX3 value a careful reader places the event at, or `-` when the text gives it no time; `=== id |
dct` starts a document, dct `null` for none; blank lines separate paragraphs; lines starting with `#`
are comments) into `{"id", "dct", "text", "events": [{"start", "end", "text", "value"}]}` lines with
computed offsets, then checks the result. `check FILE...` checks such files: every trigger's text
equals `text[start:end]`, triggers do not overlap, and every value is `-` or well-formed TIMEX3.
`score FILE...` runs the chronology pipeline on each document (one chronology per document, as
`chronology build` makes it) and compares the dates of its events with the gold.

    .venv/bin/python scripts/event_gold.py build data/gold/events/blind_events_news.src.txt data/gold/events/blind_events_news.jsonl
    .venv/bin/python scripts/event_gold.py check data/gold/events/*.jsonl
    .venv/bin/python scripts/event_gold.py score data/gold/events/blind_events_news.jsonl --errors 20
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

from chronology.evaluation.gold_source import GoldFormatError, MarkSyntax, read_records, record_problems
from chronology.evaluation.gold_source import parse_source as parse_gold_source
from chronology.timex.values import is_valid_timex3_value

MARK = re.compile(r"\{\{([^{}|]+)\|([^{}|]+)\}\}")
UNDATED = "-"


def _annotation(mark: re.Match[str]) -> dict[str, Any]:
    return {"value": mark.group(2).strip()}


SYNTAX = MarkSyntax(pattern=MARK, opening="{{", closing="}}", key="events", annotation=_annotation)


def parse_source(source_text: str, where: str = "<source>") -> list[dict[str, Any]]:
    """The documents of an annotated source, with each mark turned into an event at its offsets."""
    return parse_gold_source(source_text, SYNTAX, where)


def _value_problem(event: dict[str, Any]) -> str | None:
    value = str(event.get("value", ""))
    if value != UNDATED and not is_valid_timex3_value(value):
        return f"value {value!r} is not TIMEX3 or '-'"
    return None


def check(records: list[dict[str, Any]], where: str) -> list[str]:
    """Every problem of some gold records, one line each."""
    return record_problems(records, where, "events", "trigger", _value_problem)


@dataclass(frozen=True)
class OurEvent:
    """One event of our chronology as the scorer sees it: where its trigger is and the date we give."""

    start: int
    end: int
    trigger: str
    value: str
    reason: str


@dataclass(frozen=True)
class Mistake:
    document_id: str
    trigger: str
    gold: str
    ours: str | None  # None: no event of ours at the gold trigger
    sentence: str
    reason: str


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    correct: int = 0
    gold_dated: int = 0
    found_dated: int = 0
    correct_dated: int = 0
    gold_undated: int = 0
    found_undated: int = 0
    correct_undated: int = 0
    ours: int = 0
    spurious_dated: int = 0
    mistakes: list[Mistake] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for item in fields(self):
            if item.name == "mistakes":
                continue
            name = item.name
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.mistakes.extend(other.mistakes)


def event_value(basis: str, value: str | None) -> str:
    """The date an event of ours is placed at, `-` when it has none of its own.

    An event dated only by being reported (`reported_by_dct`: on or before the publication date) is
    undated here: the text gives it no time, which is what the gold's `-` says.
    """
    if value is None or basis in ("undated", "reported_by_dct"):
        return UNDATED
    return value


def our_events(record: dict[str, Any]) -> list[OurEvent]:
    """The events the chronology pipeline keeps for one gold document, at their triggers."""
    from chronology.model.document import DctSource, Document
    from chronology.model.event import Source
    from chronology.pipeline import build_chronology

    dct = record.get("dct")
    document = Document(
        id=record["id"],
        text=record["text"],
        published=date.fromisoformat(dct[:10]) if dct else None,
        published_source=DctSource.USER if dct else DctSource.NONE,
    )
    chronology = build_chronology([document])
    if chronology.errors:
        raise RuntimeError(f"{record['id']}: {chronology.errors[0].message}")
    events: list[OurEvent] = []
    for event in chronology.events:
        sources: list[Source | None] = [s for s in event.sources if s.document_id == record["id"]] or [None]
        for source in sources:
            time = source.time if source is not None and source.time is not None else event.time
            start = source.trigger_start if source is not None and source.trigger_start is not None else None
            end = source.trigger_end if source is not None and source.trigger_end is not None else None
            trigger = source.trigger if source is not None and source.trigger else event.trigger
            events.append(
                OurEvent(
                    start=event.trigger_start if start is None else start,
                    end=event.trigger_end if end is None else end,
                    trigger=trigger,
                    value=event_value(time.basis.value, time.value),
                    reason=time.reason,
                )
            )
    return events


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return (text[left + 1 : right + 1]).strip().replace("\n", " ")


def score_document(record: dict[str, Any], ours: list[OurEvent]) -> Score:
    """Gold events found and dated right in one document, and our dated events the gold leaves out."""
    score = Score(ours=len(ours))
    text: str = record["text"]
    used: set[int] = set()
    for gold in record["events"]:
        value = gold["value"]
        dated = value != UNDATED
        score.gold += 1
        score.gold_dated += dated
        score.gold_undated += not dated
        overlapping = [
            (index, event)
            for index, event in enumerate(ours)
            if event.start < gold["end"] and gold["start"] < event.end
        ]
        sentence = _sentence(text, gold["start"], gold["end"])
        if not overlapping:
            score.mistakes.append(Mistake(record["id"], gold["text"], value, None, sentence, "not found"))
            continue
        overlapping.sort(key=lambda pair: (pair[1].start != gold["start"], pair[1].value != value))
        index, event = overlapping[0]
        used.update(i for i, _ in overlapping)
        score.found += 1
        score.found_dated += dated
        score.found_undated += not dated
        if event.value == value:
            score.correct += 1
            score.correct_dated += dated
            score.correct_undated += not dated
        else:
            score.mistakes.append(
                Mistake(record["id"], gold["text"], value, event.value, sentence, event.reason)
            )
    for index, event in enumerate(ours):
        if index not in used and event.value != UNDATED:
            score.spurious_dated += 1
            score.mistakes.append(
                Mistake(
                    record["id"],
                    event.trigger,
                    "(unmarked)",
                    event.value,
                    _sentence(text, event.start, event.end),
                    event.reason,
                )
            )
    return score


def score_records(records: list[dict[str, Any]]) -> Score:
    total = Score()
    for record in records:
        total.add(score_document(record, our_events(record)))
    return total


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}" if whole else "n/a"


def report(score: Score, errors: int) -> str:
    lines = [
        f"gold events {score.gold}, found {score.found} ({_percent(score.found, score.gold)} %), "
        f"our chronology events {score.ours}",
        f"dating accuracy over found gold events: {_percent(score.correct, score.found)} "
        f"({score.correct}/{score.found}); over all gold events {_percent(score.correct, score.gold)}",
        f"  gold dated:   {_percent(score.correct_dated, score.found_dated)} "
        f"({score.correct_dated}/{score.found_dated} found of {score.gold_dated})",
        f"  gold undated: {_percent(score.correct_undated, score.found_undated)} "
        f"({score.correct_undated}/{score.found_undated} found of {score.gold_undated})",
        f"our dated events at triggers the gold leaves unmarked (spurious dating): {score.spurious_dated}",
    ]
    for mistake in score.mistakes[:errors]:
        ours = "not found" if mistake.ours is None else mistake.ours
        lines.append(
            f"- {mistake.document_id}: {mistake.trigger!r} gold {mistake.gold} ours {ours}"
            f" | {mistake.reason} | {mistake.sentence[:200]}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="annotated source -> gold JSONL (then check it)")
    build_command.add_argument("source", type=Path)
    build_command.add_argument("output", type=Path)
    check_command = commands.add_parser("check", help="check gold JSONL files")
    check_command.add_argument("files", type=Path, nargs="+")
    score_command = commands.add_parser("score", help="score the chronology pipeline against gold JSONL")
    score_command.add_argument("files", type=Path, nargs="+")
    score_command.add_argument("--errors", type=int, default=0, help="list this many mistakes")
    args = parser.parse_args()
    problems: list[str] = []
    if args.command == "build":
        try:
            records = parse_source(args.source.read_text(encoding="utf-8"), str(args.source))
        except GoldFormatError as error:
            print(error, file=sys.stderr)
            return 1
        problems = check(records, str(args.source))
        if not problems:
            lines = [json.dumps(record, ensure_ascii=False) for record in records]
            args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
            words = [len(record["text"].split()) for record in records]
            count = sum(len(record["events"]) for record in records)
            print(f"{args.output}: {len(records)} documents, {count} events, words per document {words}")
    elif args.command == "check":
        problems = [p for path in args.files for p in check(read_records(path), str(path))]
        if not problems:
            print(f"{len(args.files)} file(s) checked: no problems")
    else:
        records = [record for path in args.files for record in read_records(path)]
        problems = check(records, ", ".join(map(str, args.files)))
        if not problems:
            print(report(score_records(records), args.errors))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
