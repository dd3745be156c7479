"""Reading, building, saving and exporting chronologies for the UI (called from worker threads)."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from chronology.model.chronology import Chronology, Correction, DocumentError
from chronology.model.document import Document
from chronology.settings import DEFAULT_SETTINGS, Settings

#: Export formats offered in the UI: (format name, file suffix, label).
EXPORT_FORMATS: tuple[tuple[str, str, str], ...] = (
    ("json", ".json", "Chronology JSON (with corrections)"),
    ("timelinejs", ".timeline.json", "TimelineJS3 JSON"),
    ("csv", ".csv", "CSV"),
    ("markdown", ".md", "Markdown"),
    ("ics", ".ics", "iCalendar"),
    ("timeml", ".tml", "TimeML (a folder of one file per document)"),
)

Progress = Callable[[int, int, str], None]


def load_chronology(path: Path) -> Chronology:
    data = path.read_bytes()
    # Nothing created while validating is garbage; collections during it only walk the growing heap.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return Chronology.model_validate_json(data)
    finally:
        if collecting:
            gc.enable()


def save_chronology(chronology: Chronology, path: Path) -> None:
    """Write atomically: a crash mid-write never leaves a half chronology where the old one was."""
    from chronology.writers import render_json

    data = render_json(chronology)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def is_chronology_json(path: Path) -> bool:
    from chronology.cli.tui import is_chronology_json as check

    return check(path)


@dataclass(frozen=True)
class Opened:
    chronology: Chronology
    path: Path | None  # the chronology JSON it came from; None when built from documents


def open_paths(
    paths: Sequence[Path],
    settings: Settings = DEFAULT_SETTINGS,
    progress: Progress | None = None,
    corrections: Sequence[Correction] = (),
) -> Opened:
    """A chronology JSON opens as is; documents and folders are read, then built one document at a time
    (carrying `corrections` over: they name events by stable ids, so they apply to the rebuilt events)."""
    if len(paths) == 1 and is_chronology_json(paths[0]):
        return Opened(load_chronology(paths[0]), paths[0])
    from chronology.pipeline import build_chronology
    from chronology.readers import read_inputs

    report = progress or (lambda done, total, label: None)
    report(0, 0, "reading")
    inputs: list[Document | DocumentError] = []
    for item in read_inputs([str(path) for path in paths], settings):
        inputs.append(item)
        report(len(inputs), 0, _label(item))
    total = len(inputs)

    def counted() -> Iterator[Document | DocumentError]:
        # The pipeline analyzes each input as soon as it takes it, so counting what it took is its progress.
        for done, item in enumerate(inputs):
            report(done, total, _label(item))
            yield item
        report(total, total, "ordering")

    chronology = build_chronology(counted(), settings, corrections)
    return Opened(chronology, None)


def source_paths(chronology: Chronology) -> list[Path]:
    """The files the chronology's documents were read from that still exist, each once, in order."""
    paths: dict[Path, None] = {}
    for analyzed in chronology.documents:
        source = analyzed.document.source
        if source and source != "-" and Path(source).is_file():
            paths.setdefault(Path(source), None)
    return list(paths)


def _label(item: Document | DocumentError) -> str:
    if isinstance(item, DocumentError):
        return item.source
    return item.title or item.id


def default_export_path(base: Path | None, suffix: str) -> Path:
    stem = base.name.removesuffix(".json") if base is not None else "chronology"
    folder = base.parent if base is not None else Path.cwd()
    if suffix == ".json":
        return folder / f"{stem}.corrected.json"
    if suffix == ".tml":
        return folder / f"{stem}-timeml"
    return folder / f"{stem}{suffix}"


def export(chronology: Chronology, format_name: str, path: Path) -> list[Path]:
    """Write the chronology in one format through the project's writers; returns the files written.

    TimeML is one file per document: with several documents `path` is a folder of `<document id>.tml`.
    """
    from chronology import writers

    if format_name == "json":
        save_chronology(chronology, path)
        return [path]
    if format_name == "timeml" and len(chronology.documents) != 1:
        written: list[Path] = []
        path.mkdir(parents=True, exist_ok=True)
        for document_id, text in writers.render_timeml(chronology).items():
            target = path / f"{_file_name(document_id)}.tml"
            _write_text(target, text)
            written.append(target)
        return written
    _write_text(path, writers.render(chronology, format_name))
    return [path]


def _file_name(document_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in document_id).strip(".") or "document"


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
