"""`chronology export`: every format to a file or stdout, TimeML to a folder, clean errors."""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest

from chronology.cli import export
from chronology.cli.common import EXIT_OK, FatalError
from chronology.model.chronology import Chronology
from chronology.writers import read_chronology


def run_export(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="chronology")
    export.register(parser.add_subparsers())
    args = parser.parse_args(["export", *argv])
    code: int = args.run(args)
    return code


@pytest.fixture
def saved(story: Chronology, tmp_path: Path) -> Path:
    path = tmp_path / "story.json"
    path.write_text(story.model_dump_json(), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["json", "timelinejs", "csv", "markdown", "ics"])
def test_every_format_to_a_file(saved: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert run_export(str(saved), "--format", fmt, "-o", str(out)) == EXIT_OK
    data = out.read_bytes()
    assert data
    if fmt == "json":
        assert read_chronology(data) == read_chronology(saved.read_bytes())
    elif fmt == "timelinejs":
        assert json.loads(data)["events"]
    elif fmt == "ics":
        assert icalendar.Calendar.from_ical(data).walk("VEVENT")
        assert b"\r\n" in data
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_stdout_when_no_output_is_given(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_export(str(saved), "--format", "markdown") == EXIT_OK
    assert capsys.readouterr().out.startswith("# Chronology")


def test_timeml_writes_one_file_per_document(saved: Path, tmp_path: Path, story: Chronology) -> None:
    folder = tmp_path / "tml"
    assert run_export(str(saved), "--format", "timeml", "-o", str(folder)) == EXIT_OK
    files = sorted(folder.glob("*.tml"))
    assert len(files) == len(story.documents)
    for path in files:
        assert ET.fromstring(path.read_bytes()).tag == "TimeML"


def test_timeml_of_several_documents_needs_a_folder(saved: Path) -> None:
    with pytest.raises(FatalError, match="-o FOLDER"):
        run_export(str(saved), "--format", "timeml")


def test_a_file_that_is_no_chronology_is_one_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"events": "nope"}', encoding="utf-8")
    with pytest.raises(FatalError, match="not a chronology JSON"):
        run_export(str(bad), "--format", "csv")
    with pytest.raises(FatalError, match="cannot read"):
        run_export(str(tmp_path / "missing.json"), "--format", "csv")


def test_explicit_only_leaves_out_times_from_context(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "explicit.json"
    assert run_export(str(saved), "--format", "timelinejs", "--explicit-only", "-o", str(out)) == EXIT_OK
    slides = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert slides and not any(s.get("display_date", "").startswith("on or before") for s in slides)
