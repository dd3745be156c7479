"""Events: the happenings that a document's time expressions date, and every other event mention.

`extract_events` returns each event mention of one analyzed document with its time and the reason
for it; the chronology keeps the dated ones and the main-clause predicates (`mention_only` is False),
the tagger shows them all.
"""

from __future__ import annotations

from chronology.events.extract import extract_events

__all__ = ["extract_events"]
