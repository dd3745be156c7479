"""Dev measurement: does `governing_tense` point underspecified dates the way the gold resolves them?

For every gold DATE in a flattened gold JSONL (`{"id", "dct", "text", "timexes"}`) whose words name no
year and no deictic direction ("Thursday", "October 23", "in March"), the gold value says whether the
date lies before or after the document creation time. This prints how often the governing tense
agrees (PAST for earlier dates, FUTURE for later ones), how often a reading with no direction (the
resolver then takes the nearest date) lands on the gold side anyway, and a sample of disagreements.

    .venv/bin/python scripts/measure_tense_direction.py GOLD.jsonl [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from chronology.tense import Tense, governing_tense

YEAR = re.compile(r"\b(1[0-9]|20)\d\d\b|'\d\d\b")
DEICTIC = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|last|next|this|ago|later|earlier|coming|past|previous|"
    r"recent|recently|current|currently|now|following|before|after|since|until|same)\b",
    re.IGNORECASE,
)
DATE_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
WEEKDAY = re.compile(r"\b(mon|tues?|wed|thu(rs)?|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def nearest_agrees(value: str, dct: str, surface: str) -> bool:
    """Whether the gold date is the nearer of its two candidates around the DCT (a weekday recurs
    weekly, a month or a day of the month yearly), so that a reading with no direction finds it."""
    if len(value) == 7:
        months = int(value[:4]) * 12 + int(value[5:7])
        now = int(dct[:4]) * 12 + int(dct[5:7])
        other = months + 12 if months < now else months - 12
        return abs(months - now) <= abs(other - now)
    gold, now = date.fromisoformat(value), date.fromisoformat(dct)
    if WEEKDAY.search(surface):
        step = timedelta(days=7)
    else:
        try:
            step = (gold.replace(year=gold.year + 1) if gold < now else gold) - gold.replace(
                year=gold.year - 1 if gold > now else gold.year
            )
        except ValueError:  # February 29
            return True
    other = gold + step if gold < now else gold - step
    return abs((gold - now).days) <= abs((other - now).days)


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
            directed = reading.tense in {Tense.PAST, Tense.FUTURE} and not getattr(
                reading, "after_past", False
            )
            if directed and reading.tense is expected:
                outcome["agrees"] += 1
                continue
            if directed:
                outcome["opposite"] += 1
            else:
                kind = "after a past act" if getattr(reading, "after_past", False) else reading.tense.value
                side = "right" if nearest_agrees(timex["value"], dct, timex["text"]) else "wrong"
                outcome[f"no direction ({kind}), nearest {side}"] += 1
            if len(shown) < args.show:
                low = max(0, timex["start"] - 70)
                context = " ".join(
                    f"{text[low : timex['start']]}[{timex['text']}]{text[timex['end'] : timex['end'] + 40]}".split()
                )
                got = "either" if getattr(reading, "after_past", False) else reading.tense.value
                shown.append(f"{expected.value:>6} got {got:<7} cue={reading.cue!r}: {context}")
    total = sum(outcome.values())
    print(f"{total} underspecified gold dates")
    for name, count in outcome.most_common():
        print(f"  {name:44} {count:5}  {100 * count / total:5.1f} %")
    for item in shown:
        print(item)


if __name__ == "__main__":
    main()
