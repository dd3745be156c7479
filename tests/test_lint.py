"""Lint, format and type checks run as part of the suite, so CI enforces them."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT)


def test_ruff_lint() -> None:
    result = run_tool("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run_tool("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_engine() -> None:
    result = run_tool("mypy", "chronology")
    assert result.returncode == 0, result.stdout + result.stderr
