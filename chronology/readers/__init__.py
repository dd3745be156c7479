"""Reading documents: text, HTML, JSON, JSONL, TimeML, folders and standard input.

`read_inputs` streams: it yields one Document (or one DocumentError) at a time and never holds a
whole JSONL in memory. Every input that cannot be read becomes a DocumentError naming the file (and
line) with a precise kind; the other inputs are still read. Only when no input can be opened at all
does it raise FatalInputError. Format modules (and trafilatura, lxml, charset-normalizer) load on use.
"""

from __future__ import annotations

import os
import stat
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, BinaryIO

from chronology.model.analysis import DocumentError, ErrorKind
from chronology.model.document import Document
from chronology.readers.assemble import IdAllocator, Origin, RawDocument, finish
from chronology.readers.errors import DocumentReadError, FatalInputError, ReadFailure
from chronology.readers.formats import SNIFF_BYTES, InputFormat, format_for_name, sniff_format
from chronology.readers.sources import (
    STDIN,
    STDIN_LABEL,
    path_problem,
    read_up_to,
    rewound,
    stem_of,
    walk_folder,
)
from chronology.settings import DEFAULT_SETTINGS, Settings

__all__ = [
    "DocumentReadError",
    "FatalInputError",
    "list_inputs",
    "read_document",
    "read_inputs",
    "unique_ids",
]

ReadItem = RawDocument | ReadFailure


def read_inputs(
    paths: Sequence[str | os.PathLike[str]],
    settings: Settings = DEFAULT_SETTINGS,
    *,
    glob: str | None = None,
    stdin: BinaryIO | None = None,
    unique: bool = True,
) -> Iterator[Document | DocumentError]:
    """Documents from files, folders (recursively) and '-' (standard input), one at a time.

    Ids are made unique across everything read (later duplicates get -2, -3, ...); with `unique=False`
    each document keeps the id it asks for, for reading split across processes and made unique
    afterwards with `unique_ids`. Raises FatalInputError at once when no path can be opened; a bad
    path among good ones becomes a DocumentError in its place.
    """
    names, problems = _checked_paths(paths)
    return _read_all(names, problems, settings, glob, stdin, IdAllocator() if unique else _KeptIds())


def read_document(path: str | os.PathLike[str], settings: Settings = DEFAULT_SETTINGS) -> Document:
    """The one document in a file; DocumentReadError if it cannot be read or holds several."""
    path = os.fspath(path)
    items = read_inputs([path], settings)
    first = next(items, None)
    if first is None:
        raise DocumentReadError(
            DocumentError(source=path, kind=ErrorKind.EMPTY, message=f"{path}: no document")
        )
    if isinstance(first, DocumentError):
        raise DocumentReadError(first)
    if next(items, None) is not None:
        raise DocumentReadError(
            DocumentError(
                source=path,
                kind=ErrorKind.INVALID,
                message=f"{path}: holds several documents; read it with read_inputs",
            )
        )
    return first


def list_inputs(
    paths: Sequence[str | os.PathLike[str]], *, glob: str | None = None
) -> Iterator[str | DocumentError]:
    """The files (and '-') that read_inputs would read, in its order, and an error for each that cannot be.

    For splitting the reading across processes: read each path with `read_inputs([path], unique=False)`,
    then pass the merged documents through `unique_ids`. Raises FatalInputError like read_inputs.
    """
    names, problems = _checked_paths(paths)
    return _expand(names, problems, glob)


def unique_ids(items: Iterable[Document | DocumentError]) -> Iterator[Document | DocumentError]:
    """Documents read separately (in several processes) made unique again, as read_inputs would."""
    ids = IdAllocator()
    for item in items:
        if isinstance(item, Document):
            chosen, renamed = ids.allocate(item.id)
            if renamed:
                warning = f"id {item.id!r} already used by another document; this one is {chosen!r}"
                item = item.model_copy(update={"id": chosen, "warnings": (*item.warnings, warning)})
        yield item


class _KeptIds(IdAllocator):
    """Every document keeps the id it asks for (they are made unique later, with `unique_ids`)."""

    def allocate(self, preferred: str) -> tuple[str, bool]:
        return preferred, False


def _checked_paths(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[str], list[str | None]]:
    if not paths:
        raise FatalInputError("no input given")
    names = [os.fspath(path) for path in paths]
    problems = [path_problem(name) for name in names]
    if all(problem is not None for problem in problems):
        raise FatalInputError("; ".join(problem for problem in problems if problem))
    return names, problems


def _expand(names: list[str], problems: list[str | None], glob: str | None) -> Iterator[str | DocumentError]:
    stdin_listed = False
    for name, problem in zip(names, problems, strict=True):
        if problem is not None:
            yield DocumentError(source=name, kind=ErrorKind.UNREADABLE, message=problem)
        elif name == STDIN:
            if stdin_listed:
                yield DocumentError(
                    source=STDIN_LABEL,
                    kind=ErrorKind.UNREADABLE,
                    message="standard input given twice; read once",
                )
                continue
            stdin_listed = True
            yield name
        elif os.path.isdir(name):
            yield from _expand_folder(name, glob)
        else:
            yield name


def _expand_folder(top: str, glob: str | None) -> Iterator[str | DocumentError]:
    found = False
    for entry in walk_folder(top, glob):
        found = True
        if entry.problem is not None:
            yield DocumentError(source=entry.path, kind=ErrorKind.UNREADABLE, message=entry.problem)
        else:
            yield entry.path
    if not found:
        matching = f" matching {glob!r}" if glob else ""
        yield DocumentError(source=top, kind=ErrorKind.EMPTY, message=f"{top}: folder has no files{matching}")


def _read_all(
    names: list[str],
    problems: list[str | None],
    settings: Settings,
    glob: str | None,
    stdin: BinaryIO | None,
    ids: IdAllocator,
) -> Iterator[Document | DocumentError]:
    for entry in _expand(names, problems, glob):
        if isinstance(entry, DocumentError):
            yield entry
        elif entry == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, settings, ids)
        else:
            yield from _read_one_file(entry, settings, ids)


def _read_stdin(
    stream: IO[bytes], settings: Settings, ids: IdAllocator
) -> Iterator[Document | DocumentError]:
    origin = Origin(STDIN_LABEL, "stdin")
    yield from _guarded(lambda: _read_stream(stream, origin, None, settings), origin.label, settings, ids)


def _read_one_file(path: str, settings: Settings, ids: IdAllocator) -> Iterator[Document | DocumentError]:
    name = os.path.basename(path.rstrip(os.sep)) or path
    origin = Origin(path, stem_of(name), name)
    yield from _guarded(lambda: _read_file(path, origin, settings), path, settings, ids)


def _guarded(
    read: Callable[[], Iterable[ReadItem]], label: str, settings: Settings, ids: IdAllocator
) -> Iterator[Document | DocumentError]:
    """Finish each item a reader yields; turn a failure into that input's error and move on."""
    try:
        for item in read():
            if isinstance(item, ReadFailure):
                yield item.to_error(label)
                continue
            try:
                yield finish(item, settings, ids)
            except Exception as exc:  # one document's defect must not cost the others
                yield _internal(label, item.id or item.default_id, exc)
    except ReadFailure as failure:
        yield failure.to_error(label)
    except Exception as exc:  # a reader's defect costs this input only
        yield _internal(label, None, exc)


def _internal(label: str, document_id: str | None, exc: BaseException) -> DocumentError:
    detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return DocumentError(
        source=label,
        document_id=document_id,
        kind=ErrorKind.INTERNAL,
        message=f"{label}: internal error while reading: {detail}",
    )


def _read_file(path: str, origin: Origin, settings: Settings) -> Iterator[ReadItem]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done with it
    except OSError as exc:
        reason = (
            "it is a folder" if isinstance(exc, IsADirectoryError) else (exc.strerror or str(exc)).lower()
        )
        raise ReadFailure(
            ErrorKind.UNREADABLE, f"{origin.label}: cannot be opened ({reason})", origin.stem
        ) from None
    with handle:
        status = os.fstat(handle.fileno())
        if stat.S_ISREG(status.st_mode) and status.st_size == 0:
            raise ReadFailure(ErrorKind.EMPTY, f"{origin.label}: empty file", origin.stem)
        size = status.st_size if stat.S_ISREG(status.st_mode) else None
        yield from _read_stream(handle, origin, size, settings)


def _read_stream(
    stream: IO[bytes], origin: Origin, size: int | None, settings: Settings
) -> Iterator[ReadItem]:
    """Read a file or pipe: choose the format (extension, else sniffing), then its reader."""
    limit = settings.max_document_bytes
    fmt = format_for_name(origin.filename) if origin.filename else None
    if fmt is None or fmt is InputFormat.XML:
        head = read_up_to(stream, SNIFF_BYTES)
        if not head:
            raise ReadFailure(ErrorKind.EMPTY, f"{origin.label}: empty input", origin.stem)
        sniffed = sniff_format(head)
        fmt = InputFormat.TIMEML if fmt is InputFormat.XML and sniffed is not InputFormat.HTML else sniffed
        stream = rewound(head, stream)
    if fmt is InputFormat.JSONL:
        from chronology.readers.jsondocs import read_jsonl

        yield from read_jsonl(stream, origin, limit)
        return
    if size is not None and size > limit:
        if fmt is InputFormat.JSON:
            yield from _read_large_json(stream, origin, limit)
            return
        raise ReadFailure(
            ErrorKind.TOO_LARGE, _too_large(origin.label, f"{size:,} bytes", limit), origin.stem
        )
    data = read_up_to(stream, limit + 1)
    if len(data) > limit:
        if fmt is InputFormat.JSON:
            yield from _read_large_json(rewound(data, stream), origin, limit)
            return
        raise ReadFailure(ErrorKind.TOO_LARGE, _too_large(origin.label, "more bytes", limit), origin.stem)
    if not data:
        raise ReadFailure(ErrorKind.EMPTY, f"{origin.label}: empty input", origin.stem)
    yield from _reader(fmt)(data, origin)


def _read_large_json(stream: IO[bytes], origin: Origin, limit: int) -> Iterator[ReadItem]:
    from chronology.readers.jsondocs import read_large_json

    yield from read_large_json(stream, origin, limit)


def _too_large(label: str, what: str, limit: int) -> str:
    return (
        f"{label}: {what} is larger than the {limit:,}-byte limit for one document (max_document_bytes); "
        "not read. Split it, or put many documents in a JSONL file, which is read line by line"
    )


def _reader(fmt: InputFormat) -> Callable[[bytes, Origin], Iterator[ReadItem]]:
    if fmt is InputFormat.HTML:
        from chronology.readers.htmlpage import read_html

        return read_html
    if fmt is InputFormat.JSON:
        from chronology.readers.jsondocs import read_json

        return read_json
    if fmt in (InputFormat.TIMEML, InputFormat.XML):
        from chronology.readers.tml import read_timeml_document

        return read_timeml_document
    from chronology.readers.plaintext import read_plain_text

    return read_plain_text
