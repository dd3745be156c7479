"""Every setting of a build and its default, in one place."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from chronology.model.document import DocumentKind


class Settings(BaseModel):
    """How documents are read and how their expressions are anchored."""

    # built on first validation: the defaults and `chronology tag`'s parsed options need none
    model_config = ConfigDict(frozen=True, defer_build=True)

    dct: date | None = Field(default=None, description="Overrides every document's creation time.")
    document_kind: DocumentKind | None = Field(
        default=None, description="Anchor as news or narrative; None detects it per document."
    )
    day_first: bool = Field(default=False, description="Read 2/3/2022 as 2 March rather than February 3.")
    language: str = "en"
    max_document_bytes: int = Field(
        default=50_000_000, description="Larger inputs are refused with a clear error rather than read."
    )
    merge_memory_mb: int = Field(
        default=600,
        ge=1,
        description="Memory the cross-document merge of a large build may fill with time buckets at once.",
    )


# the defaults as declared, which need no validation (nor pydantic's building of a validator at import)
DEFAULT_SETTINGS = Settings.model_construct()
