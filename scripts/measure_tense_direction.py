"""Dev measurement: does `governing_tense` point underspecified dates the way the gold resolves them?

For every gold DATE in a flattened gold JSONL (`{"id", "dct", "text", "timexes"}`) whose words name no
year and no deictic direction ("Thursday", "October 23", "in March"), the gold value says whether the
date lies before or after the document creation time. This prints how often the governing tense
agrees (PAST for earlier dates, FUTURE for later ones), and a sample of disagreements.

    .venv/bin/python scripts/measure_tense_direction.py GOLD.jsonl [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from chronology.tense import Tense, governing_tense

YEAR = re.compile(r"\b(1[0-9]|20)\d\d\b|'\d\d\b")
DEICTIC = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|last|next|this|ago|later|earlier|coming|past|previous|"
    r"recent|recently|current|currently|now|following|before|after|since|until|same)\b",
    re.IGNORECASE,
)
DATE_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N disagreements")
    args = parser.parse_args()
    outcome: Counter[str] = Counter()
    shown: list[str] = []
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        dct = (record.get("dct") or "")[:10]
        text = record["text"]
        for timex in record["timexes"]:
            match = DATE_VALUE.match(timex["value"])
            if timex["type"] != "DATE" or match is None or not dct:
                continue
            if YEAR.search(timex["text"]) or DEICTIC.search(timex["text"]):
                continue
            granularity = len(timex["value"])
            if timex["value"] == dct[:granularity]:
                continue  # the DCT's own day or month: no direction to take
            expected = Tense.PAST if timex["value"] < dct[:granularity] else Tense.FUTURE
            reading = governing_tense(text, timex["start"], timex["end"])
            if reading.tense is expected:
                outcome["agrees"] += 1
            elif reading.tense in {Tense.PAST, Tense.FUTURE}:
                outcome["opposite"] += 1
            else:
                outcome[f"no direction ({reading.tense})"] += 1
            if reading.tense is not expected and len(shown) < args.show:
                low = max(0, timex["start"] - 70)
                context = " ".join(
                    f"{text[low : timex['start']]}[{timex['text']}]{text[timex['end'] : timex['end'] + 40]}".split()
                )
                shown.append(
                    f"{expected.value:>6} got {reading.tense.value:<7} cue={reading.cue!r}: {context}"
                )
    total = sum(outcome.values())
    print(f"{total} underspecified gold dates")
    for name, count in outcome.most_common():
        print(f"  {name:24} {count:5}  {100 * count / total:5.1f} %")
    for item in shown:
        print(item)


if __name__ == "__main__":
    main()
