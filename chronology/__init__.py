"""chronology: find temporal expressions, anchor them, and build a chronology of events.

The public API is small: the models, `resolve_expressions` for one text, and `build_chronology` for
many documents. Heavy modules load on first use so that `import chronology` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronology._version import __version__

if TYPE_CHECKING:
    from chronology.model.chronology import AnalyzedDocument, Chronology, Correction, DocumentError
    from chronology.model.document import DctSource, Document, DocumentKind
    from chronology.model.event import Event, EventTime, Source, TimeBasis
    from chronology.model.expression import (
        Anchor,
        AnchorKind,
        Granularity,
        Interval,
        TimeExpression,
        TimexType,
    )
    from chronology.pipeline import analyze_document, build_chronology
    from chronology.settings import Settings
    from chronology.timex import resolve_expressions

__all__ = [
    "AnalyzedDocument",
    "Anchor",
    "AnchorKind",
    "Chronology",
    "Correction",
    "DctSource",
    "Document",
    "DocumentError",
    "DocumentKind",
    "Event",
    "EventTime",
    "Granularity",
    "Interval",
    "Settings",
    "Source",
    "TimeBasis",
    "TimeExpression",
    "TimexType",
    "__version__",
    "analyze_document",
    "build_chronology",
    "resolve_expressions",
]

# The models load on first use too: the command line settles its process's settings (see
# `chronology.cli`) before pydantic builds them.
_LAZY = {
    **dict.fromkeys(
        ("AnalyzedDocument", "Chronology", "Correction", "DocumentError"), "chronology.model.chronology"
    ),
    **dict.fromkeys(("DctSource", "Document", "DocumentKind"), "chronology.model.document"),
    **dict.fromkeys(("Event", "EventTime", "Source", "TimeBasis"), "chronology.model.event"),
    **dict.fromkeys(
        ("Anchor", "AnchorKind", "Granularity", "Interval", "TimeExpression", "TimexType"),
        "chronology.model.expression",
    ),
    "Settings": "chronology.settings",
    "resolve_expressions": "chronology.timex",
    "analyze_document": "chronology.pipeline",
    "build_chronology": "chronology.pipeline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'chronology' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
