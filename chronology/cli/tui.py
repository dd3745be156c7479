"""`chronology tui [FILE ...]`: browse, search and correct a chronology in the terminal.

With no FILE it opens the bundled sample. FILE may be a chronology JSON (opened as is) or documents and
folders (built first). When stdout or stdin is not a terminal, the chronology JSON is printed
instead, so `chronology | jq` and scripted runs never start a full-screen UI.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chronology.cli.build import parse_dct
from chronology.cli.common import EXIT_OK, EXIT_PARTIAL, fail

if TYPE_CHECKING:
    from chronology.model.chronology import Chronology
    from chronology.settings import Settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "tui",
        help="browse, search and correct a chronology in the terminal (the default command)",
        description=(
            "Open a chronology JSON, or build one from documents and folders, in the terminal UI. "
            "With no FILE, opens the bundled sample. Prints the chronology JSON when not on a terminal."
        ),
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="a chronology JSON, or documents/folders to build from (default: the bundled sample)",
    )
    parser.add_argument(
        "--dct",
        type=parse_dct,
        metavar="YYYY-MM-DD",
        default=None,
        help="use this as every document's creation time",
    )
    parser.add_argument(
        "--print-json",
        action="store_true",
        help="print the chronology JSON instead of opening the UI (the default when not on a terminal)",
    )
    parser.set_defaults(run=run)


def interactive_terminal() -> bool:
    """True when a person can be at a terminal: both ends are TTYs (a CI runner gives neither)."""
    return sys.stdout.isatty() and sys.stdin.isatty()


def is_chronology_json(path: Path) -> bool:
    """A saved chronology (as opposed to a JSON document to build from) has format_version and events."""
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b'"format_version"' in head or (b'"events"' in head and b'"documents"' in head)


def load_chronology(path: Path) -> Chronology:
    from pydantic import ValidationError

    from chronology.model.chronology import Chronology

    try:
        data = path.read_bytes()
        # Nothing created while validating is garbage; collections during it only walk the growing heap.
        gc.disable()
        try:
            return Chronology.model_validate_json(data)
        finally:
            gc.enable()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    except ValidationError as exc:
        fail(
            f"{path} is not a valid chronology JSON ({exc.error_count()} errors, first: {exc.errors()[0]['msg']})"
        )


def build_from_paths(paths: list[Path], settings: Settings) -> Chronology:
    from chronology.pipeline import build_chronology
    from chronology.readers import FatalInputError, read_inputs

    try:
        return build_chronology(read_inputs([str(path) for path in paths], settings), settings)
    except FatalInputError as exc:
        fail(str(exc))


def open_chronology(files: list[str], settings: Settings) -> tuple[Chronology, Path | None]:
    """The chronology to show and the JSON path it was opened from (None when it was built)."""
    if not files:
        from chronology.samples import sample_document_paths

        return build_from_paths(sample_document_paths(), settings), None
    paths = [Path(name) for name in files]
    if len(paths) == 1 and is_chronology_json(paths[0]):
        return load_chronology(paths[0]), paths[0]
    return build_from_paths(paths, settings), None


# json.dumps escapes C0 controls itself; DEL and C1 (CSI among them) must be escaped too so document text
# printed to a terminal cannot drive it.
_JSON_CONTROL_ESCAPES = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


def inert_json(chronology: Chronology) -> str:
    text = json.dumps(chronology.model_dump(mode="json"), indent=2, ensure_ascii=False)
    return text.translate(_JSON_CONTROL_ESCAPES)


def run(args: argparse.Namespace) -> int:
    from chronology.settings import Settings

    settings = Settings(dct=args.dct)
    if args.print_json or not interactive_terminal():
        chronology, _ = open_chronology(list(args.files), settings)
        print(inert_json(chronology))
        return EXIT_PARTIAL if chronology.errors else EXIT_OK

    # The UI package is imported by name: it is installed beside `chronology` (as `chronology_tui`) and
    # only this command needs it, so nothing else ever imports textual. It is imported before the
    # chronology is loaded: importing after would run collections over the whole loaded chronology.
    app_module = importlib.import_module("chronology_tui.app")
    chronology, saved_path = open_chronology(list(args.files), settings)
    label = " ".join(Path(name).name for name in args.files) or "sample"
    app_module.ChronologyApp(chronology, path=saved_path, settings=settings, label=label).run()
    return EXIT_OK
