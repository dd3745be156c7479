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

from chronology.evaluation.gold_source import (
    GoldFormatError,
    MarkSyntax,
    parse_source,
    read_records,
    record_problems,
)
from chronology.timex.values import is_valid_timex3_value

MARK = re.compile(r"\[\[([^\[\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\[\]|]+)(?:\|([A-Z_]+))?\]\]")
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


def _annotation(mark: re.Match[str]) -> dict[str, Any]:
    _surface, kind, value, mod = mark.groups()
    return {"type": kind, "value": value, **({"mod": mod} if mod else {})}


SYNTAX = MarkSyntax(pattern=MARK, opening="[[", closing="]]", key="timexes", annotation=_annotation)


def build(source: Path) -> list[dict[str, Any]]:
    return parse_source(source.read_text(encoding="utf-8"), SYNTAX, str(source))


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
    return record_problems(records, where, "timexes", "timex", _value_problem)


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
        try:
            records = build(args.source)
        except GoldFormatError as error:
            print(error, file=sys.stderr)
            return 1
        problems = check(records, str(args.source))
        if not problems:
            lines = [json.dumps(record, ensure_ascii=False) for record in records]
            args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
            words = [len(record["text"].split()) for record in records]
            count = sum(len(record["timexes"]) for record in records)
            print(f"{args.output}: {len(records)} documents, {count} timexes, words per document {words}")
    else:
        problems = [p for path in args.files for p in check(read_records(path), str(path))]
        if not problems:
            print(f"{len(args.files)} file(s) checked: no problems")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
