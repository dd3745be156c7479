"""How a reader says that an input could not be read."""

from __future__ import annotations

from chronology.model.analysis import DocumentError, ErrorKind


class FatalInputError(Exception):
    """Nothing that was asked for can be read at all (every path is missing or unopenable)."""


class ReadFailure(Exception):
    """One input (a file, a JSONL line) that cannot become a document; the others still do."""

    def __init__(self, kind: ErrorKind, message: str, document_id: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.document_id = document_id

    def to_error(self, source: str) -> DocumentError:
        return DocumentError(
            source=source, document_id=self.document_id, kind=self.kind, message=self.message
        )


class DocumentReadError(Exception):
    """`read_document` met an input it could not turn into exactly one document."""

    def __init__(self, error: DocumentError) -> None:
        super().__init__(error.message)
        self.error = error
