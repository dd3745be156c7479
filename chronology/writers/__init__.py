"""Exports of a chronology: our JSON, TimelineJS3, CSV, Markdown, iCalendar and TimeML.

Every export but our JSON shows the corrected chronology (corrections applied, hidden events left
out unless asked for). `render(chronology, format)` gives one text; TimeML gives one text per
document (`render_timeml`).
"""

from __future__ import annotations

from chronology.model.chronology import Chronology
from chronology.writers.common import ExportOptions
from chronology.writers.csv_format import render_csv
from chronology.writers.ics import render_ics
from chronology.writers.json import read_chronology, render_json, write_json
from chronology.writers.markdown import render_markdown
from chronology.writers.timelinejs import render_timelinejs
from chronology.writers.timeml import render_timeml, timeml_document

FORMATS = ("json", "timelinejs", "csv", "markdown", "ics", "timeml")

#: The file extension each format is written with.
EXTENSIONS = {
    "json": ".json",
    "timelinejs": ".json",
    "csv": ".csv",
    "markdown": ".md",
    "ics": ".ics",
    "timeml": ".tml",
}

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "ExportOptions",
    "read_chronology",
    "render",
    "render_csv",
    "render_ics",
    "render_json",
    "render_markdown",
    "render_timelinejs",
    "render_timeml",
    "timeml_document",
    "write_json",
]


def render(chronology: Chronology, format: str, options: ExportOptions | None = None) -> str:
    """The chronology in one of FORMATS; TimeML documents are concatenated only when there is one."""
    if format == "json":
        return render_json(chronology)
    if format == "timelinejs":
        return render_timelinejs(chronology, options)
    if format == "csv":
        return render_csv(chronology, options)
    if format == "markdown":
        return render_markdown(chronology, options)
    if format == "ics":
        return render_ics(chronology, options)
    if format == "timeml":
        documents = render_timeml(chronology, options)
        if len(documents) != 1:
            raise ValueError(f"TimeML is one file per document, and this chronology has {len(documents)}")
        return next(iter(documents.values()))
    raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
