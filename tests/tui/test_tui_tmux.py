"""The real app in a real terminal (tmux): starts, draws the timeline, answers keys, quits.

Skipped where tmux is not installed.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from tui_builders import sample_chronology

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def start_session(arguments: list[str]) -> None:
    """`tmux new-session`, retried: a tmux server that is just exiting (its last session closed) refuses once."""
    for attempt in range(5):
        if subprocess.run(["tmux", "new-session", *arguments], capture_output=True).returncode == 0:
            return
        time.sleep(0.2 * (attempt + 1))
    subprocess.run(["tmux", "new-session", *arguments], check=True)


def capture(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
    ).stdout


def wait_for(session: str, text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def chronology_command() -> list[str]:
    """The app the way the README starts it: the installed `chronology` script beside this Python."""
    script = Path(sys.executable).with_name("chronology")
    return [str(script)] if script.exists() else [sys.executable, "-m", "chronology"]


def test_bare_chronology_opens_the_bundled_sample_in_a_terminal() -> None:
    session = f"chronology-test-{uuid.uuid4().hex[:8]}"
    command = " ".join(shlex.quote(part) for part in chronology_command())
    start_session(["-d", "-s", session, "-x", "100", "-y", "30", command])
    try:
        screen = wait_for(session, "Search", timeout=60)
        assert "sample" in screen and "events" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def test_real_terminal_session(tmp_path: Path) -> None:
    saved = tmp_path / "harbour.json"
    saved.write_text(sample_chronology().model_dump_json(), encoding="utf-8")
    session = f"chronology-test-{uuid.uuid4().hex[:8]}"
    command = " ".join(shlex.quote(part) for part in [*chronology_command(), "tui", str(saved)])
    start_session(["-d", "-s", session, "-x", "100", "-y", "30", command])
    try:
        wait_for(session, "Search")  # the footer: the first frame is complete
        screen = wait_for(session, "Warehouse raid")
        assert "harbour.json" in screen and "Summer 1998" in screen and "Search" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "g"], check=True)
        wait_for(session, "Go to date")
        subprocess.run(["tmux", "send-keys", "-t", session, "2021-10", "Enter"], check=True)
        screen = wait_for(session, "Why: dated by 'October 23'")
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            alive = (
                subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0
            )
            if not alive:
                break
            time.sleep(0.2)
        assert not alive, "the app did not quit on q"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
