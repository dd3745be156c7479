"""`chronology build` on many generated short articles: wall time with 1 and 2 jobs, and peak memory.

Usage: python benchmarks/build_scale.py [--documents 100000] [--jobs 1 2]
Targets: under 5 minutes on a 2-core machine, under 1 GB peak (all processes summed).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measure import chronology_command, run_measured, write_figures
from news_corpus import write_jsonl


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    figures: dict[str, object] = {"documents": args.documents, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "archive.jsonl"
        count, text_bytes = write_jsonl(corpus, count=args.documents)
        figures["text_mb"] = round(text_bytes / 1e6, 2)
        print(f"generated {count} documents, {text_bytes / 1e6:.1f} MB of text")
        outputs = []
        for jobs in args.jobs:
            out = Path(tmp) / f"chronology-{jobs}.json"
            result = run_measured(
                chronology_command("build", str(corpus), "--jobs", str(jobs), "-o", str(out)),
            )
            data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
            result.update(
                jobs=jobs,
                events=len(data.get("events", [])),
                documents_per_second=round(count / result["seconds"], 1),
            )
            data.pop("created", None)
            outputs.append(json.dumps(data, sort_keys=True))
            print(
                f"jobs={jobs}: {result['seconds']:.1f} s, {result['documents_per_second']:.0f} docs/s, "
                f"peak {result['peak_rss_mb']:.0f} MB, {result['events']} events, exit {result['returncode']}"
            )
            figures["runs"].append(result)  # type: ignore[attr-defined]
        figures["identical_outputs"] = len(set(outputs)) == 1
        print(f"outputs identical across job counts: {figures['identical_outputs']}")
    print(f"figures written to {write_figures('build_scale', figures)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
