"""CSV: one row per event, dated ones in order and then the undated lane.

Columns:
  id           stable event id ("<document id>:<trigger offset>")
  date         the time at its own precision, in EDTF/ISO 8601 ("2019-10", "2021-10-23",
               "2022-02-07/2022-02-13" for a week; empty when undated)
  start, end   first and last day the time covers (ISO dates; empty when undated)
  precision    year, month, day, week, ...
  value        the TIMEX3 value ("2019-10", "2022-W06")
  basis        explicit, inherited, reported_by_dct, corrected, undated
  display      the date as a reader says it ("October 2019", "on or before 3 February 2022")
  headline     the event, in the text's own words
  trigger      the word that names it
  documents    ids of the documents that report it, separated by "; "
  published    their publication dates, same order
  urls         their URLs, same order
  conflict     set when the documents disagree on the date
  reason       why the event has this time
  qualifiers   durations and sets that say how long or how often ("'two hours' (PT2H)")
  hidden       "yes" when a person hid the event (only with hidden events included)

Cells are made safe for spreadsheets: control characters dropped, and a cell that starts with
= + - @ (or a tab or carriage return) gets a leading apostrophe so it is never run as a formula.
"""

from __future__ import annotations

import csv
import io

from chronology.model.chronology import Chronology
from chronology.model.event import Event
from chronology.writers.common import ExportOptions, basis_note, clean_text, date_label, edtf, export_events

COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "value",
    "basis",
    "display",
    "headline",
    "trigger",
    "documents",
    "published",
    "urls",
    "conflict",
    "reason",
    "qualifiers",
    "hidden",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    value = clean_text(value)
    if value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _row(event: Event, urls: dict[str, str]) -> dict[str, str]:
    interval = event.time.interval
    documents = list(dict.fromkeys(s.document_id for s in event.sources)) or [event.document_id]
    published = {s.document_id: s.published.isoformat() if s.published else "" for s in event.sources}
    row = {
        "id": event.id,
        "date": edtf(event),
        "start": interval.start.date().isoformat() if interval else "",
        "end": interval.end.date().isoformat() if interval else "",
        "precision": event.time.granularity.value if event.time.granularity else "",
        "value": event.time.value or "",
        "basis": event.time.basis.value,
        "display": date_label(event),
        "headline": event.headline,
        "trigger": event.trigger,
        "documents": "; ".join(documents),
        "published": "; ".join(published.get(d, "") for d in documents),
        "urls": "; ".join(urls.get(d, "") for d in documents),
        "conflict": event.conflict or "",
        "reason": basis_note(event),
        "qualifiers": "; ".join(f"'{q.text}' ({q.value})" for q in event.qualifiers),
        "hidden": "yes" if event.hidden else "",
    }
    return {key: safe_cell(value) for key, value in row.items()}


def render_csv(chronology: Chronology, options: ExportOptions | None = None) -> str:
    dated, undated = export_events(chronology, options or ExportOptions())
    urls = {d.document.id: d.document.url or "" for d in chronology.documents}
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event in (*dated, *undated):
        writer.writerow(_row(event, urls))
    return buffer.getvalue()
