"""Throughput and memory of reading a large JSONL (or JSON array) through read_inputs, which streams both.

    .venv/bin/python benchmarks/read_throughput.py --mb 100 [--format jsonl|json] [--path FILE]

Writes a synthetic JSONL (or one JSON array) of about --mb megabytes (documents of one to three kilobytes, with ids,
creation times, some datelines) unless the file already exists with that size, then reads it and
prints documents per second, megabytes per second and the peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronology.model.document import Document  # noqa: E402
from chronology.readers import read_inputs  # noqa: E402

SUBJECTS = ("The ferry", "The council", "The harbour authority", "The union", "The mayor", "The operator")
VERBS = ("resumed its service", "met again", "announced new rules", "agreed a timetable", "closed the quay")
TIMES = ("on Thursday", "last week", "in March", "two days later", "on October 23", "earlier this year")
PLACES = ("PORTSMOUTH", "OBAN", "KIEL", "BERGEN", "CALAIS")


def generate(path: Path, megabytes: int, *, as_array: bool = False, seed: int = 7) -> int:
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    written = count = 0
    with path.open("w", encoding="utf-8") as handle:
        if as_array:
            handle.write("[\n")
        while written < target:
            count += 1
            sentences = [
                f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(TIMES)}."
                for _ in range(rng.randint(10, 40))
            ]
            day = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            record: dict[str, str] = {"text": " ".join(sentences)}
            if count % 3:
                record["id"] = f"doc-{count}"
                record["published"] = day
            else:
                record["text"] = (
                    f"{rng.choice(PLACES)}, March {rng.randint(1, 28)}, 2021 (Reuters) - " + record["text"]
                )
            line = ("," if as_array and count > 1 else "") + json.dumps(record) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
        if as_array:
            handle.write("]\n")
    return count


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--format", choices=("jsonl", "json"), default="jsonl", help="json: one large array")
    parser.add_argument("--path", type=Path, default=None)
    args = parser.parse_args()
    path: Path = args.path or Path(f"/tmp/chronology-bench-{args.mb}mb.{args.format}")
    if not path.exists() or abs(path.stat().st_size - args.mb * 1_000_000) > 100_000:
        generate(path, args.mb, as_array=args.format == "json")
    args.path = path
    size = args.path.stat().st_size
    usage = resource.getrusage(resource.RUSAGE_SELF)
    before = usage.ru_maxrss
    cpu_before = usage.ru_utime + usage.ru_stime
    started = time.perf_counter()
    documents = errors = dated = 0
    for item in read_inputs([str(args.path)]):
        if isinstance(item, Document):
            documents += 1
            dated += item.published is not None
        else:
            errors += 1
    elapsed = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    print(
        f"read {size / 1e6:.1f} MB {args.format.upper()}: {documents} documents ({dated} dated), {errors} errors"
    )
    print(
        f"  {elapsed:.2f} s, {documents / elapsed:,.0f} docs/s, {size / 1e6 / elapsed:.1f} MB/s (wall clock)"
    )
    # CPU time says what the reader costs even when other work shares the machine.
    print(f"  {cpu:.2f} s CPU, {documents / cpu:,.0f} docs per CPU second")
    print(f"  peak RSS {peak / 1024:.0f} MB (before reading: {before / 1024:.0f} MB)")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
