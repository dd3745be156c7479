"""Plain text: the whole input is the document; its encoding is detected."""

from __future__ import annotations

from collections.abc import Iterator

from chronology.readers.assemble import Origin, RawDocument
from chronology.readers.decoding import decode_bytes


def read_plain_text(data: bytes, origin: Origin) -> Iterator[RawDocument]:
    decoded = decode_bytes(data, origin.label)
    yield RawDocument(
        text=decoded.text,
        default_id=origin.stem,
        source=origin.label,
        filename=origin.filename,
        warnings=list(decoded.warnings),
    )
