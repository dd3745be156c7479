"""Per-partition throughput of the pipeline on a Dask LocalCluster, and what 10 million articles would cost.

Usage: python benchmarks/dask_throughput.py [--documents 20000] [--files 8] [--workers 2]
The generated archive is split into files (one partition each) and built with `build_chronology_dask`.
The estimate for 10 million articles scales the measured worker-seconds per document; it is an
extrapolation, stated with its inputs, not a measurement of such a run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measure import write_figures
from news_corpus import write_jsonl


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import distributed

    from chronology.dask_build import build_chronology_dask

    with tempfile.TemporaryDirectory() as tmp:
        per_file = args.documents // args.files
        text_bytes = 0
        for index in range(args.files):
            _, size = write_jsonl(Path(tmp) / f"part-{index:03d}.jsonl", count=per_file, seed=index)
            text_bytes += size
        documents = per_file * args.files
        cluster = distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        try:
            started = time.perf_counter()
            chronology = build_chronology_dask([tmp], scheduler=cluster.scheduler_address)
            seconds = time.perf_counter() - started
        finally:
            cluster.close()
    worker_seconds_per_doc = seconds * args.workers / documents
    ten_million_worker_hours = worker_seconds_per_doc * 10_000_000 / 3600
    figures = {
        "documents": documents,
        "text_mb": round(text_bytes / 1e6, 2),
        "partitions": args.files,
        "workers": args.workers,
        "seconds": round(seconds, 2),
        "documents_per_second": round(documents / seconds, 1),
        "documents_per_second_per_worker": round(documents / seconds / args.workers, 1),
        "events": len(chronology.events),
        "estimate_10M_worker_hours": round(ten_million_worker_hours, 1),
        "estimate_10M_hours_on_100_workers": round(ten_million_worker_hours / 100, 2),
    }
    for name, value in figures.items():
        print(f"{name}: {value}")
    print(f"figures written to {write_figures('dask_throughput', figures)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
