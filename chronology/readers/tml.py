"""TimeML files (`.tml`) as documents: the `<TEXT>` content, the `<DCT>` as metadata, the DOCID as id.

Parsing (safely: no entities, no DTDs, bounded nesting) is `chronology.readers.timeml`; this module only
turns its result, or its refusal, into what every reader hands over.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from chronology.model.analysis import ErrorKind
from chronology.readers.assemble import Origin, RawDocument
from chronology.readers.dct import DateCandidate
from chronology.readers.errors import ReadFailure
from chronology.readers.timeml import TimeMLError, parse_timeml

DCT_DETAIL = "TimeML <DCT>"


def read_timeml_document(data: bytes, origin: Origin) -> Iterator[RawDocument]:
    try:
        parsed = parse_timeml(data, origin.label)
    except TimeMLError as exc:
        kind = ErrorKind.INVALID if "no <TEXT> element" in str(exc) else ErrorKind.MALFORMED
        raise ReadFailure(kind, str(exc), origin.stem) from None
    dates: list[DateCandidate] = []
    if parsed.dct_value:
        dates.append(DateCandidate(parsed.dct_value, DCT_DETAIL))
    if parsed.dct is not None:
        dates.append(DateCandidate(parsed.dct, DCT_DETAIL))
    yield RawDocument(
        text=parsed.text,
        default_id=origin.stem,
        source=origin.label,
        # parse_timeml falls back to the label's stem without a DOCID; only a real DOCID is an explicit id.
        id=parsed.id if parsed.id != PurePath(origin.label).stem else None,
        dates=dates,
        filename=origin.filename,
    )
