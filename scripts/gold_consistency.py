"""How many of our wrong TIMEX3 values and extra tags follow the gold corpus's own majority for the same words.

A gold set annotated by several people writes one phrase several ways ("last week" as 1998-W33 in most
documents, 1989-WXX or P1W in others; "1968" as 1968 or 1968-XX). When our value has the shape the corpus
uses most for that phrase and the gold value at that spot has a rarer shape, the miss measures the
annotation's consistency, not the tagger. Likewise an extra tag of a phrase ("now", "recently") that the
gold set tags in most of its other occurrences. This script counts both, so the figures can be read
beside the ceiling the gold set allows.

    .venv/bin/python scripts/gold_consistency.py GOLD.jsonl [--show N]

It runs `chronology evaluate GOLD --json --errors 100000` itself and needs the gold JSONL (the format
`chronology evaluate` reads: {"id", "dct", "text", "timexes": [...]} per line).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

_DIGIT = re.compile(r"\d")
_PLACEHOLDER_PADDING = re.compile(r"(?:-XX)+$")


def shape(value: str) -> str:
    """A value with its digits masked: 1998-W33 and 1989-W43 share the shape 9999-W99."""
    return _DIGIT.sub("9", value)


def phrase_shapes(gold_path: Path) -> dict[str, Counter[str]]:
    """For each phrase (lower case), how often the gold set gives each value shape."""
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    with gold_path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            for timex in json.loads(line).get("timexes", []):
                shapes[timex["text"].lower().strip()][shape(timex["value"])] += 1
    return shapes


def phrase_tagging(gold_path: Path, phrases: set[str]) -> dict[str, tuple[int, int]]:
    """For each phrase (lower case): in how many of its occurrences in the gold texts a gold expression
    covers it, and how many occurrences there are."""
    counts = {phrase: [0, 0] for phrase in phrases}
    patterns = {phrase: re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE) for phrase in phrases}
    with gold_path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            document = json.loads(line)
            spans = [(t["start"], t["end"]) for t in document.get("timexes", [])]
            for phrase, pattern in patterns.items():
                for found in pattern.finditer(document["text"]):
                    counts[phrase][1] += 1
                    if any(start <= found.start() and found.end() <= end for start, end in spans):
                        counts[phrase][0] += 1
    return {phrase: (tagged, total) for phrase, (tagged, total) in counts.items()}


def against_majority(error: dict[str, dict[str, str]], shapes: dict[str, Counter[str]]) -> bool:
    gold, ours = error["gold"]["value"], error["predicted"]["value"]
    if _PLACEHOLDER_PADDING.sub("", gold) == ours and gold != ours:
        return True  # "1968" annotated 1968-XX: the same date with empty fields added
    counts = shapes.get(error["gold"]["text"].lower().strip())
    return bool(counts) and counts[shape(ours)] > counts[shape(gold)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--show", type=int, default=0, help="list N of the misses counted")
    args = parser.parse_args()
    result = subprocess.run(
        [sys.executable, "-m", "chronology", "evaluate", str(args.gold), "--json", "--errors", "100000"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 3):
        print(result.stderr.strip() or "chronology evaluate failed", file=sys.stderr)
        return 1
    report = json.loads(result.stdout)
    wrong = report["errors"]["wrong value"]
    shapes = phrase_shapes(args.gold)
    counted = [error for error in wrong if against_majority(error, shapes)]
    overall = report["timex"]["overall"]
    matched, correct = overall["relaxed"]["matched_gold"], overall["value"]["correct"]
    relaxed_f1 = overall["relaxed"]["f1"]
    print(
        f"wrong values: {len(wrong)}; ours has the gold set's own majority shape for the phrase: {len(counted)}"
    )
    print(
        f"value as scored: accuracy {100 * correct / matched:.2f}, F1 {100 * relaxed_f1 * correct / matched:.2f}; "
        f"counting those as right: accuracy {100 * (correct + len(counted)) / matched:.2f}, "
        f"F1 {100 * relaxed_f1 * (correct + len(counted)) / matched:.2f}"
    )
    spurious = report["errors"]["spurious"]
    tagging = phrase_tagging(args.gold, {error["predicted"]["text"].lower().strip() for error in spurious})
    usually_tagged = [
        error
        for error in spurious
        if 2 * tagging[error["predicted"]["text"].lower().strip()][0]
        > tagging[error["predicted"]["text"].lower().strip()][1]
    ]
    relaxed = overall["relaxed"]
    precision = relaxed["matched_predicted"] / overall["predicted"]
    recall = relaxed["matched_gold"] / overall["gold"]
    kept_precision = (relaxed["matched_predicted"] + len(usually_tagged)) / overall["predicted"]
    kept_recall = (relaxed["matched_gold"] + len(usually_tagged)) / (overall["gold"] + len(usually_tagged))
    print(
        f"spurious: {len(spurious)}; the phrase is tagged in most of its other occurrences in the gold set: "
        f"{len(usually_tagged)}"
    )
    print(
        f"relaxed F1 as scored: {100 * _f1(precision, recall):.2f}; counting those as gold: "
        f"{100 * _f1(kept_precision, kept_recall):.2f}"
    )
    for error in counted[: args.show]:
        print(
            f"  {error['gold']['text']!r}: gold {error['gold']['value']}, ours {error['predicted']['value']}"
        )
    return 0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
