"""The bundled sample documents (`data/` in the source tree, `chronology.sample_data` when installed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_GOLD_NAMES = ("gold",)


def sample_root() -> Path:
    """The folder holding the bundled sample; works installed, editable, or from a source checkout.

    `chronology.sample_data` is a folder of data without an `__init__.py` (a namespace package), so it is
    found through the import system's search locations rather than `importlib.resources.as_file`, which
    cannot hand out a namespace package's folder.
    """
    try:
        spec = importlib.util.find_spec("chronology.sample_data")
    except ModuleNotFoundError:
        spec = None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(location)
        if (path / "articles").is_dir():
            return path
    return Path(__file__).resolve().parent.parent / "data"


def sample_document_paths() -> list[Path]:
    """Every bundled article (gold answer files excluded), in a stable order."""
    root = sample_root()
    paths = [
        path
        for path in root.rglob("*")
        if path.is_file()
        and path.suffix in {".json", ".txt", ".html", ".tml", ".jsonl"}
        and not any(part.startswith(_GOLD_NAMES) for part in path.relative_to(root).parts)
        and not path.name.startswith(("_", "."))
    ]
    return sorted(paths)
