"""The command line as a person uses it: help, version, build on the sample, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from chronology import __version__
from chronology.samples import sample_root
from tests.conftest import ROOT, python_env


def chronology(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chronology", *args],
        capture_output=True,
        text=True,
        input=stdin if stdin is not None else "",
        cwd=cwd,
        env=python_env(),
        timeout=300,
    )


def test_version_and_help() -> None:
    assert chronology("--version").stdout.strip() == f"chronology {__version__}"
    result = chronology("--help")
    assert result.returncode == 0
    for command in ("build", "tag", "evaluate", "export", "tui"):
        assert command in result.stdout


def test_build_sample_articles_to_file(tmp_path: Path) -> None:
    out = tmp_path / "chronology.json"
    result = chronology("build", str(sample_root() / "articles"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format_version"] == "1.0"
    assert len(data["documents"]) == len(list((sample_root() / "articles").iterdir()))
    assert data["events"]


def test_no_arguments_without_a_terminal_prints_the_sample_chronology(tmp_path: Path) -> None:
    result = chronology(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {d["document"]["id"] for d in data["documents"]} >= {"harbor-raid", "river-expedition"}


def test_missing_file_is_one_clean_line() -> None:
    result = chronology("build", "no/such/file.txt")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_dct_is_a_usage_error() -> None:
    result = chronology("build", "--dct", "2022-02-30", str(sample_root() / "articles"))
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
