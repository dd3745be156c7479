"""Markdown: a readable dated list, grouped by year, with each event's sources.

Document text is escaped so that it renders as the words it is: Markdown metacharacters that act
mid-line get a backslash, `&` and `<` become entities, and line breaks fold to spaces so a headline
never starts a new block.
"""

from __future__ import annotations

import re

from chronology.model.chronology import Chronology
from chronology.model.event import Event
from chronology.writers.common import (
    ExportOptions,
    basis_note,
    clean_text,
    date_label,
    export_events,
    qualifier_note,
)

# Document text never starts a line here (every line opens with our own "- " or "  - "), so only the
# characters that act mid-line need escaping: emphasis, code, links, tables, strikethrough, HTML.
_METACHARACTERS = re.compile(r"([\\`*_\[\]|~])")


def escape_markdown(text: str) -> str:
    text = clean_text(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _METACHARACTERS.sub(r"\\\1", text)


def _sources(event: Event, chronology: Chronology) -> list[str]:
    documents = {d.document.id: d.document for d in chronology.documents}
    lines: list[str] = []
    for source in event.sources:
        document = documents.get(source.document_id)
        title = (
            escape_markdown(document.title or source.document_id)
            if document
            else escape_markdown(source.document_id)
        )
        if document is not None and document.url and re.match(r"https?://", document.url):
            url = document.url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
            title = f"[{title}](<{url.replace('>', '%3E')}>)"
        published = f", {source.published.isoformat()}" if source.published else ""
        lines.append(f"  - {title}{published}: “{escape_markdown(source.text)}”")
    return lines


def _item(event: Event, chronology: Chronology) -> list[str]:
    marks = []
    if event.conflict:
        marks.append("⚠ dates disputed")
    if event.hidden:
        marks.append("hidden")
    if event.corrected:
        marks.append("corrected")
    suffix = f" ({', '.join(marks)})" if marks else ""
    lines = [f"- **{escape_markdown(date_label(event))}** — {escape_markdown(event.headline)}{suffix}"]
    lines.append(f"  - *{escape_markdown(basis_note(event))}*")
    if event.qualifiers:
        lines.append(f"  - {escape_markdown(qualifier_note(event))}")
    lines.extend(_sources(event, chronology))
    return lines


def render_markdown(chronology: Chronology, options: ExportOptions | None = None) -> str:
    dated, undated = export_events(chronology, options or ExportOptions())
    count = len(chronology.documents)
    lines = ["# Chronology", "", f"Built from {count} document{'s' if count != 1 else ''}."]
    year: int | None = None
    for event in dated:
        interval = event.time.interval
        if interval is not None and interval.start.year != year:
            year = interval.start.year
            lines += ["", f"## {year}", ""]
        lines += _item(event, chronology)
    if undated:
        lines += ["", "## Undated", ""]
        for event in undated:
            lines += _item(event, chronology)
    return "\n".join(lines) + "\n"
