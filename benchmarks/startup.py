"""`import chronology` time and CLI start-up time (median of several runs).

Usage: python benchmarks/startup.py [--runs 7]
Targets: import under 0.3 s, `chronology --version` under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measure import write_figures


def timed(command: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare = timed([sys.executable, "-c", "pass"], args.runs)
    imported = timed([sys.executable, "-c", "import chronology"], args.runs)
    version = timed([sys.executable, "-m", "chronology", "--version"], args.runs)
    helped = timed([sys.executable, "-m", "chronology", "build", "--help"], args.runs)
    figures = {
        "python_startup_s": round(bare, 3),
        "import_chronology_s": round(imported - bare, 3),
        "cli_version_s": round(version, 3),
        "cli_build_help_s": round(helped, 3),
    }
    for name, value in figures.items():
        print(f"{name}: {value}")
    print(f"figures written to {write_figures('startup', figures)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
