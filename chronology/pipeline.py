"""The one-way flow: Document -> time expressions -> events -> Chronology.

`process_document` is a pure function of one document (picklable in and out) so that it runs the
same in this process, in a process pool, or on a Dask worker; a defect on one document becomes a
`DocumentError` for that document and never costs the others their results.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from chronology.model.analysis import AnalyzedDocument
from chronology.model.document import Document
from chronology.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:  # the chronology's models load with the events (`process_document`): tagging needs neither
    from chronology.model.chronology import Chronology, Correction, DocumentError, DocumentResult
    from chronology.timex import TextAnalysis


def effective_document(document: Document, settings: Settings) -> Document:
    """Apply the settings that override what a document says about itself (--dct)."""
    if settings.dct is not None:
        from chronology.model.document import DctSource  # an import costs a little even when done

        return document.model_copy(
            update={
                "published": settings.dct,
                "published_source": DctSource.USER,
                "published_detail": "--dct",
            }
        )
    return document


def analyze_text_of(
    document: Document, settings: Settings = DEFAULT_SETTINGS
) -> tuple[Document, TextAnalysis]:
    """The document as the settings leave it (see `effective_document`) and its text's analysis.

    What `analyze_document` wraps in the public model; `chronology tag`, which writes the expressions
    out at once, takes it as it is rather than have pydantic build and validate the analysis model.
    """
    from chronology.timex import analyze_text

    document = effective_document(document, settings)
    analysis = analyze_text(
        document.text,
        dct=document.published,
        kind=document.kind or settings.document_kind,
        settings=settings,
    )
    return document, analysis


def analyze_document(document: Document, settings: Settings = DEFAULT_SETTINGS) -> AnalyzedDocument:
    """Find and anchor every time expression of one document."""
    document, analysis = analyze_text_of(document, settings)
    return AnalyzedDocument(
        document=document,
        kind=analysis.kind,
        expressions=tuple(analysis.expressions),
        warnings=tuple(analysis.warnings),
    )


def process_document(
    document: Document, settings: Settings = DEFAULT_SETTINGS, *, chronology_only: bool = False
) -> DocumentResult:
    """Analyze one document and extract its events; a failure becomes that document's error.

    With `chronology_only` the events are those a chronology keeps: event mentions that are neither
    dated nor main-clause predicates (`Event.mention_only`) are left out.
    """
    from chronology.events import extract_events
    from chronology.model.chronology import DocumentError, DocumentResult, ErrorKind

    try:
        analyzed = analyze_document(document, settings)
        events = tuple(extract_events(analyzed, mentions_only_too=not chronology_only))
    except Exception as exc:  # one document's defect must not lose the others' results
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return DocumentResult(
            error=DocumentError(
                source=document.source or document.id,
                document_id=document.id,
                kind=ErrorKind.INTERNAL,
                message=f"internal error while analyzing: {detail}",
            )
        )
    return DocumentResult(analyzed=analyzed, events=events)


def build_chronology(
    inputs: Iterable[Document | DocumentError],
    settings: Settings = DEFAULT_SETTINGS,
    corrections: Iterable[Correction] = (),
    jobs: int = 1,
) -> Chronology:
    """Build one chronology from documents (and the read errors met while reading them).

    With `jobs` > 1 documents are analyzed in that many worker processes; the result is the same.
    """
    from chronology.engine import assemble
    from chronology.parallel import analyze_documents

    results = list(analyze_documents(inputs, settings, jobs=jobs))
    return assemble(results, settings=settings, corrections=tuple(corrections), created=datetime.now(UTC))
