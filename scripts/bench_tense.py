"""Dev benchmark: microseconds per `governing_tense` and `verb_tense` call.

Runs on sentences of our own (or, with a JSONL gold file, on its time expressions) and prints the
figures; there is no pass/fail, this only tells whether the tense reader stays cheap next to tagging.

    .venv/bin/python scripts/bench_tense.py [GOLD.jsonl]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from chronology.tense import governing_tense, verb_tense

SENTENCES = (
    "The ministry said on Thursday that the talks, which began in March, would resume next week.",
    "Officials have announced that the bridge will be closed from Monday until the end of May.",
    "Rescue teams found two more survivors yesterday, and the search is expected to end on Friday.",
    "Shares of the company, which plans to report earnings on Oct. 23, fell 3% in early trading.",
    "In 2019, the council approved a plan that takes effect on January 1 and expires in 2030.",
)


def spans_of_our_sentences(copies: int) -> tuple[str, list[tuple[int, int]]]:
    text = " ".join(SENTENCES * copies)
    spans = []
    for marker in (
        "Thursday",
        "March",
        "next week",
        "Monday",
        "May",
        "yesterday",
        "Friday",
        "Oct. 23",
        "2019",
    ):
        start = text.find(marker)
        while start >= 0:
            spans.append((start, start + len(marker)))
            start = text.find(marker, start + 1)
    return text, spans


def measure(name: str, function: object, cases: list[tuple[str, int, int]], repeats: int = 7) -> None:
    """The best of several runs: on a shared machine the fastest run is the least disturbed one."""
    assert callable(function)
    function(*cases[0])
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for text, start, end in cases:
            function(text, start, end)
        best = min(best, time.perf_counter() - started)
    print(f"{name:16} {len(cases):7} calls  {1e6 * best / len(cases):7.1f} us/call (best of {repeats})")


def main() -> None:
    if len(sys.argv) > 1:
        cases = []
        for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            cases.extend((record["text"], t["start"], t["end"]) for t in record["timexes"])
    else:
        text, spans = spans_of_our_sentences(200)
        cases = [(text, start, end) for start, end in spans]
    measure("governing_tense", governing_tense, cases)
    measure("verb_tense", verb_tense, cases)


if __name__ == "__main__":
    main()
