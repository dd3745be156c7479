"""How fast `chronology tag` is on news-like JSONL, start-up included, beside dateparser's search_dates.

Generates about 2 MB of news-like documents from templates written for this benchmark (no corpus text),
times the whole `chronology tag` process (a subprocess: interpreter start-up, imports, reading, tagging,
writing), then times dateparser's `search_dates` in this process on a sample of the same text and
extrapolates that to the full size (it is too slow to run on all of it). Prints the figures and writes
them as JSON to benchmarks/out/tag_speed.json.

    .venv/bin/python benchmarks/tag_speed.py [--mb 2] [--sample-kb 100] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_WHO = ["The harbour authority", "Provincial officials", "The mining company", "Two opposition parties",
        "The regional court", "Health inspectors", "The transport union", "A coalition of farmers"]  # fmt: skip
_DID = ["approved", "rejected", "announced", "postponed", "signed", "suspended", "reviewed", "published"]
_WHAT = ["a plan to rebuild the bridge", "new rules for river traffic", "a deal with 3,200 suppliers",
         "the report on the flood", "a budget of 640 million", "talks with the 1,800 striking workers",
         "the sale of the old depot", "an audit of page 1998 of the ledger"]  # fmt: skip


# News prose is mostly sentences without a time expression (about one expression per 300 characters).
_FILLER = [
    "The decision drew criticism from residents who said they had not been consulted about the route.",
    "Officials declined to say how many families would be moved or where they would be housed.",
    "The company, which employs about 4,000 people in the region, did not respond to requests for comment.",
    "Opposition leaders called for an independent review and said the figures could not be trusted.",
    "Traffic on the main road was diverted while engineers inspected the damaged section of the embankment.",
    "A spokeswoman for the ministry said the matter was under review and that no decision had been taken.",
    "Local businesses say the closure has cost them customers, and some have cut staff as a result.",
    "Analysts said the move reflected growing pressure on the government to show progress before the vote.",
]


def _sentence(rng: random.Random, published: date) -> str:
    if rng.random() < 0.78:
        return rng.choice(_FILLER)
    who, did, what = rng.choice(_WHO), rng.choice(_DID), rng.choice(_WHAT)
    past = published - timedelta(days=rng.randrange(3, 400))
    choice = rng.randrange(12)
    if choice == 0:
        return f"{who} {did} {what} {rng.choice(_WEEKDAYS)}, a spokesman said."
    if choice == 1:
        return f"On {_MONTHS[past.month - 1]} {past.day}, {who.lower()} {did} {what}."
    if choice == 2:
        return f"{who} {did} {what} in {_MONTHS[past.month - 1]} {past.year}, records show."
    if choice == 3:
        return f"The talks will resume next week and could last {rng.choice(['two', 'three', 'several'])} months."
    if choice == 4:
        return f"{who} said {rng.randrange(2, 9)} years ago that the project would cost more than planned."
    if choice == 5:
        return (
            f"By 3 p.m. {rng.choice(_WEEKDAYS)}, about {rng.randrange(20, 900)} people had gathered outside."
        )
    if choice == 6:
        return f"Profit in the third quarter rose {rng.randrange(2, 30)}% from a year earlier."
    if choice == 7:
        return f"Since {past.year - rng.randrange(1, 30)}, the town has held the fair every summer."
    if choice == 8:
        return f"{who} meets twice a month and publishes its figures annually."
    if choice == 9:
        return f"Earlier this year {who.lower()} {did} {what}; the decision was welcomed yesterday."
    if choice == 10:
        return f"The {rng.randrange(2, 12)}-year programme ended in early {_MONTHS[past.month - 1]}."
    return f"{who} {did} {what}, and more than {rng.randrange(100, 5000):,} residents were told on Friday morning."


def generate(target_bytes: int, seed: int = 7) -> list[dict[str, str | None]]:
    rng = random.Random(seed)
    documents: list[dict[str, str | None]] = []
    size = 0
    number = 0
    while size < target_bytes:
        published = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 3000))
        text = " ".join(_sentence(rng, published) for _ in range(rng.randrange(8, 30)))
        number += 1
        documents.append({"id": f"bench-{number:05d}", "dct": published.isoformat(), "text": text})
        size += len(text.encode("utf-8"))
    return documents


def time_tag(path: Path, runs: int) -> tuple[float, int]:
    # Bytecode is cached as after `pip install` (an environment may forbid writing it; we allow it here),
    # and one untimed run writes it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "chronology", "tag", str(path)]
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=env)
    best = float("inf")
    lines = 0
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=env)
        best = min(best, time.perf_counter() - start)
        lines = result.stdout.count(b"\n")
    return best, lines


def time_search_dates(texts: list[str], sample_bytes: int) -> tuple[float, int]:
    from dateparser.search import search_dates

    sample: list[str] = []
    size = 0
    for text in texts:
        if size >= sample_bytes:
            break
        sample.append(text)
        size += len(text.encode("utf-8"))
    search_dates("warm up on Friday", languages=["en"])
    start = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["en"])
    return time.perf_counter() - start, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the generated JSONL text (MB of text)")
    parser.add_argument("--sample-kb", type=float, default=100.0, help="size of the search_dates sample (KB)")
    parser.add_argument("--runs", type=int, default=3, help="tag runs; the best is reported")
    args = parser.parse_args()

    documents = generate(int(args.mb * 1_000_000))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for document in documents:
                handle.write(json.dumps(document) + "\n")
        file_bytes = path.stat().st_size
        tag_seconds, written = time_tag(path, args.runs)
    text_bytes = sum(len(str(d["text"]).encode("utf-8")) for d in documents)
    dp_seconds, dp_bytes = time_search_dates([str(d["text"]) for d in documents], int(args.sample_kb * 1000))
    figures = {
        "documents": len(documents),
        "file_mb": round(file_bytes / 1e6, 3),
        "text_mb": round(text_bytes / 1e6, 3),
        "tag_seconds_best_of": args.runs,
        "tag_seconds": round(tag_seconds, 3),
        "tag_mb_per_s_file": round(file_bytes / 1e6 / tag_seconds, 2),
        "tag_mb_per_s_text": round(text_bytes / 1e6 / tag_seconds, 2),
        "tag_documents_written": written,
        "search_dates_sample_mb": round(dp_bytes / 1e6, 3),
        "search_dates_sample_seconds": round(dp_seconds, 3),
        "search_dates_mb_per_s": round(dp_bytes / 1e6 / dp_seconds, 3),
        "search_dates_extrapolated_seconds_full": round(dp_seconds * text_bytes / dp_bytes, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(
        f"chronology tag: {figures['file_mb']} MB JSONL ({len(documents)} documents) in {tag_seconds:.2f} s "
        f"(whole process incl. start-up, bytecode cached, best of {args.runs}) = {figures['tag_mb_per_s_file']} MB/s"
    )
    print(
        f"dateparser search_dates: {figures['search_dates_sample_mb']} MB sample in {dp_seconds:.2f} s = "
        f"{figures['search_dates_mb_per_s']} MB/s; extrapolated to the full text: "
        f"{figures['search_dates_extrapolated_seconds_full']} s"
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "tag_speed.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {OUT / 'tag_speed.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
