"""A document as the pipeline receives it: its text and when it was written."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class DctSource(StrEnum):
    """Where a document's creation time (DCT) came from, best first."""

    USER = "user"  # --dct given on the command line or in the API
    METADATA = "metadata"  # the document's own metadata (JSON field, HTML meta, TimeML <DCT>)
    DATELINE = "dateline"  # a dateline in the text ("WASHINGTON, Feb. 3 (Reuters) -")
    FILENAME = "filename"  # a date in the file name
    NONE = "none"  # no DCT: deictic expressions stay underspecified


class DocumentKind(StrEnum):
    """How relative expressions are anchored: news to the DCT, narrative to the text's reference time."""

    NEWS = "news"
    NARRATIVE = "narrative"
    COLLOQUIAL = "colloquial"


class Document(BaseModel):
    """One input text with its publication date (the document creation time, DCT)."""

    # built on first validation: the readers construct documents from fields they have already checked
    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str
    title: str | None = None
    source: str | None = Field(default=None, description="Where it was read from: a path, '-', or a label.")
    publisher: str | None = Field(default=None, description="Who published it: 'Northern Wire', 'AP'.")
    url: str | None = None
    published: date | None = Field(default=None, description="The document creation time (DCT), if known.")
    published_source: DctSource = DctSource.NONE
    published_detail: str | None = Field(
        default=None, description="What the DCT was read from, e.g. 'meta article:published_time'."
    )
    language: str = "en"
    kind: DocumentKind | None = Field(default=None, description="News or narrative; None means detect it.")
    text: str
    warnings: tuple[str, ...] = Field(
        default=(),
        description="What the reader noticed but could read past: a replaced encoding, a rejected DCT.",
    )
