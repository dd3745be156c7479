"""`chronology build FILE...`: read documents, analyze them, and write one chronology JSON."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from chronology.cli.common import EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, fail, warn

if TYPE_CHECKING:
    from collections.abc import Sequence

    from chronology.model.chronology import Chronology, DocumentError
    from chronology.settings import Settings
    from chronology.spool import BuildSummary


def parse_dct(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def add_document_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads documents."""
    parser.add_argument(
        "--dct", type=parse_dct, metavar="YYYY-MM-DD", help="use this as every document's creation time"
    )
    parser.add_argument(
        "--kind",
        choices=("news", "narrative", "colloquial"),
        help="anchor as this kind of text (default: detect)",
    )
    parser.add_argument("--day-first", action="store_true", help="read 2/3/2022 as 2 March 2022")
    parser.add_argument("--glob", metavar="PATTERN", help="in folders, read only files matching this glob")


def settings_from_args(args: argparse.Namespace) -> Settings:
    from chronology.model.document import DocumentKind
    from chronology.settings import Settings

    return Settings(
        dct=args.dct,
        document_kind=DocumentKind(args.kind) if args.kind else None,
        day_first=args.day_first,
    )


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build a chronology from documents",
        description=(
            "Read documents (text, HTML, JSON, JSONL, TimeML, folders, '-' for stdin), find and anchor their time "
            "expressions, extract events and write one chronology as JSON. Exit codes: 0 ok, 1 fatal, 2 usage, "
            "3 written but some documents failed (listed under 'errors')."
        ),
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="FILE", help="documents, folders or '-' for standard input"
    )
    parser.add_argument("-o", "--output", metavar="PATH", help="write the chronology here (default: stdout)")
    parser.add_argument(
        "--strict", action="store_true", help="fail (exit 1, nothing written) if any document fails"
    )
    parser.add_argument(
        "-j", "--jobs", type=positive_int, metavar="N", help="worker processes (default: the number of cores)"
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="run the per-document pipeline in local processes or on a Dask cluster (needs chronology[dask])",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler, e.g. tcp://host:8786"
    )
    add_document_options(parser)
    parser.set_defaults(run=run)


def spooled_build(
    inputs: list[str],
    settings: Settings,
    glob: str | None,
    jobs: int | None,
    output: str | None,
    strict: bool,
) -> BuildSummary:
    """Read, analyze and write in bounded memory (see `chronology.spool`), with progress on a terminal."""
    from chronology.parallel import default_jobs
    from chronology.readers import FatalInputError, read_inputs
    from chronology.spool import build_to_output

    try:
        documents = read_inputs(
            inputs, settings, glob=glob, stdin=sys.stdin.buffer if "-" in inputs else None
        )
        return build_to_output(
            _with_progress(documents), output, settings, jobs=jobs or default_jobs(), strict=strict
        )
    except FatalInputError as exc:
        fail(str(exc))


def build_on_dask(
    inputs: list[str], settings: Settings, glob: str | None, scheduler: str | None
) -> Chronology:
    from chronology.readers import FatalInputError

    try:
        from chronology.dask_build import build_chronology_dask
    except ImportError as exc:
        fail(f"--engine dask needs the dask extra: pip install 'chronology[dask]' ({exc})")
    try:
        return build_chronology_dask(inputs, settings, scheduler=scheduler, glob=glob)
    except FatalInputError as exc:
        fail(str(exc))


def _with_progress(items: Any) -> Any:
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("building", total=None)
        for item in items:
            yield item
            progress.advance(task)


def write_chronology_json(chronology: Chronology, output: str | None) -> None:
    from chronology.writers.json import write_json

    write_json(chronology, output)


def report(errors: Sequence[DocumentError], built_any: bool, strict: bool) -> int:
    for error in errors:
        where = "" if error.source in error.message else f"{error.source}: "
        warn(f"{where}{error.kind.value}: {error.message}")
    if errors and strict:
        return EXIT_FATAL
    if not built_any:
        fail("no document could be read")
    return EXIT_PARTIAL if errors else EXIT_OK


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    if args.engine == "dask":
        if "-" in args.inputs:
            fail("--engine dask reads files its workers can open; standard input is not one")
        chronology = build_on_dask(args.inputs, settings, args.glob, args.scheduler)
        if chronology.errors and args.strict:
            return report(chronology.errors, chronology.documents != (), strict=True)
        if chronology.documents:
            write_chronology_json(chronology, args.output)
        return report(chronology.errors, bool(chronology.documents), strict=False)
    if args.scheduler:
        fail("--scheduler goes with --engine dask")
    summary = spooled_build(args.inputs, settings, args.glob, args.jobs, args.output, args.strict)
    return report(summary.errors, summary.documents > 0, strict=args.strict)
