"""`chronology tag` ends its process with the heap frozen, and its output is whole all the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, python_env

PROBE = """
import atexit, gc, sys
# registered first, so it runs last: after the tag command's own exit handler
atexit.register(lambda: sys.stderr.write(f"frozen at exit: {gc.get_freeze_count() > 0}\\n"))
from chronology.cli import main
for _ in range(2):
    main(["tag", sys.argv[1], "--dct", "2022-02-03"])
"""


def test_the_heap_is_frozen_at_exit_and_the_output_is_whole(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The plant closed on Monday and reopens next week.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(story)],
        cwd=ROOT,
        env=python_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert "frozen at exit: True" in result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[0] == lines[1]
    record = json.loads(lines[0])
    assert [timex["text"] for timex in record["timexes"]] == ["Monday", "next week"]


def test_an_in_process_run_leaves_the_heap_unfrozen(tmp_path: Path) -> None:
    import gc

    from chronology.cli import main

    story = tmp_path / "story.txt"
    story.write_text("Talks resume on Friday.\n", encoding="utf-8")
    before = gc.get_freeze_count()
    assert main(["tag", str(story), "--dct", "2022-02-03", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert gc.get_freeze_count() == before
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["timexes"][0]["text"] == "Friday"


def _run_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chronology", "tag", *args],
        cwd=ROOT,
        env=python_env(),
        capture_output=True,
        text=True,
        check=False,
    )


def test_workers_and_one_process_write_the_same_and_report_the_same(tmp_path: Path) -> None:
    # enough documents for worker processes, with a bad line among them: the command ends at once after
    # flushing (`chronology.cli.entry`), and the output is whole, in input order, the bad line reported
    lines = [
        json.dumps(
            {
                "id": f"d{n}",
                "dct": "2022-02-03",
                "text": f"Talks resumed on Friday, {n} days after the strike.",
            }
        )
        for n in range(130)
    ]
    lines[77] = "{not json"
    source = tmp_path / "many.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pooled = _run_command(str(source), "--jobs", "2")
    alone = _run_command(str(source), "--jobs", "1")
    assert pooled.returncode == alone.returncode == 3
    assert pooled.stdout == alone.stdout
    assert [json.loads(line)["id"] for line in pooled.stdout.splitlines()] == [
        f"d{n}" for n in range(130) if n != 77
    ]
    assert pooled.stderr == alone.stderr and "line 78" in pooled.stderr
