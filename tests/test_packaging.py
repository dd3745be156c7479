"""pyproject lists every package, and the sample data ships inside the installed engine."""

from __future__ import annotations

import tomllib

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
