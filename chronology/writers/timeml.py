"""TimeML (TempEval-3 `.tml` style), one file per document: inline TIMEX3 and EVENT tags.

The document text is escaped (& < >), so the output always parses as XML. Tags never overlap: an
expression or event that would cross an earlier tag is left out. Each event gets a MAKEINSTANCE, and
each event dated by an expression a TLINK (IS_INCLUDED) to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from chronology.model.chronology import AnalyzedDocument, Chronology
from chronology.model.event import Event, TimeBasis
from chronology.model.expression import TimeExpression
from chronology.writers.common import ExportOptions, export_events

# Characters XML 1.0 does not allow at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def _timex_attributes(tid: str, expression: TimeExpression) -> str:
    parts = [f"tid={_attr(tid)}", f"type={_attr(expression.type.value)}", f"value={_attr(expression.value)}"]
    for name in ("mod", "quant", "freq"):
        value = getattr(expression, name)
        if value:
            parts.append(f"{name}={_attr(value)}")
    return " ".join(parts)


def timeml_document(analyzed: AnalyzedDocument, events: Sequence[Event]) -> str:
    """One document in TimeML, with its expressions and the given events' triggers tagged."""
    document = analyzed.document
    text = document.text
    spans: list[tuple[int, int, str, str]] = []  # start, end, opening tag, closing tag
    tids: dict[tuple[int, int], str] = {}
    for number, expression in enumerate(
        sorted(analyzed.expressions, key=lambda e: (e.start, -e.end)), start=1
    ):
        tid = f"t{number}"
        tids[(expression.start, expression.end)] = tid
        spans.append(
            (expression.start, expression.end, f"<TIMEX3 {_timex_attributes(tid, expression)}>", "</TIMEX3>")
        )
    eids: dict[str, str] = {}
    for number, event in enumerate(sorted(events, key=lambda e: e.trigger_start), start=1):
        eid = f"e{number}"
        eids[event.id] = eid
        event_class = event.event_class or "OCCURRENCE"
        spans.append(
            (
                event.trigger_start,
                event.trigger_end,
                f"<EVENT eid={_attr(eid)} class={_attr(event_class)}>",
                "</EVENT>",
            )
        )
    spans.sort(key=lambda s: (s[0], -s[1]))
    body: list[str] = []
    position = 0
    kept: set[tuple[int, int]] = set()
    for start, end, opening, closing in spans:
        if start < position or end > len(text) or start >= end:
            continue  # overlaps a tag already written
        body.append(_xml_text(text[position:start]))
        body.append(opening + _xml_text(text[start:end]) + closing)
        kept.add((start, end))
        position = end
    body.append(_xml_text(text[position:]))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{_xml_text(document.id)}</DOCID>"]
    if document.published is not None:
        value = document.published.isoformat()
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={_attr(value)} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>'
        )
    if document.title:
        lines.append(f"<TITLE>{_xml_text(document.title)}</TITLE>")
    lines.append("<TEXT>" + "".join(body) + "</TEXT>")
    link = 0
    for event in sorted(events, key=lambda e: e.trigger_start):
        if (event.trigger_start, event.trigger_end) not in kept:
            continue
        eid = eids[event.id]
        lines.append(
            f'<MAKEINSTANCE eventID="{eid}" eiid="ei{eid[1:]}" tense="NONE" aspect="NONE" polarity="POS"/>'
        )
        dating = event.time.expression
        if event.time.basis is TimeBasis.EXPLICIT and dating is not None:
            time_id = tids.get((dating.start, dating.end))
            if time_id is not None and (dating.start, dating.end) in kept:
                link += 1
                lines.append(
                    f'<TLINK lid="l{link}" relType="IS_INCLUDED" eventInstanceID="ei{eid[1:]}" '
                    f'relatedToTime="{time_id}"/>'
                )
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def render_timeml(chronology: Chronology, options: ExportOptions | None = None) -> dict[str, str]:
    """Each document's TimeML, keyed by document id, with the chronology's events reported by it."""
    dated, undated = export_events(chronology, options or ExportOptions())
    by_document: dict[str, list[Event]] = {}
    for event in (*dated, *undated):
        for source in event.sources:
            if source.trigger_start is None or source.trigger_end is None:
                continue
            own = event.model_copy(
                update={
                    "id": source.event_id or event.id,
                    "trigger_start": source.trigger_start,
                    "trigger_end": source.trigger_end,
                    "time": source.time or event.time,
                }
            )
            by_document.setdefault(source.document_id, []).append(own)
    return {
        analyzed.document.id: timeml_document(analyzed, by_document.get(analyzed.document.id, []))
        for analyzed in chronology.documents
    }
