"""Build and check gold time-expression files (flattened JSONL, one document per line).

`build SRC OUT` turns an annotated source (`[[surface|TYPE|value]]` or `[[surface|TYPE|value|MOD]]`
inline; `=== id | dct` starts a document, dct `null` for none; blank lines separate paragraphs; lines
starting with `#` are comments) into `{"id", "dct", "text", "timexes": [...]}` lines with computed
offsets, then checks the result. `check FILE...` checks any such gold file: every timex's text equals
`text[start:end]`, spans do not overlap, the type is a TIMEX3 type, the value is well-formed TIMEX3 and
fits the type, the mod is a TimeML mod, and dates with a year name real calendar days.

    .venv/bin/python scripts/timex_gold.py build data/gold/timex/narrative.src.txt data/gold/timex/narrative.jsonl
    .venv/bin/python scripts/timex_gold.py check data/gold/timex/narrative.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from chronology.timex.values import is_valid_timex3_value

MARK = re.compile(r"\[\[([^\[\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\[\]|]+)(?:\|([A-Z_]+))?\]\]")
HEADER = re.compile(r"^===\s*(\S+)\s*\|\s*(\S+)\s*$")
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS = frozenset(
    {
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE",
        "START",
        "MID",
        "END",
        "APPROX",
    }
)
CALENDAR_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _document(doc_id: str, dct: str, paragraphs: list[str]) -> dict[str, Any]:
    text = ""
    timexes: list[dict[str, Any]] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            text += "\n\n"
        position = 0
        for mark in MARK.finditer(paragraph):
            text += paragraph[position : mark.start()]
            surface, kind, value, mod = mark.groups()
            start = len(text)
            text += surface
            timex: dict[str, Any] = {"start": start, "end": len(text), "text": surface, "type": kind}
            timex["value"] = value
            if mod:
                timex["mod"] = mod
            timexes.append(timex)
            position = mark.end()
        rest = paragraph[position:]
        if "[[" in rest or "]]" in rest:
            raise SystemExit(f"{doc_id}: malformed mark near {rest[rest.find('[[') :][:60]!r}")
        text += rest
    return {"id": doc_id, "dct": None if dct == "null" else dct, "text": text, "timexes": timexes}


def build(source: Path) -> list[dict[str, Any]]:
    documents: list[dict[str, Any]] = []
    current: tuple[str, str] | None = None
    paragraphs: list[str] = []
    lines = [line.rstrip() for line in source.read_text(encoding="utf-8").splitlines()]
    for line in [*lines, "=== end | null"]:
        header = HEADER.match(line)
        if header:
            if current is not None:
                documents.append(_document(current[0], current[1], paragraphs))
            current, paragraphs = (header.group(1), header.group(2)), []
        elif line.startswith("#") or not line.strip():
            continue
        elif current is None:
            raise SystemExit(f"{source}: text before the first '=== id | dct' header: {line[:60]!r}")
        else:
            paragraphs.append(line)
    return documents


def _value_problem(timex: dict[str, Any]) -> str | None:
    value, kind = str(timex.get("value", "")), timex.get("type")
    if kind not in TYPES:
        return f"type {kind!r} is not a TIMEX3 type"
    if not is_valid_timex3_value(value):
        return f"value {value!r} is not well-formed TIMEX3"
    if kind == "DURATION" and not value.startswith("P"):
        return f"a DURATION needs a P... value, not {value!r}"
    if kind in ("DATE", "TIME") and value.startswith("P") and not value.endswith("_REF"):
        return f"a {kind} cannot have the duration value {value!r}"
    if kind == "TIME" and "T" not in value:
        return f"a TIME needs a time of day in {value!r}"
    day = CALENDAR_DAY.match(value.removeprefix("BC"))
    if day and not value.startswith("BC") and int(day.group(1)) > 0:
        try:
            date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        except ValueError:
            return f"value {value!r} is not a calendar day"
    mod = timex.get("mod")
    if mod is not None and mod not in MODS:
        return f"mod {mod!r} is not a TimeML mod"
    return None


def check(records: list[dict[str, Any]], where: str) -> list[str]:
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
        for timex in sorted(record.get("timexes", []), key=lambda t: (t["start"], t["end"])):
            start, end = timex["start"], timex["end"]
            if text[start:end] != timex.get("text"):
                problems.append(
                    f"{here}: {start}..{end} reads {text[start:end]!r}, not {timex.get('text')!r}"
                )
            if start < last_end:
                problems.append(f"{here}: {timex.get('text')!r} at {start} overlaps the timex before it")
            if start >= end or text[start:end] != text[start:end].strip():
                problems.append(f"{here}: {timex.get('text')!r} at {start} is empty or has outer spaces")
            last_end = max(last_end, end)
            problem = _value_problem(timex)
            if problem:
                problems.append(f"{here}: {timex.get('text')!r} at {start}: {problem}")
    return problems


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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
    args = parser.parse_args()
    if args.command == "build":
        records = build(args.source)
        problems = check(records, str(args.source))
        if not problems:
            lines = [json.dumps(record, ensure_ascii=False) for record in records]
            args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
            words = [len(record["text"].split()) for record in records]
            count = sum(len(record["timexes"]) for record in records)
            print(f"{args.output}: {len(records)} documents, {count} timexes, words per document {words}")
    else:
        problems = [p for path in args.files for p in check(_read_jsonl(path), str(path))]
        if not problems:
            print(f"{len(args.files)} file(s) checked: no problems")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
