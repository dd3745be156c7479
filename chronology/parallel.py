"""Analyze documents in worker processes, streaming, in input order.

Documents are independent until the merge, so each worker runs `process_document` on a batch. At most a
few batches per worker are in flight, so a JSONL of 100,000 documents is never held in memory whole, and
results come back in input order, so the chronology is the same whatever the number of workers.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

from chronology.model.chronology import DocumentError, DocumentResult
from chronology.model.document import Document
from chronology.pipeline import process_document
from chronology.settings import DEFAULT_SETTINGS, Settings

T = TypeVar("T")

#: Documents per task: large enough to amortize pickling and scheduling, small enough to keep memory flat.
BATCH_SIZE = 64
#: Batches in flight per worker.
BATCHES_AHEAD = 3


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bounded piece of work that builds many acyclic objects.

    Models are freed by reference counting; the collector would only rescan every live model again and
    again as allocations pile up (measured: parsing and merging a bucket of events ran 2-4 times faster
    without it). It resumes, and catches up on any cycles, as soon as the work is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def process_batch(batch: Sequence[Document | DocumentError], settings: Settings) -> list[DocumentResult]:
    """Process one batch for a chronology (events it keeps only); read errors pass through unchanged so
    order is kept."""
    with paused_gc():
        return [
            DocumentResult(error=item)
            if isinstance(item, DocumentError)
            else process_document(item, settings, chronology_only=True)
            for item in batch
        ]


def _batches(
    items: Iterable[Document | DocumentError], size: int
) -> Iterator[list[Document | DocumentError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def analyze_documents(
    items: Iterable[Document | DocumentError],
    settings: Settings = DEFAULT_SETTINGS,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[DocumentResult]:
    """Yield one result per input item, in input order, using `jobs` worker processes; each result holds
    the events a chronology keeps (see `process_document`'s `chronology_only`)."""
    return map_batches(process_batch, items, settings, jobs=jobs, batch_size=batch_size)


def map_batches(
    worker: Callable[[Sequence[Document | DocumentError], Settings], list[T]],
    items: Iterable[Document | DocumentError],
    settings: Settings = DEFAULT_SETTINGS,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[T]:
    """Run `worker` over batches of the items in `jobs` processes; its outputs come back in input order.

    `worker` must be a module-level function (it is pickled to the worker processes).
    """
    if jobs <= 1:
        for batch in _batches(items, batch_size):
            yield from worker(batch, settings)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[T]]] = deque()
        for batch in _batches(items, batch_size):
            pending.append(pool.submit(worker, batch, settings))
            while len(pending) >= jobs * BATCHES_AHEAD:
                yield from _unpickled(pending.popleft())
        while pending:
            yield from _unpickled(pending.popleft())


def _unpickled(future: Future[list[T]]) -> list[T]:
    with paused_gc():  # unpickling a batch builds thousands of objects at once
        return future.result()
