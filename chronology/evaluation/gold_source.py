"""Annotated gold sources: documents written with inline marks, built into flattened gold records.

The time-expression gold (`[[surface|TYPE|value]]`) and the event-dating gold (`{{trigger|VALUE}}`)
share one layout: `=== id | dct` starts a document (dct `null` for none), blank lines separate
paragraphs, lines starting with `#` are comments. Both are checked the same way once built: ids are
unique, the DCT is a date, every marked span's text is `text[start:end]` and spans do not overlap.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

HEADER = re.compile(r"^===\s*(\S+)\s*\|\s*(\S+)\s*$")


class GoldFormatError(ValueError):
    """A source that cannot be built: text before a header or a malformed mark."""


@dataclass(frozen=True)
class MarkSyntax:
    """How one kind of gold writes its marks: group 1 of `pattern` is the marked surface text."""

    pattern: re.Pattern[str]
    opening: str
    closing: str
    key: str  # the record's list of marked spans: "timexes", "events"
    annotation: Callable[[re.Match[str]], dict[str, Any]]  # what a mark says beyond its span


def _unmarked(syntax: MarkSyntax, doc_id: str, stretch: str) -> str:
    """Text between marks, which must not hold half a mark (a mistyped mark would vanish into the text)."""
    for token in (syntax.opening, syntax.closing):
        at = stretch.find(token)
        if at >= 0:
            raise GoldFormatError(f"{doc_id}: malformed mark near {stretch[at:][:60]!r}")
    return stretch


def _document(syntax: MarkSyntax, doc_id: str, dct: str, paragraphs: list[str]) -> dict[str, Any]:
    text = ""
    spans: list[dict[str, Any]] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            text += "\n\n"
        position = 0
        for mark in syntax.pattern.finditer(paragraph):
            text += _unmarked(syntax, doc_id, paragraph[position : mark.start()])
            surface = mark.group(1)
            start = len(text)
            text += surface
            spans.append({"start": start, "end": len(text), "text": surface, **syntax.annotation(mark)})
            position = mark.end()
        text += _unmarked(syntax, doc_id, paragraph[position:])
    return {"id": doc_id, "dct": None if dct == "null" else dct, "text": text, syntax.key: spans}


def parse_source(source_text: str, syntax: MarkSyntax, where: str = "<source>") -> list[dict[str, Any]]:
    """The documents of an annotated source, each mark turned into a span at its offsets."""
    documents: list[dict[str, Any]] = []
    current: tuple[str, str] | None = None
    paragraphs: list[str] = []
    lines = [line.rstrip() for line in source_text.splitlines()]
    for line in [*lines, "=== end | null"]:
        header = HEADER.match(line)
        if header:
            if current is not None:
                documents.append(_document(syntax, current[0], current[1], paragraphs))
            current, paragraphs = (header.group(1), header.group(2)), []
        elif line.startswith("#") or not line.strip():
            continue
        elif current is None:
            raise GoldFormatError(f"{where}: text before the first '=== id | dct' header: {line[:60]!r}")
        else:
            paragraphs.append(line)
    return documents


def read_records(path: Path) -> list[dict[str, Any]]:
    """The gold records of a built JSONL file, one per non-blank line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def record_problems(
    records: Iterable[dict[str, Any]],
    where: str,
    key: str,
    noun: str,
    span_problem: Callable[[dict[str, Any]], str | None],
) -> list[str]:
    """Every problem of some gold records, one line each; `span_problem` checks what a span says."""
    problems: list[str] = []
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        doc_id, text = record.get("id"), record.get("text")
        here = f"{where}:{number} ({doc_id})"
        if not isinstance(doc_id, str) or doc_id in seen:
            problems.append(f"{here}: missing or repeated id")
        seen.add(str(doc_id))
        if not isinstance(text, str):
            problems.append(f"{here}: no text")
            continue
        dct = record.get("dct")
        if dct is not None:
            try:
                date.fromisoformat(str(dct)[:10])
            except ValueError:
                problems.append(f"{here}: dct {dct!r} is not a date")
        last_end = 0
        for span in sorted(record.get(key, []), key=lambda s: (s["start"], s["end"])):
            start, end, surface = span["start"], span["end"], span.get("text")
            if text[start:end] != surface:
                problems.append(f"{here}: {start}..{end} reads {text[start:end]!r}, not {surface!r}")
            if start < last_end:
                problems.append(f"{here}: {surface!r} at {start} overlaps the {noun} before it")
            if start >= end or text[start:end] != text[start:end].strip():
                problems.append(f"{here}: {surface!r} at {start} is empty or has outer spaces")
            last_end = max(last_end, end)
            problem = span_problem(span)
            if problem:
                problems.append(f"{here}: {surface!r} at {start}: {problem}")
    return problems
