"""The same per-document pipeline on a Dask cluster (the optional extra `chronology[dask]`).

Workers read, analyze and extract events for their share of the inputs. The cross-document merge is then
shuffled by time bucket (`chronology.engine.buckets`: the year an event's time starts in): each worker
merges and orders the events of its own buckets, exactly as one process does bucket by bucket, and the
client concatenates the ordered buckets. No worker holds every event; the client holds the chronology it
returns.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from chronology.model.chronology import Chronology, DocumentError, DocumentResult
from chronology.model.event import Event
from chronology.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    import dask.bag

#: JSONL files are split into units of about this many bytes, at line boundaries.
JSONL_UNIT_BYTES = 8 * 2**20


def _read_and_process(path: str | DocumentError, settings: Settings) -> list[DocumentResult]:
    """One partition: a file read and analyzed on a worker (a path that cannot be read stays its error)."""
    from chronology.parallel import process_batch
    from chronology.readers import read_inputs

    items = [path] if isinstance(path, DocumentError) else list(read_inputs([path], settings))
    return process_batch(items, settings)


def _time_bucket(event: Event) -> int:
    from chronology.engine.buckets import time_bucket

    return time_bucket(event)


def _merge_and_order_bucket(group: tuple[int, list[Event]]) -> tuple[int, tuple[Event, ...]]:
    from chronology.engine.buckets import merge_bucket
    from chronology.engine.ordering import order_events

    return group[0], order_events(merge_bucket(group[1]))


def results_bag(inputs: Sequence[str], settings: Settings, glob: str | None = None) -> dask.bag.Bag:
    """A bag of DocumentResult, one partition per input file.

    Folders are expanded on the client, by the same walk `read_inputs` does, so every worker gets a file.
    """
    import dask.bag as db

    from chronology.readers import list_inputs

    paths = list(list_inputs(inputs, glob=glob))
    return db.from_sequence(paths, npartitions=len(paths)).map(_read_and_process, settings).flatten()


def build_chronology_dask(
    inputs: Sequence[str] | dask.bag.Bag,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    scheduler: str | None = None,
    glob: str | None = None,
) -> Chronology:
    """Build a chronology on Dask from paths (or a bag of Documents), identical to `build_chronology`."""
    import dask
    import dask.bag as db

    from chronology.engine import assemble
    from chronology.parallel import process_batch

    if isinstance(inputs, db.Bag):
        results = inputs.map_partitions(lambda part: process_batch(list(part), settings))
    else:
        results = results_bag(inputs, settings, glob)

    client = None
    if scheduler:
        from distributed import Client

        client = Client(scheduler)
    try:
        with dask.config.set(scheduler=client or "processes", num_workers=os.cpu_count()):
            events = results.map(_result_events).flatten()
            buckets = events.groupby(_time_bucket).map(_merge_and_order_bucket)
            # Documents and errors without their events: the client keeps what the chronology lists.
            shells = results.map(_without_events)
            bucket_list, shell_list = dask.compute(buckets, shells)
    finally:
        if client is not None:
            client.close()
    # Buckets are disjoint year ranges (undated last), so ordered buckets concatenate into the global order.
    ordered = [event for _, bucket in sorted(bucket_list, key=lambda item: item[0]) for event in bucket]
    chronology = assemble(list(shell_list), settings=settings, created=datetime.now(UTC))
    return chronology.model_copy(update={"events": tuple(ordered)})


def _result_events(result: DocumentResult) -> list[Event]:
    from chronology.engine import prepare_events

    return prepare_events([result])


def _without_events(result: DocumentResult) -> DocumentResult:
    return result.model_copy(update={"events": ()})
