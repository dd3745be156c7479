"""`chronology export CHRONOLOGY.json --format F`: write a built chronology in another format."""

from __future__ import annotations

import argparse
import os
import re
from typing import Any

from chronology.cli.common import EXIT_OK, fail

FORMATS = ("json", "timelinejs", "csv", "markdown", "ics", "timeml")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a chronology as TimelineJS, CSV, Markdown, iCalendar or TimeML",
        description=(
            "Read a chronology JSON written by `chronology build` (or saved from the browser) and write it in "
            "another format, with its corrections applied and hidden events left out. TimeML is one file per "
            "document: with several documents, -o names a folder that receives one <document id>.tml each. "
            "Files are replaced atomically."
        ),
    )
    parser.add_argument(
        "chronology", metavar="CHRONOLOGY.json", help="a chronology JSON file, or '-' for stdin"
    )
    parser.add_argument("-f", "--format", choices=FORMATS, required=True, help="the format to write")
    parser.add_argument("-o", "--output", metavar="PATH", help="write here (default: standard output)")
    parser.add_argument("--include-hidden", action="store_true", help="also export events a person hid")
    parser.add_argument(
        "--explicit-only",
        action="store_true",
        help="only events whose date the text gives (or a person set), no times taken from context",
    )
    parser.add_argument(
        "--no-undated", action="store_true", help="leave out the undated lane (CSV, Markdown)"
    )
    parser.set_defaults(run=run)


def _read(path: str) -> bytes:
    import sys

    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")


def _file_name(document_id: str, taken: set[str]) -> str:
    """A safe, unique file name for a document's TimeML."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", document_id).strip("._") or "document"
    name = f"{stem}.tml"
    number = 2
    while name in taken:
        name = f"{stem}-{number}.tml"
        number += 1
    taken.add(name)
    return name


def write_text(path: str, text: str) -> None:
    from chronology.fileio import write_atomic

    try:
        write_atomic(path, text)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")


def run(args: argparse.Namespace) -> int:
    import sys

    from pydantic import ValidationError

    from chronology.writers import ExportOptions, read_chronology, render, render_timeml

    data = _read(args.chronology)
    try:
        chronology = read_chronology(data)
    except ValidationError as exc:
        first = exc.errors()[0] if exc.errors() else {"msg": str(exc), "loc": ()}
        where = ".".join(str(part) for part in first.get("loc", ()))
        fail(
            f"{args.chronology} is not a chronology JSON: {first.get('msg')}"
            + (f" at {where}" if where else "")
        )
    options = ExportOptions(
        include_hidden=args.include_hidden,
        explicit_only=args.explicit_only,
        include_undated=not args.no_undated,
    )
    if args.format == "timeml":
        documents = render_timeml(chronology, options)
        if args.output is None:
            if len(documents) != 1:
                fail(
                    f"this chronology has {len(documents)} documents and TimeML is one file per document: "
                    "give -o FOLDER"
                )
            sys.stdout.write(next(iter(documents.values())))
            return EXIT_OK
        if len(documents) == 1 and not os.path.isdir(args.output) and args.output.endswith((".tml", ".xml")):
            write_text(args.output, next(iter(documents.values())))
            return EXIT_OK
        try:
            os.makedirs(args.output, exist_ok=True)
        except OSError as exc:
            fail(f"cannot create folder {args.output}: {exc.strerror or exc}")
        taken: set[str] = set()
        for document_id, text in documents.items():
            write_text(os.path.join(args.output, _file_name(document_id, taken)), text)
        return EXIT_OK
    text = render(chronology, args.format, options)
    if args.output is None or args.output == "-":
        if args.format in ("csv", "ics"):
            sys.stdout.buffer.write(text.encode("utf-8"))  # keep CRLF as written
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(text)
        return EXIT_OK
    write_text(args.output, text)
    return EXIT_OK
