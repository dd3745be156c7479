"""One document's analysis and the errors met reading or analyzing documents.

Part of `chronology.model.chronology` (which re-exports every name here), kept apart so that a command
that only tags documents (`chronology tag`) does not build the chronology's and the events' models.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from chronology.model.document import Document
from chronology.model.expression import TimeExpression

# pydantic builds each model's validator on first use (`defer_build`): a command validates few of
# them, and building the rest only slowed its start-up.


class ErrorKind(StrEnum):
    UNREADABLE = "unreadable"  # could not be opened or decoded
    MALFORMED = "malformed"  # broken JSON, XML or HTML
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    INVALID = "invalid"  # readable, but its content or metadata is impossible
    INTERNAL = "internal"  # a defect of ours; the other documents still build


class DocumentError(BaseModel):
    """A document that could not be (fully) processed; listed, never silently dropped."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    source: str = Field(description="The path or label of the input.")
    document_id: str | None = None
    kind: ErrorKind
    message: str


class AnalyzedDocument(BaseModel):
    """A document with the time expressions found in it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    document: Document
    kind: str = Field(description="The document kind used for anchoring (news, narrative, colloquial).")
    expressions: tuple[TimeExpression, ...] = ()
    warnings: tuple[str, ...] = ()
