"""How fast the terminal UI opens, scrolls, searches and corrects a 10,000-event chronology.

Run: .venv/bin/python benchmarks/tui_big.py [--events 10000] [--json out.json]

The chronology is generated in memory (and written to a temporary file to time loading); nothing is
committed. Figures are wall-clock seconds on this machine, headless (Textual's test driver), median of
the repeats where repeated; `*_cpu_s` figures are this process's CPU seconds, which other work on a
shared machine disturbs less than wall-clock time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# tui_builders imports the shared builders as `tests.builders`.
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "tui")]

from tui_builders import big_chronology, sample_chronology  # noqa: E402

from chronology.model.chronology import Chronology  # noqa: E402
from chronology_tui.storage import load_chronology  # noqa: E402


def start_session(arguments: list[str]) -> None:
    """`tmux new-session`, retried: a tmux server that is just exiting (its last session closed) refuses once."""
    for attempt in range(5):
        if subprocess.run(["tmux", "new-session", *arguments], capture_output=True).returncode == 0:
            return
        time.sleep(0.2 * (attempt + 1))
    subprocess.run(["tmux", "new-session", *arguments], check=True)


def sample_path(folder: Path) -> Path:
    path = folder / "sample.json"
    path.write_text(sample_chronology().model_dump_json(), encoding="utf-8")
    return path


async def measure_app(chronology: Chronology, size: tuple[int, int]) -> dict[str, float]:
    from chronology_tui.app import ChronologyApp
    from chronology_tui.corrections import hide_correction
    from chronology_tui.timeline_list import TimelineList

    figures: dict[str, float] = {}
    started = time.perf_counter()
    started_cpu = time.process_time()
    app = ChronologyApp(chronology, label="benchmark")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        timeline = app.screen.query_one("#timeline", TimelineList)
        assert timeline.rows, "the first screen shows no rows"
        figures["first_screen_s"] = time.perf_counter() - started
        figures["first_screen_cpu_s"] = time.process_time() - started_cpu

        async def per_key(keys: list[str]) -> float:
            # CPU seconds, not wall: the test driver idles between a key and the next frame (~0.1 s
            # on any chronology, measured on the 9-event sample), which would hide the work itself.
            times = []
            for key in keys:
                tick = time.process_time()
                await pilot.press(key)
                await pilot.pause()
                times.append(time.process_time() - tick)
            return statistics.median(times)

        figures["scroll_line_key_s"] = await per_key(["down"] * 40)
        figures["scroll_page_key_s"] = await per_key(["pagedown"] * 40)
        figures["jump_end_key_s"] = await per_key(["end", "home"] * 5)
        figures["zoom_change_s"] = await per_key(["z"] * 6)
        await pilot.press("slash")
        figures["search_keystroke_s"] = await per_key(list("mayor"))
        figures["search_matches"] = float(timeline.event_count())
        await pilot.press("escape", "escape")
        await pilot.pause()
        entry = timeline.current
        assert entry is not None
        tick, tick_cpu = time.perf_counter(), time.process_time()
        app.add_correction(hide_correction(entry.event.id))
        await pilot.pause()
        figures["correction_rebuild_s"] = time.perf_counter() - tick
        figures["correction_rebuild_cpu_s"] = time.process_time() - tick_cpu
    return figures


LAUNCH = (
    "import argparse, sys; from chronology.cli import tui; p = argparse.ArgumentParser(); "
    "tui.register(p.add_subparsers()); a = p.parse_args(['tui', sys.argv[1]]); sys.exit(a.run(a))"
)


def terminal_first_screen(path: Path, size: tuple[int, int] = (100, 30)) -> float | None:
    """Seconds from starting `chronology tui FILE` in a real terminal (tmux) to its first full frame."""
    if shutil.which("tmux") is None:
        return None
    session = f"chronology-bench-{uuid.uuid4().hex[:8]}"
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(LAUNCH)} {shlex.quote(str(path))}; sleep 30"
    started = time.perf_counter()
    start_session(["-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), command])
    try:
        while time.perf_counter() - started < 60:
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if "palette" in screen and " src" in screen:  # footer and event rows drawn
                return time.perf_counter() - started
            time.sleep(0.05)
        return None
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.add_argument(
        "--no-terminal", action="store_true", help="skip the real-terminal (tmux) measurement"
    )
    args = parser.parse_args()

    tick = time.perf_counter()
    chronology = big_chronology(args.events)
    generate_s = time.perf_counter() - tick
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.json"
        path.write_text(chronology.model_dump_json(), encoding="utf-8")
        size_mb = path.stat().st_size / 1e6
        tick, tick_cpu = time.perf_counter(), time.process_time()
        loaded = load_chronology(path)
        load_s, load_cpu_s = time.perf_counter() - tick, time.process_time() - tick_cpu
        terminal: dict[str, float] = {}
        if not args.no_terminal and shutil.which("tmux"):
            # Five launches each, alternating; min and median, as the machine's other work adds noise.
            runs: dict[str, list[float]] = {"big": [], "9_event_sample": []}
            small = sample_path(Path(folder))
            for _ in range(5):
                for name, target in (("big", path), ("9_event_sample", small)):
                    seconds = terminal_first_screen(target)
                    if seconds is not None:
                        runs[name].append(seconds)
            for name, values in runs.items():
                if values:
                    terminal[f"{name}_min_s"] = round(min(values), 3)
                    terminal[f"{name}_median_s"] = round(statistics.median(values), 3)
    results: dict[str, object] = {
        "events": len(loaded.events),
        "documents": len(loaded.documents),
        "generate_s": round(generate_s, 3),
        "json_mb": round(size_mb, 1),
        "load_json_s": round(load_s, 3),
        "load_json_cpu_s": round(load_cpu_s, 3),
        "terminal_start_to_first_screen": terminal,
    }
    for size in ((100, 30), (200, 60)):
        figures = asyncio.run(measure_app(loaded, size))
        figures["open_json_to_first_screen_s"] = load_s + figures["first_screen_s"]
        figures["open_json_to_first_screen_cpu_s"] = load_cpu_s + figures["first_screen_cpu_s"]
        results[f"{size[0]}x{size[1]}"] = {name: round(value, 4) for name, value in figures.items()}
    baseline = asyncio.run(measure_app(sample_chronology(), (100, 30)))
    results["9-event sample 100x30 (baseline)"] = {name: round(value, 4) for name, value in baseline.items()}
    results["load_average_1min"] = round(os.getloadavg()[0], 2)
    results["cpus"] = os.cpu_count()
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
