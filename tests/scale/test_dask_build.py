"""The per-document pipeline on a two-worker Dask LocalCluster gives the single-process chronology."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from chronology.model.chronology import Chronology
from chronology.pipeline import build_chronology
from chronology.readers import read_inputs
from chronology.samples import sample_document_paths

distributed = pytest.importorskip("distributed")


def canonical(chronology: Chronology) -> str:
    return chronology.model_copy(update={"created": None}).model_dump_json()


@pytest.fixture(scope="module")
def cluster_address() -> object:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_build_matches_local_build(tmp_path: Path, cluster_address: str) -> None:
    from chronology.dask_build import build_chronology_dask

    folder = tmp_path / "docs"
    for path in sample_document_paths():
        target = folder / path.relative_to(path.parents[1])
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    # A bad document among the good ones is listed, not lost, on Dask too.
    (folder / "broken.json").write_text("{not json", encoding="utf-8")

    local = build_chronology(read_inputs([str(folder)]))
    on_dask = build_chronology_dask([str(folder)], scheduler=cluster_address)
    assert on_dask.events
    assert [e.source for e in on_dask.errors] == [e.source for e in local.errors]
    assert canonical(on_dask) == canonical(local)


def test_cli_engine_dask(tmp_path: Path, cluster_address: str) -> None:
    from chronology.cli import main

    out = tmp_path / "out.json"
    articles = str(sample_document_paths()[0].parent)
    code = main(["build", articles, "--engine", "dask", "--scheduler", cluster_address, "-o", str(out)])
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["events"]


def test_dask_build_makes_ids_unique_across_files_as_a_local_build(
    tmp_path: Path, cluster_address: str
) -> None:
    from chronology.dask_build import build_chronology_dask

    folder = tmp_path / "docs"
    for part in ("east", "west"):
        (folder / part).mkdir(parents=True)
        # Same file name in two folders: both default to the id "bulletin".
        (folder / part / "bulletin.txt").write_text(f"The {part} ferry resumed service on Monday.", "utf-8")
        # Same id given in two files.
        line = {
            "id": "report",
            "dct": "2022-02-03",
            "text": f"The {part} bridge reopened on 1 February 2022.",
        }
        (folder / part / "reports.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    # An id that looks like a renamed one, then the same id three times in the next file.
    notices = [{"id": "notice-2", "dct": "2022-02-03", "text": "The depot closed on Monday."}] + [
        {"id": "notice", "dct": "2022-02-03", "text": f"Notice {n}: the pier closed on Tuesday."}
        for n in range(3)
    ]
    (folder / "east" / "notices-a.jsonl").write_text(json.dumps(notices[0]) + "\n", "utf-8")
    (folder / "west" / "notices-b.jsonl").write_text(
        "".join(json.dumps(n) + "\n" for n in notices[1:]), "utf-8"
    )

    local = build_chronology(read_inputs([str(folder)]))
    on_dask = build_chronology_dask([str(folder)], scheduler=cluster_address)
    assert sorted(d.document.id for d in on_dask.documents) == [
        "bulletin",
        "bulletin-2",
        "notice",
        "notice-2",
        "notice-3",
        "notice-4",
        "report",
        "report-2",
    ]
    assert canonical(on_dask) == canonical(local)
