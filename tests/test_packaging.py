"""pyproject lists every package, and the sample data ships inside the installed engine."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.conftest import ROOT


def test_every_package_folder_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "chronology").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    on_disk.add("chronology_tui")  # tui/ installs under this name (package-dir)
    missing = on_disk - listed
    assert not missing, f"add to [tool.setuptools] packages: {sorted(missing)}"


def test_sample_data_is_found_and_has_gold_for_each_article() -> None:
    from chronology.samples import sample_document_paths, sample_root

    articles = [p for p in sample_document_paths() if p.parent.name == "articles"]
    assert len(articles) >= 5
    gold = {p.stem for p in (sample_root() / "gold").glob("*.json")}
    assert {p.stem for p in articles} == gold


def test_the_wheel_carries_the_engine_the_ui_and_the_sample(tmp_path: Path) -> None:
    """A non-editable install gets the sample data inside the engine and the UI as chronology_tui."""
    import subprocess
    import sys
    import zipfile

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("chronology-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sample_articles = {p.name for p in (ROOT / "data" / "articles").iterdir()}
    assert {f"chronology/sample_data/articles/{name}" for name in sample_articles} <= names
    assert "chronology/sample_data/story/gold.json" in names
    assert "chronology/chronology.schema.json" in names
    assert "chronology/py.typed" in names
    assert "chronology_tui/app.py" in names
    assert "chronology_tui/app.tcss" in names
    assert not any(name.startswith(("tui/", "tests/", "data/")) for name in names)

    # Installed as the wheel lays it out, run from elsewhere: the sample is found inside the package.
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    probe = (
        "import chronology, chronology.samples as s; "
        "print(chronology.__file__); print(s.sample_root()); print(len(s.sample_document_paths()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    module_file, root, count = result.stdout.split("\n")[:3]
    assert module_file.startswith(str(installed))
    assert root == str(installed / "chronology" / "sample_data")
    assert int(count) == len(
        [
            p
            for p in (ROOT / "data").rglob("*")
            if p.is_file() and "gold" not in p.parts and p.name != "gold.json" and not p.name.startswith(".")
        ]
    )
