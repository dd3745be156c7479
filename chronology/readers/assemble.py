"""What every reader hands over (a RawDocument), and how it becomes a Document: text, id, DCT, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from chronology.model.analysis import DocumentError, ErrorKind
from chronology.model.document import DctSource, Document, DocumentKind
from chronology.readers.dct import DateCandidate, choose_dct
from chronology.readers.decoding import clean_field, normalize_text
from chronology.settings import Settings
from chronology.timex.construct import build


@dataclass(frozen=True)
class Origin:
    """Where an input came from: the label users see, the default id, the file name for a DCT."""

    label: str
    stem: str
    filename: str | None = None


@dataclass
class RawDocument:
    """A document as a reader found it, before its id and creation time are settled."""

    text: str
    default_id: str
    source: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    kind: DocumentKind | None = None
    dates: list[DateCandidate] = field(default_factory=list)
    #: The file name whose date may serve as the DCT; None when the file holds many documents.
    filename: str | None = None
    warnings: list[str] = field(default_factory=list)


class IdAllocator:
    """Unique, stable document ids: the first keeps its id, later duplicates get -2, -3, ..."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def allocate(self, preferred: str) -> tuple[str, bool]:
        """The id to use, and whether it had to change."""
        if preferred not in self._used:
            self._used.add(preferred)
            return preferred, False
        number = 2
        while f"{preferred}-{number}" in self._used:
            number += 1
        chosen = f"{preferred}-{number}"
        self._used.add(chosen)
        return chosen, True


def finish(raw: RawDocument, settings: Settings, ids: IdAllocator) -> Document | DocumentError:
    """Normalize the text, settle the id and the DCT, and build the Document (or say why not)."""
    wanted_id = clean_field(raw.id) if raw.id and raw.id.strip() else raw.default_id
    text, text_warnings = normalize_text(raw.text)
    if not text.strip():
        what = "no text" if not text else "only whitespace"
        return DocumentError(
            source=raw.source, document_id=wanted_id, kind=ErrorKind.EMPTY, message=f"{raw.source}: {what}"
        )
    document_id, renamed = ids.allocate(wanted_id)
    warnings = [*raw.warnings, *text_warnings]
    if renamed:
        warnings.append(f"id {wanted_id!r} already used by another document; this one is {document_id!r}")
    chosen = choose_dct(settings, text=text, metadata=raw.dates, url=raw.url, filename=raw.filename)
    warnings.extend(chosen.warnings)
    # Every field is settled above with its declared type: pydantic's validation would only repeat it
    # (and have `chronology tag`, which validates no model, build Document's validator), and its
    # `model_construct` is slower than validating. `build` wants every field: a new one is added here too.
    return build(
        Document,
        {
            "id": document_id,
            "title": clean_field(raw.title) if raw.title and raw.title.strip() else None,
            "source": raw.source,
            "publisher": raw.publisher or chosen.agency,
            "url": raw.url,
            "published": chosen.published,
            "published_source": chosen.source if chosen.published is not None else DctSource.NONE,
            "published_detail": chosen.detail,
            "language": raw.language or settings.language,
            "kind": raw.kind,
            "text": text,
            "warnings": tuple(warnings),
        },
    )
