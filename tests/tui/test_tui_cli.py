"""`chronology tui`: prints JSON when not on a terminal, opens saved chronologies, imports textual lazily."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tui_builders import sample_chronology

from chronology.cli import tui
from chronology.cli.common import EXIT_OK, EXIT_PARTIAL, FatalError


def run_tui(capsys: pytest.CaptureFixture[str], *files: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    tui.register(parser.add_subparsers())
    args = parser.parse_args(["tui", *files])
    code = args.run(args)
    return code, capsys.readouterr().out


def test_saved_chronology_is_printed_as_json_off_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chronology = sample_chronology(headline_override="Crews land \x1b[2J\x9b2J")
    saved = tmp_path / "saved.json"
    saved.write_text(chronology.model_dump_json(), encoding="utf-8")
    code, out = run_tui(capsys, str(saved))
    assert code == EXIT_PARTIAL  # the sample lists one unreadable document
    data = json.loads(out)
    assert len(data["events"]) == len(chronology.events)
    assert "Crews land \x1b[2J\x9b2J" in {event["headline"] for event in data["events"]}
    assert (
        "\x1b" not in out and "\x9b" not in out
    )  # escaped in the JSON text, so the terminal never sees them


def test_documents_are_built_then_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "story.txt").write_text(
        "HARBOURTON, March 4, 2021 - The ferry service resumed on Tuesday after a two-week strike.\n",
        encoding="utf-8",
    )
    code, out = run_tui(capsys, str(tmp_path))
    assert code == EXIT_OK
    data = json.loads(out)
    assert len(data["documents"]) == 1 and data["errors"] == []


def test_missing_input_is_one_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(FatalError):
        run_tui(capsys, str(tmp_path / "nowhere.json"))


def test_a_broken_saved_chronology_is_one_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "chronology.json"
    broken.write_text('{"format_version": "1.0", "events": [{"id": 3}]}', encoding="utf-8")
    with pytest.raises(FatalError, match="not a valid chronology"):
        run_tui(capsys, str(broken))


def test_cli_module_does_not_import_textual() -> None:
    code = "import sys, chronology.cli.tui, chronology.cli; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
