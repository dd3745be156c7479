"""Our own JSON: the whole chronology, versioned (`format_version`), read back into an identical one.

It is written as a stream of pieces, one document, event or error per line, so that a chronology of a
whole archive is never held as one string, and so that a build can write documents and events straight
from its spool files (`chronology.spool`) in the very same format.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from chronology.model.chronology import Chronology

#: The top-level fields holding one item per line, in the order the model declares them.
LIST_FIELDS = ("documents", "events", "errors", "corrections")


def _items(name: str, items: Iterable[BaseModel | str]) -> Iterator[str]:
    yield f'"{name}":['
    first = True
    for item in items:
        text = item if isinstance(item, str) else item.model_dump_json()
        yield ("\n" if first else ",\n") + text
        first = False
    yield "]" if first else "\n]"


def iter_json_parts(header: Chronology, lists: dict[str, Iterable[BaseModel | str]]) -> Iterator[str]:
    """The chronology's JSON in pieces: the scalar fields of `header`, then each list from `lists`.

    An item may be given already serialized (a line of a spool file) to avoid a parse and re-dump.
    """
    scalars: dict[str, Any] = header.model_dump(mode="json", exclude=set(LIST_FIELDS))
    yield "{"
    for name, value in scalars.items():
        yield f"{json.dumps(name)}:{json.dumps(value, ensure_ascii=False, separators=(',', ':'))},\n"
    for index, name in enumerate(LIST_FIELDS):
        yield from _items(name, lists.get(name, ()))
        yield ",\n" if index < len(LIST_FIELDS) - 1 else "}\n"


def iter_json(chronology: Chronology) -> Iterator[str]:
    """The chronology as stored: built events, corrections kept apart, errors listed."""
    return iter_json_parts(chronology, {name: getattr(chronology, name) for name in LIST_FIELDS})


def render_json(chronology: Chronology) -> str:
    return "".join(iter_json(chronology))


def read_chronology(data: str | bytes) -> Chronology:
    """A chronology from our JSON; raises pydantic's ValidationError when it is not one."""
    return Chronology.model_validate_json(data)


def write_json(chronology: Chronology, output: str | None) -> None:
    """Write the chronology to a file atomically, or to standard output when `output` is None or '-'."""
    from chronology.fileio import write_output

    write_output(output or "-", iter_json(chronology))
