"""Worker processes change nothing but speed: same chronology for any number of jobs, inputs streamed."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from chronology.model.chronology import Chronology, DocumentError, ErrorKind
from chronology.model.document import Document
from chronology.parallel import analyze_documents
from chronology.pipeline import build_chronology
from chronology.readers import read_inputs
from chronology.samples import sample_document_paths


def without_timestamp(chronology: Chronology) -> str:
    return chronology.model_copy(update={"created": None}).model_dump_json()


def sample_inputs() -> list[Document | DocumentError]:
    return list(read_inputs([str(p) for p in sample_document_paths()]))


def test_same_chronology_with_one_and_two_jobs() -> None:
    inputs = sample_inputs()
    one = build_chronology(inputs, jobs=1)
    two = build_chronology(inputs, jobs=2)
    assert one.events
    assert without_timestamp(one) == without_timestamp(two)


def test_small_batches_keep_input_order_and_errors_in_place() -> None:
    items: list[Document | DocumentError] = [
        Document(id=f"d{i}", text=f"The vote was held on March {i + 1}.", published=date(2024, 5, 1))
        for i in range(9)
    ]
    items.insert(4, DocumentError(source="bad.txt", kind=ErrorKind.EMPTY, message="the file is empty"))
    results = list(analyze_documents(items, jobs=2, batch_size=2))
    assert [
        r.analyzed.document.id if r.analyzed else r.error.source for r in results if r.analyzed or r.error
    ] == [
        *(f"d{i}" for i in range(4)),
        "bad.txt",
        *(f"d{i}" for i in range(4, 9)),
    ]


def endless_documents() -> Iterator[Document]:
    for index in itertools.count():
        yield Document(id=f"doc-{index}", text="Talks resumed on Monday.", published=date(2024, 5, 15))


def test_inputs_are_streamed_not_loaded_whole() -> None:
    # An endless input would never finish if the pool read all of it before returning results.
    first = list(itertools.islice(analyze_documents(endless_documents(), jobs=2, batch_size=4), 10))
    assert [r.analyzed.document.id for r in first if r.analyzed] == [f"doc-{i}" for i in range(10)]


def test_spooled_build_writes_what_the_in_memory_build_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    import chronology.spool as spool
    from chronology.writers.json import render_json

    monkeypatch.setattr(spool, "OPEN_FILES", 2)  # exercise closing and reopening bucket files
    inputs = sample_inputs()
    inputs.append(
        DocumentError(source="gone.txt", kind=ErrorKind.UNREADABLE, message="gone.txt: no such file")
    )
    out = tmp_path / "out.json"
    summary = spool.build_to_output(inputs, str(out), jobs=2)
    in_memory = json.loads(render_json(build_chronology(inputs)))
    written = json.loads(out.read_text(encoding="utf-8"))
    in_memory.pop("created")
    written.pop("created")
    assert written == in_memory
    assert summary.events == len(written["events"]) > 0
    assert [e.source for e in summary.errors] == ["gone.txt"]


def test_spooled_build_strict_writes_nothing_on_failure(tmp_path: Path) -> None:
    from chronology.spool import build_to_output

    inputs = [*sample_inputs(), DocumentError(source="x", kind=ErrorKind.EMPTY, message="x: empty")]
    out = tmp_path / "out.json"
    summary = build_to_output(inputs, str(out), strict=True)
    assert not out.exists()
    assert summary.errors


def test_build_does_not_depend_on_string_hashing(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out-{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "chronology",
                "build",
                *(str(p) for p in sample_document_paths()),
                "--jobs",
                "1",
                "-o",
                str(out),
            ],
            check=True,
            env=env,
            cwd=ROOT,
            capture_output=True,
        )
        data = json.loads(out.read_text(encoding="utf-8"))
        data.pop("created")
        outputs.append(data)
    assert outputs[0] == outputs[1]


def test_a_tight_merge_memory_budget_changes_nothing_but_pace(tmp_path: Path) -> None:
    import json

    from chronology.settings import Settings
    from chronology.spool import build_to_output

    inputs = sample_inputs()
    roomy, tight = tmp_path / "roomy.json", tmp_path / "tight.json"
    build_to_output(inputs, str(roomy), jobs=2)
    build_to_output(inputs, str(tight), Settings(merge_memory_mb=1), jobs=2)
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (roomy, tight))
    for data in (first, second):
        data.pop("created")
        data.pop("settings")
    assert first == second
