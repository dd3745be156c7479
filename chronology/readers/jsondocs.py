"""JSON and JSONL documents: objects with `text` and optional `id`, `title`, `url`, `published`/`dct`, `source`.

A JSON file holds one document object, a list of them, or {"documents": [...]}. A JSONL file holds one
object per line and is read line by line, never whole, so its size is unbounded; each line must fit in
`max_document_bytes`. A broken line is reported with its number and the other lines are still read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Generator, Iterator
from typing import IO, Any

from chronology.model.analysis import ErrorKind
from chronology.model.document import DocumentKind
from chronology.readers.assemble import Origin, RawDocument
from chronology.readers.dct import DateCandidate
from chronology.readers.decoding import decode_bytes
from chronology.readers.errors import ReadFailure
from chronology.readers.sources import rewound

#: Fields that may hold the creation time, in the order they are trusted.
DATE_FIELDS: tuple[str, ...] = (
    "published",
    "dct",
    "datePublished",
    "date_published",
    "published_at",
    "publication_date",
    "pubdate",
    "date",
)
_PUBLISHER_FIELDS = ("publisher", "source")
_LANGUAGE_FIELDS = ("language", "lang")

ReadItem = RawDocument | ReadFailure


def read_json(data: bytes, origin: Origin) -> Iterator[ReadItem]:
    """One JSON file: a document object, a list of them, or {"documents": [...]}."""
    decoded = decode_bytes(data, origin.label)
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _first_line_is_object(decoded.text):
            # Several objects, one per line: JSONL under a .json name.
            yield from _read_lines(
                decoded.text.encode("utf-8").splitlines(keepends=True), origin, len(data) + 1
            )
            return
        raise ReadFailure(
            ErrorKind.MALFORMED,
            f"{origin.label}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            origin.stem,
        ) from None
    except RecursionError:
        raise ReadFailure(
            ErrorKind.MALFORMED, f"{origin.label}: JSON nested too deeply", origin.stem
        ) from None
    except ValueError as exc:
        raise ReadFailure(ErrorKind.MALFORMED, f"{origin.label}: invalid JSON: {exc}", origin.stem) from None
    warnings = list(decoded.warnings)
    if isinstance(value, dict) and "text" not in value and isinstance(value.get("documents"), list):
        value = value["documents"]
    if isinstance(value, dict):
        raw = _document(value, origin.stem, origin.label, origin.label, filename=origin.filename)
        raw.warnings[:0] = warnings
        yield raw
        return
    if not isinstance(value, list):
        raise ReadFailure(
            ErrorKind.INVALID,
            f"{origin.label}: expected a document object or a list of them, found a JSON {_json_type(value)}",
            origin.stem,
        )
    if not value:
        raise ReadFailure(ErrorKind.EMPTY, f"{origin.label}: an empty list, no documents", origin.stem)
    for index, item in enumerate(value, start=1):
        default_id = f"{origin.stem}#{index}"
        where = f"{origin.label} item {index}"
        if not isinstance(item, dict):
            yield ReadFailure(
                ErrorKind.INVALID,
                f"{where}: expected a document object, found a JSON {_json_type(item)}",
                default_id,
            )
            continue
        try:
            raw = _document(item, default_id, f"{origin.label}#{index}", where, filename=None)
        except ReadFailure as failure:
            yield failure
            continue
        raw.warnings[:0] = warnings
        yield raw


def read_jsonl(stream: IO[bytes], origin: Origin, max_line_bytes: int) -> Iterator[ReadItem]:
    """A JSONL stream, one document per line, read line by line."""
    yield from _read_lines(_bounded_lines(stream, max_line_bytes), origin, max_line_bytes)


def read_large_json(stream: IO[bytes], origin: Origin, max_document_bytes: int) -> Iterator[ReadItem]:
    """A JSON file too large to load: a list of documents is read item by item; one huge object is refused."""
    items = _JsonArrayItems(stream, origin, max_document_bytes)
    first = items.first_character()
    if first == "[":
        yield from items
        return
    if first == "{":
        head = items.buffer
        first_line, newline, rest = head.partition("\n")
        if newline and rest.strip() and _first_line_is_object(first_line):
            yield from _read_lines(
                _bounded_lines(rewound(head.encode("utf-8"), stream), max_document_bytes),
                origin,
                max_document_bytes,
            )
            return
    raise ReadFailure(
        ErrorKind.TOO_LARGE,
        f"{origin.label}: one JSON value larger than the {max_document_bytes:,}-byte limit for one document "
        "(max_document_bytes); not read. A list of documents, or JSONL, is read item by item",
        origin.stem,
    )


class _JsonArrayItems:
    """The items of a top-level JSON array, decoded one at a time from a stream of any length."""

    CHUNK = 1 << 20

    def __init__(self, stream: IO[bytes], origin: Origin, limit: int) -> None:
        self._stream = stream
        self._origin = origin
        self._limit = limit
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._parser = json.JSONDecoder()
        self.buffer = ""
        self._position = 0
        self._eof = False

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = self._stream.read(self.CHUNK)
        try:
            self.buffer += self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise ReadFailure(
                ErrorKind.UNREADABLE,
                f"{self._origin.label}: a large JSON file must be UTF-8",
                self._origin.stem,
            ) from None
        self._eof = not chunk
        return True

    def _skip_space(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            while self._position < len(self.buffer) and self.buffer[self._position] in " \t\r\n":
                self._position += 1
            if self._position < len(self.buffer):
                return self.buffer[self._position]
            if not self._fill():
                return ""

    def first_character(self) -> str:
        return self._skip_space()

    def __iter__(self) -> Iterator[ReadItem]:
        self._position += 1  # the opening bracket
        index = 0
        while True:
            following = self._skip_space()
            if following == "]":
                if index == 0:
                    yield ReadFailure(ErrorKind.EMPTY, f"{self._origin.label}: an empty list, no documents")
                return
            if index > 0:
                if following != ",":
                    yield self._broken(index + 1, "expected ',' or ']' between items")
                    return
                self._position += 1
                self._skip_space()
            index += 1
            value = yield from self._next_value(index)
            if value is _STOP:
                return
            if value is _SKIP:
                continue
            default_id = f"{self._origin.stem}#{index}"
            where = f"{self._origin.label} item {index}"
            if not isinstance(value, dict):
                yield ReadFailure(
                    ErrorKind.INVALID,
                    f"{where}: expected a document object, found a JSON {_json_type(value)}",
                    default_id,
                )
                continue
            try:
                yield _document(value, default_id, f"{self._origin.label}#{index}", where, filename=None)
            except ReadFailure as failure:
                yield failure

    def _next_value(self, index: int) -> Generator[ReadItem, None, object]:
        """Decode the item at the cursor, reading more of the stream while it is incomplete."""
        if self._position > self.CHUNK:
            # Drop what was consumed, now and then, so that the buffer stays about one chunk long.
            self.buffer = self.buffer[self._position :]
            self._position = 0
        start = self._position
        window = len(self.buffer) - start
        while True:
            try:
                value, end = self._parser.raw_decode(self.buffer, start)
            except json.JSONDecodeError as exc:
                # Only an error at the very end of what was read can be cured by reading more.
                at_the_end = exc.msg.startswith("Unterminated string") or len(self.buffer) - exc.pos < 32
                if not at_the_end:
                    yield self._broken(index, f"invalid JSON: {exc.msg}")
                    return _STOP
                if len(self.buffer) - start > self._limit:
                    yield ReadFailure(
                        ErrorKind.TOO_LARGE,
                        f"{self._origin.label} item {index}: larger than the {self._limit:,}-byte limit for one "
                        "document (max_document_bytes); the rest of the file is not read",
                        f"{self._origin.stem}#{index}",
                    )
                    return _STOP
                # Incomplete or broken: only more text can tell. Grow the window geometrically so that
                # re-decoding a long item stays linear overall.
                window = max(window * 2, self.CHUNK)
                grew = False
                while len(self.buffer) - start < window and self._fill():
                    grew = True
                if not grew:
                    yield self._broken(index, "the file ends inside this item (truncated?)")
                    return _STOP
                continue
            except RecursionError:
                yield self._broken(index, "JSON nested too deeply")
                return _STOP
            self._position = end
            if end - start > self._limit:
                # Decoded already, but refused like any other document over the limit; the next item
                # starts right after it.
                yield ReadFailure(
                    ErrorKind.TOO_LARGE,
                    f"{self._origin.label} item {index}: larger than the {self._limit:,}-byte limit for one "
                    "document (max_document_bytes); skipped",
                    f"{self._origin.stem}#{index}",
                )
                return _SKIP
            return value

    def _broken(self, index: int, reason: str) -> ReadFailure:
        return ReadFailure(
            ErrorKind.MALFORMED,
            f"{self._origin.label} item {index}: {reason}; the rest of the file is not read",
            f"{self._origin.stem}#{index}",
        )


_STOP = object()
_SKIP = object()


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The stream's lines; None stands for a line longer than `limit`, which is skipped unread."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _read_lines(lines: Any, origin: Origin, limit: int) -> Iterator[ReadItem]:
    seen = False
    for number, line in enumerate(lines, start=1):
        seen = seen or line is None or bool(line.strip())
        default_id = f"{origin.stem}#{number}"
        where = f"{origin.label} line {number}"
        if line is None:
            yield ReadFailure(
                ErrorKind.TOO_LARGE,
                f"{where}: longer than the {limit:,}-byte limit for one document (max_document_bytes); skipped",
                default_id,
            )
            continue
        if not line.strip():
            continue
        try:
            yield _line_document(line, default_id, f"{origin.label}#{number}", where)
        except ReadFailure as failure:
            yield failure
    if not seen:
        yield ReadFailure(ErrorKind.EMPTY, f"{origin.label}: no documents (only blank lines)", origin.stem)


def _line_document(line: bytes, default_id: str, source: str, where: str) -> RawDocument:
    warnings: list[str] = []
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        decoded = decode_bytes(line, where)
        text = decoded.text
        warnings.extend(decoded.warnings)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadFailure(
            ErrorKind.MALFORMED, f"{where}: invalid JSON at column {exc.colno}: {exc.msg}", default_id
        ) from None
    except RecursionError:
        raise ReadFailure(ErrorKind.MALFORMED, f"{where}: JSON nested too deeply", default_id) from None
    except ValueError as exc:
        raise ReadFailure(ErrorKind.MALFORMED, f"{where}: invalid JSON: {exc}", default_id) from None
    if not isinstance(value, dict):
        raise ReadFailure(
            ErrorKind.INVALID,
            f"{where}: expected a document object, found a JSON {_json_type(value)}",
            default_id,
        )
    raw = _document(value, default_id, source, where, filename=None)
    raw.warnings[:0] = warnings
    return raw


def _document(
    value: dict[str, Any], default_id: str, source: str, where: str, *, filename: str | None
) -> RawDocument:
    explicit_id = _scalar_text(value.get("id"))
    document_id = explicit_id or default_id
    text = value.get("text")
    if not isinstance(text, str):
        if "text" in value:
            found = f"a JSON {_json_type(text)}"
            raise ReadFailure(
                ErrorKind.INVALID, f'{where}: "text" must be a string, found {found}', document_id
            )
        keys = ", ".join(sorted(str(key) for key in value)[:8]) or "none"
        raise ReadFailure(ErrorKind.INVALID, f'{where}: no "text" field (fields: {keys})', document_id)
    warnings: list[str] = []
    raw = RawDocument(
        text=text,
        default_id=default_id,
        source=source,
        id=explicit_id,
        title=_optional_text(value, "title", warnings),
        url=_optional_text(value, "url", warnings),
        filename=filename,
        warnings=warnings,
    )
    raw.publisher = _first_text(value, _PUBLISHER_FIELDS, warnings)
    raw.language = _first_text(value, _LANGUAGE_FIELDS, warnings)
    kind = _optional_text(value, "kind", warnings)
    if kind is not None:
        try:
            raw.kind = DocumentKind(kind.lower())
        except ValueError:
            warnings.append(
                f'"kind" {kind!r} ignored: expected one of {", ".join(k.value for k in DocumentKind)}'
            )
    for key in DATE_FIELDS:
        if key in value and value[key] is not None:
            stated = _scalar_text(value[key])
            if stated is None:
                warnings.append(f'JSON "{key}" ignored: a JSON {_json_type(value[key])} is not a date')
            else:
                raw.dates.append(DateCandidate(stated, f'JSON "{key}"'))
    return raw


def _optional_text(value: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    found = value.get(key)
    if found is None:
        return None
    if isinstance(found, str):
        return found or None
    warnings.append(f'"{key}" ignored: expected a string, found a JSON {_json_type(found)}')
    return None


def _first_text(value: dict[str, Any], keys: tuple[str, ...], warnings: list[str]) -> str | None:
    for key in keys:
        found = _optional_text(value, key, warnings)
        if found is not None:
            return found
    return None


def _scalar_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _first_line_is_object(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
