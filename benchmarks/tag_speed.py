"""How fast `chronology tag` is on news-like JSONL, start-up included, beside dateparser's search_dates.

Generates about 2 MB of news-like prose with `news_corpus` (templates written for the benchmarks, no corpus
text; most sentences without a date, as in news), times the whole `chronology tag` process (a subprocess: interpreter start-up, imports, reading, tagging,
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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from news_corpus import NEWS_PROSE, generate_documents, up_to_text_bytes  # noqa: E402

OUT = ROOT / "benchmarks" / "out"


def generate(target_bytes: int, seed: int = 7) -> list[dict[str, object]]:
    """News prose (`news_corpus.NEWS_PROSE`) until its text reaches `target_bytes`."""
    documents = generate_documents(10**9, seed=seed, sentences=(8, 29), mix=NEWS_PROSE)
    return list(up_to_text_bytes(documents, target_bytes))


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
