"""`chronology build` over the corpus of bad inputs: every file accounted for, the good ones built."""

from __future__ import annotations

import json
from pathlib import Path

from chronology.samples import sample_root
from tests.conftest import ROOT
from tests.test_cli import chronology

BAD = ROOT / "tests" / "bad_inputs"


def test_bad_inputs_are_listed_and_good_documents_still_built(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    good = sample_root() / "articles" / "harbor-raid.json"
    result = chronology("build", str(BAD), str(good), "-o", str(out))
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    built = {d["document"]["source"] for d in data["documents"]}
    failed = {e["source"].split("#")[0] for e in data["errors"]}
    assert any(source.endswith("harbor-raid.json") for source in built)
    for path in BAD.iterdir():
        accounted = any(s.split("#")[0].endswith(path.name) for s in built | failed)
        assert accounted, f"{path.name} neither built nor listed as an error"
    assert data["errors"], "the bad corpus must produce errors"
    # every error line on stderr names its file
    assert len(result.stderr.strip().splitlines()) >= len(data["errors"])


def test_strict_makes_any_failure_fatal_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = chronology(
        "build", "--strict", str(BAD / "empty.txt"), str(sample_root() / "articles"), "-o", str(out)
    )
    assert result.returncode == 1
    assert not out.exists()


def test_nothing_readable_is_one_fatal_line(tmp_path: Path) -> None:
    result = chronology("build", str(BAD / "empty.txt"), str(BAD / "binary.bin"))
    assert result.returncode == 1
    assert "no document could be read" in result.stderr
    assert "Traceback" not in result.stderr
