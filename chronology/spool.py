"""Build a chronology of a whole archive in bounded memory, spooling to disk on the way.

Each document's analysis is written to a spool file as soon as it is made, and its events to the spool
file of their time bucket (`chronology.engine.buckets`). The output is then streamed: the documents
line by line, and the events one bucket at a time, each bucket merged and ordered on its own exactly
as `chronology.engine.assemble` does. Memory holds one bucket of events at a time, never the archive;
the file written is the same as writing the chronology `build_chronology` returns.
"""

from __future__ import annotations

import tempfile
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from chronology.engine import prepare_events
from chronology.engine.buckets import merge_bucket, time_bucket
from chronology.engine.ordering import order_events
from chronology.model.chronology import Chronology, Correction, DocumentError
from chronology.model.document import Document
from chronology.model.event import Event
from chronology.parallel import map_batches, paused_gc, process_batch
from chronology.settings import DEFAULT_SETTINGS, Settings

#: Spool files kept open at once; more buckets than this reopen their file to append.
OPEN_FILES = 64
#: Memory a bucket's events take once parsed into models, per byte of their spooled JSON (measured: 8.6).
PARSED_BYTES_PER_SPOOLED_BYTE = 9


@dataclass
class BuildSummary:
    """What a spooled build wrote: enough to report on it without holding the chronology."""

    documents: int = 0
    events: int = 0
    errors: list[DocumentError] = field(default_factory=list)


class _BucketFiles:
    """Append-only spool files, one per time bucket, with a bounded number of open handles."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.buckets: set[int] = set()
        self.handles: OrderedDict[int, IO[str]] = OrderedDict()

    def path(self, bucket: int) -> Path:
        return self.folder / f"events-{bucket}.jsonl"

    def append(self, bucket: int, line: str) -> None:
        handle = self.handles.pop(bucket, None)
        if handle is None:
            if len(self.handles) >= OPEN_FILES:
                self.handles.popitem(last=False)[1].close()
            handle = self.path(bucket).open("a", encoding="utf-8")
            self.buckets.add(bucket)
        self.handles[bucket] = handle
        handle.write(line + "\n")

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()

    def ordered_lines(self, jobs: int = 1, memory_mb: int = 600) -> Iterator[str]:
        """Each bucket's events merged and ordered as JSON lines, buckets in time order (undated last).

        Buckets are independent, so with `jobs` > 1 they are merged in worker processes, as many at once
        as `memory_mb` allows by their estimated parsed size (a bucket larger than that runs alone).
        """
        self.close()
        paths = [self.path(bucket) for bucket in sorted(self.buckets)]
        if jobs <= 1 or len(paths) <= 1:
            for path in paths:
                yield from merged_bucket_lines(str(path))
            return
        from collections import deque
        from concurrent.futures import Future, ProcessPoolExecutor

        budget = memory_mb * 2**20
        # One bucket per worker process: a process that parsed a large bucket keeps its memory from the
        # allocator even when idle, so a fresh one for each bucket is what keeps the budget true.
        with ProcessPoolExecutor(max_workers=jobs, max_tasks_per_child=1) as pool:
            pending: deque[tuple[Future[list[str]], int]] = deque()
            in_flight = 0
            for path in paths:
                cost = path.stat().st_size * PARSED_BYTES_PER_SPOOLED_BYTE
                while pending and (len(pending) >= jobs or in_flight + cost > budget):
                    future, done_cost = pending.popleft()
                    in_flight -= done_cost
                    yield from future.result()
                pending.append((pool.submit(merged_bucket_lines, str(path)), cost))
                in_flight += cost
            while pending:
                yield from pending.popleft()[0].result()


def merged_bucket_lines(path: str) -> list[str]:
    """One bucket's events, merged across documents and ordered, as JSON lines.

    An event the merge leaves as it was keeps its spooled line: the same JSON, not serialized again.
    """
    with open(path, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle]
    with paused_gc():
        events = [Event.model_validate_json(line) for line in lines]
        spooled = {id(event): line for event, line in zip(events, lines, strict=True)}
        ordered = order_events(merge_bucket(events))
        return [spooled.get(id(event)) or event.model_dump_json() for event in ordered]


@dataclass(frozen=True)
class SpooledResult:
    """One document's result as the lines the spool files take, serialized in the worker process."""

    error: DocumentError | None
    document_line: str | None
    event_lines: tuple[tuple[int, str], ...]  # (time bucket, event JSON)


def spool_batch(batch: Sequence[Document | DocumentError], settings: Settings) -> list[SpooledResult]:
    """Analyze a batch and serialize it where it was analyzed: the parent then only writes lines."""
    spooled = []
    with paused_gc():
        for result in process_batch(batch, settings):
            spooled.append(
                SpooledResult(
                    error=result.error,
                    document_line=result.analyzed.model_dump_json() if result.analyzed is not None else None,
                    event_lines=tuple(
                        (time_bucket(event), event.model_dump_json()) for event in prepare_events([result])
                    ),
                )
            )
    return spooled


def _spool_results(
    results: Iterable[SpooledResult], documents: IO[str], buckets: _BucketFiles, summary: BuildSummary
) -> None:
    for result in results:
        if result.error is not None:
            summary.errors.append(result.error)
        if result.document_line is not None:
            documents.write(result.document_line + "\n")
            summary.documents += 1
        for bucket, line in result.event_lines:
            buckets.append(bucket, line)


def build_to_output(
    inputs: Iterable[Document | DocumentError],
    output: str | None,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    jobs: int = 1,
    corrections: Iterable[Correction] = (),
    strict: bool = False,
) -> BuildSummary:
    """Build and write the chronology JSON to `output` (a path, or stdout for None/'-').

    With `strict`, nothing is written when any document failed.
    """
    from chronology.fileio import write_output
    from chronology.writers.json import iter_json_parts

    summary = BuildSummary()
    with tempfile.TemporaryDirectory(prefix="chronology-build-") as folder:
        spool = Path(folder)
        buckets = _BucketFiles(spool)
        documents_path = spool / "documents.jsonl"
        try:
            with documents_path.open("w", encoding="utf-8") as documents:
                spooled = map_batches(spool_batch, inputs, settings, jobs=jobs)
                _spool_results(spooled, documents, buckets, summary)
        finally:
            buckets.close()
        if (strict and summary.errors) or summary.documents == 0:
            return summary
        header = Chronology(created=datetime.now(UTC), settings=settings, corrections=tuple(corrections))

        def document_lines() -> Iterator[str]:
            with documents_path.open(encoding="utf-8") as handle:
                for line in handle:
                    yield line.rstrip("\n")

        def counted(lines: Iterator[str]) -> Iterator[str]:
            for line in lines:
                summary.events += 1
                yield line

        parts = iter_json_parts(
            header,
            {
                "documents": document_lines(),
                "events": counted(buckets.ordered_lines(jobs, settings.merge_memory_mb)),
                "errors": summary.errors,
                "corrections": header.corrections,
            },
        )
        write_output(output or "-", parts)
    return summary
