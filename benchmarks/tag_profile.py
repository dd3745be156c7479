"""Where `chronology tag` spends its CPU time, phase by phase, in one process.

Tags a JSONL file the way `chronology tag --jobs 1` does (same functions, same order) and prints the CPU
seconds of each phase: interpreter start-up, imports, grammar build, reading, finding candidates, the
tense reader, the rest of resolving, the pipeline's models, and JSON serialization. Phases are timed by
wrapping the functions that do them, which adds a little time of its own to each call. Run it with
bytecode caching allowed (PYTHONDONTWRITEBYTECODE unset), or edited modules are compiled on every run
and "imports" looks slower than it is.

    .venv/bin/python benchmarks/tag_profile.py FILE.jsonl [--events]
    .venv/bin/python benchmarks/tag_profile.py --generate-mb 2   (news-like text from news_corpus)
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START_CPU = time.process_time()  # what the interpreter spent starting up, before this line
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


class Phases:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._depth: dict[str, int] = {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            depth = self._depth.get(name, 0)
            self._depth[name] = depth + 1
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self._depth[name] = depth
                if depth == 0:  # a recursive call is inside its caller's time already
                    self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - start
                    self.calls[name] = self.calls.get(name, 0) + 1

        return timed

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.calls[name] = self.calls.get(name, 0) + 1


def _generate(megabytes: float, folder: str) -> Path:
    from tag_speed import generate

    path = Path(folder) / "news.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for document in generate(int(megabytes * 1_000_000)):
            handle.write(json.dumps(document) + "\n")
    return path


def profile(path: Path, with_events: bool) -> None:
    phases = Phases()
    phases.add("interpreter start-up", START_CPU)
    start = time.process_time()
    import chronology.cli.tag as tag
    import chronology.pipeline
    import chronology.tense as tense
    import chronology.timex.finder as finder
    import chronology.timex.resolver
    from chronology.readers import read_inputs
    from chronology.settings import Settings

    if with_events:
        import chronology.events  # noqa: F401
    phases.add("imports", time.process_time() - start)

    start = time.process_time()
    from chronology.timex import grammar_for

    settings = Settings()
    grammar_for(settings.language)
    phases.add("grammar build", time.process_time() - start)

    finder.find_candidates = phases.wrap("find candidates", finder.find_candidates)
    tense.governing_tense = phases.wrap("tense reader (governing)", tense.governing_tense)
    import chronology.timex as timex

    timex.analyze_text = phases.wrap("analyze_text", timex.analyze_text)
    tag._analyze = phases.wrap("_analyze", tag._analyze)
    tag._json_line = phases.wrap("_json_line", tag._json_line)

    start = time.process_time()
    documents = list(read_inputs([str(path)], settings))
    phases.add("reading", time.process_time() - start)
    size = path.stat().st_size
    out: list[str] = []
    # as `chronology tag --jobs 1` runs them (warm-up, frozen heap, batches)
    for batch in tag._json_batches(iter(documents), settings, with_events, 1):
        out.extend(payload for ok, payload in batch if ok)

    seconds = phases.seconds
    derived = {
        "resolving (rest)": seconds["analyze_text"]
        - seconds["find candidates"]
        - seconds.get("tense reader (governing)", 0.0),
        "pipeline models (+events)": seconds["_analyze"] - seconds["analyze_text"],
        "records + JSON": seconds["_json_line"] - seconds["_analyze"],
    }
    rows = [
        (name, seconds[name])
        for name in (
            "interpreter start-up",
            "imports",
            "grammar build",
            "reading",
            "find candidates",
            "tense reader (governing)",
        )
        if name in seconds
    ] + list(derived.items())
    total = sum(value for _, value in rows)
    print(f"{path} ({size / 1e6:.3f} MB, {len(documents)} documents): CPU seconds by phase")
    for name, value in rows:
        calls = phases.calls.get(name)
        detail = f"  ({calls} calls)" if calls and calls > 1 else ""
        print(f"  {name:28s} {value:7.3f}  {100 * value / total:5.1f} %{detail}")
    print(f"  {'total':28s} {total:7.3f}  = {size / 1e6 / total:.2f} MB per CPU second")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", help="JSONL file to tag")
    parser.add_argument("--generate-mb", type=float, help="tag this many MB of generated news prose instead")
    parser.add_argument("--events", action="store_true", help="also extract events (as `tag --events`)")
    args = parser.parse_args()
    if args.input:
        profile(Path(args.input), args.events)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        profile(_generate(args.generate_mb or 2.0, folder), args.events)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
