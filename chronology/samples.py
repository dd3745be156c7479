"""The bundled sample documents (`data/` in the source tree, `chronology.sample_data` when installed)."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

_GOLD_NAMES = ("gold",)


def sample_root() -> Path:
    """The folder holding the bundled sample; works installed, editable, or from a source checkout."""
    try:
        resource = files("chronology.sample_data")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "data"
    with as_file(resource) as path:
        return Path(path)


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
