"""Shared helpers for the benchmark scripts: run a command, time it, and sample its peak memory."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def machine() -> dict[str, Any]:
    import os

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
    }


def run_measured(command: list[str], **kwargs: Any) -> dict[str, Any]:
    """Wall time and peak resident memory of a command and all its child processes (summed)."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, **kwargs)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            parent = psutil.Process(process.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    returncode = process.wait()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    return {"seconds": round(elapsed, 3), "peak_rss_mb": round(peak / 2**20, 1), "returncode": returncode}


def chronology_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "chronology", *args]


def write_figures(name: str, figures: dict[str, Any]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **figures}, indent=2) + "\n", encoding="utf-8")
    return path
