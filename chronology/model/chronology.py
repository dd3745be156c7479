"""The chronology: documents, their expressions, and events in order."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from chronology.model.document import Document
from chronology.model.event import Event
from chronology.model.expression import TimeExpression
from chronology.settings import Settings

FORMAT_VERSION: Literal["1.0"] = "1.0"


class ErrorKind(StrEnum):
    UNREADABLE = "unreadable"  # could not be opened or decoded
    MALFORMED = "malformed"  # broken JSON, XML or HTML
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    INVALID = "invalid"  # readable, but its content or metadata is impossible
    INTERNAL = "internal"  # a defect of ours; the other documents still build


class DocumentError(BaseModel):
    """A document that could not be (fully) processed; listed, never silently dropped."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(description="The path or label of the input.")
    document_id: str | None = None
    kind: ErrorKind
    message: str


class AnalyzedDocument(BaseModel):
    """A document with the time expressions found in it."""

    model_config = ConfigDict(frozen=True)

    document: Document
    kind: str = Field(description="The document kind used for anchoring (news, narrative, colloquial).")
    expressions: tuple[TimeExpression, ...] = ()
    warnings: tuple[str, ...] = ()


class DocumentResult(BaseModel):
    """What one document yields: its analysis and events, or the error that stopped it."""

    model_config = ConfigDict(frozen=True)

    analyzed: AnalyzedDocument | None = None
    events: tuple[Event, ...] = ()
    error: DocumentError | None = None


class CorrectionKind(StrEnum):
    DATE = "date"
    HEADLINE = "headline"
    HIDE = "hide"
    MERGE = "merge"
    SPLIT = "split"


class Correction(BaseModel):
    """A person's change to the chronology. Applied on top of the built events, never replacing them."""

    model_config = ConfigDict(frozen=True)

    kind: CorrectionKind
    event_id: str = Field(description="Stable id of the event corrected (survives a rebuild).")
    other_event_ids: tuple[str, ...] = Field(default=(), description="For merges: the events merged in.")
    value: str | None = Field(default=None, description="New TIMEX3 value or headline.")
    note: str | None = None
    created: datetime


class Chronology(BaseModel):
    """Events from many documents in one order, with what could not be read."""

    model_config = ConfigDict(frozen=True)

    format_version: Literal["1.0"] = FORMAT_VERSION
    generator: str = "chronology"
    created: datetime | None = None
    settings: Settings = Field(default_factory=Settings)
    documents: tuple[AnalyzedDocument, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[DocumentError, ...] = ()
    corrections: tuple[Correction, ...] = ()
