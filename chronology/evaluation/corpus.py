"""Gold documents and predictions as the scorers read them.

Gold comes as flattened JSONL (`{"id", "dct", "text", "timexes": [...]}`, one document per line), as
one TimeML file, or as a folder of TimeML files. Predictions come as the JSONL `chronology tag`
writes (`{"id", "timexes": [...], "events": [...]}`), or as TimeML over the same texts (another
tagger's output), matched to the gold by DOCID or file name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from chronology.readers.dates import DateValueError, parse_date_text
from chronology.readers.timeml import TimeMLDocument, TimeMLError, parse_timeml

TIMEML_SUFFIXES = (".tml", ".timeml", ".xml")


class CorpusError(ValueError):
    """A gold or prediction file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Timex:
    """A time expression, gold or predicted, reduced to what the scorers compare."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    explanation: str = ""


@dataclass(frozen=True)
class PredictedEvent:
    start: int
    end: int
    text: str
    timex: int | None  # index into the document's predicted timexes, or None when undated
    qualifiers: tuple[int, ...] = ()  # indexes of the durations and sets that qualify the event


@dataclass(frozen=True)
class GoldDocument:
    id: str
    dct: date | None
    text: str
    timexes: tuple[Timex, ...]
    timeml: TimeMLDocument | None = None  # events, instances and links, when the gold is TimeML


@dataclass
class Prediction:
    id: str
    timexes: list[Timex] = field(default_factory=list)
    events: list[PredictedEvent] | None = None  # None: the prediction carries no events
    text: str | None = None  # the text the offsets point into, when the prediction carries it


def _date(value: Any) -> date | None:
    """A gold document's DCT, in any form metadata writes it ("1998-08-07", "19980807",
    "1998-08-07T10:30:00"); None when there is none or it names no single day."""
    if not isinstance(value, str):
        return None
    try:
        return parse_date_text(value).full()
    except DateValueError:
        return None


def _timex(item: Any, where: str) -> Timex:
    if not isinstance(item, dict):
        raise CorpusError(f"{where}: a timex must be an object")
    try:
        start, end = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        raise CorpusError(f"{where}: a timex needs integer 'start' and 'end'") from None
    if not 0 <= start <= end:
        raise CorpusError(f"{where}: timex offsets {start}..{end} are impossible")
    mod = item.get("mod")
    return Timex(
        start=start,
        end=end,
        text=str(item.get("text", "")),
        type=str(item.get("type", "")),
        value=str(item.get("value", "")),
        mod=str(mod) if mod else None,
        explanation=str(item.get("explanation", "") or ""),
    )


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise CorpusError(f"{path}: cannot open: {exc.strerror}") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{number}: not JSON: {exc.msg}") from None
            except UnicodeDecodeError:
                raise CorpusError(f"{path}:{number}: not UTF-8 text") from None
            if not isinstance(record, dict):
                raise CorpusError(f"{path}:{number}: expected one JSON object per line")
            yield number, record


def _timeml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TIMEML_SUFFIXES)


def load_gold(path: Path) -> list[GoldDocument]:
    """Gold documents from a JSONL file, a TimeML file, or a folder of TimeML files."""
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_file() and path.suffix.lower() in {".jsonl", ".json", ".ndjson"}:
        return [_gold_record(record, f"{path}:{number}") for number, record in _json_lines(path)]
    documents = []
    for file in _timeml_files(path):
        try:
            parsed = parse_timeml(file.read_bytes(), str(file))
        except TimeMLError as exc:
            raise CorpusError(str(exc)) from None
        except OSError as exc:
            raise CorpusError(f"{file}: cannot read: {exc.strerror}") from None
        timexes = tuple(
            Timex(t.start, t.end, t.text, t.type, t.value, t.mod) for t in parsed.timexes if t.end > t.start
        )
        documents.append(GoldDocument(parsed.id, parsed.dct, parsed.text, timexes, parsed))
    if not documents:
        raise CorpusError(
            f"{path}: no gold documents (expected .jsonl, or TimeML files ending {TIMEML_SUFFIXES})"
        )
    return documents


def _gold_record(record: dict[str, Any], where: str) -> GoldDocument:
    text = record.get("text")
    if not isinstance(text, str):
        raise CorpusError(f"{where}: a gold document needs a 'text' string")
    items = record.get("timexes", [])
    if not isinstance(items, list):
        raise CorpusError(f"{where}: 'timexes' must be a list")
    timexes = tuple(_timex(item, where) for item in items)
    for timex in timexes:
        if timex.end > len(text):
            raise CorpusError(f"{where}: timex {timex.start}..{timex.end} lies beyond the text")
    return GoldDocument(str(record.get("id", where)), _date(record.get("dct")), text, timexes)


def load_predictions(path: Path) -> dict[str, Prediction]:
    """Predictions by document id, from the JSONL `chronology tag` writes, or from TimeML (a file or a
    folder, as HeidelTime or `chronology tag --format timeml` write it)."""
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir() or path.suffix.lower() in TIMEML_SUFFIXES:
        return _timeml_predictions(path)
    predictions: dict[str, Prediction] = {}
    for number, record in _json_lines(path):
        where = f"{path}:{number}"
        if "id" not in record:
            raise CorpusError(f"{where}: a prediction needs the 'id' of its gold document")
        items = record.get("timexes", record.get("expressions", []))
        if not isinstance(items, list):
            raise CorpusError(f"{where}: 'timexes' must be a list")
        prediction = Prediction(str(record["id"]), [_timex(item, where) for item in items])
        events = record.get("events")
        if isinstance(events, list):
            prediction.events = [_predicted_event(item, where, len(prediction.timexes)) for item in events]
        predictions[prediction.id] = prediction
    return predictions


def _predicted_event(item: Any, where: str, timex_count: int) -> PredictedEvent:
    if not isinstance(item, dict):
        raise CorpusError(f"{where}: an event must be an object")
    try:
        start, end = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        raise CorpusError(f"{where}: an event needs integer 'start' and 'end'") from None
    timex = item.get("timex")
    if timex is not None and (not isinstance(timex, int) or not 0 <= timex < timex_count):
        raise CorpusError(f"{where}: event 'timex' {timex!r} is not an index into this document's timexes")
    qualifiers = item.get("qualifiers") or []
    if not isinstance(qualifiers, list) or not all(
        isinstance(q, int) and 0 <= q < timex_count for q in qualifiers
    ):
        raise CorpusError(f"{where}: event 'qualifiers' must be indexes into this document's timexes")
    return PredictedEvent(start, end, str(item.get("text", "")), timex, tuple(qualifiers))


def _timeml_predictions(path: Path) -> dict[str, Prediction]:
    from chronology.evaluation.event_scoring import ANCHORING_RELATIONS

    predictions: dict[str, Prediction] = {}
    for file in _timeml_files(path):
        try:
            parsed = parse_timeml(file.read_bytes(), str(file))
        except TimeMLError as exc:
            raise CorpusError(str(exc)) from None
        except OSError as exc:
            raise CorpusError(f"{file}: cannot read: {exc.strerror}") from None
        timexes = [
            Timex(t.start, t.end, t.text, t.type, t.value, t.mod) for t in parsed.timexes if t.end > t.start
        ]
        index = {t.tid: i for i, t in enumerate(parsed.timexes) if t.end > t.start}
        # An event is attached to the first expression an anchoring TLINK places it at.
        attached: dict[str, int] = {}
        for link in parsed.tlinks:
            if link.rel_type not in ANCHORING_RELATIONS or {link.source_kind, link.target_kind} != {
                "event",
                "timex",
            }:
                continue
            eiid, tid = (
                (link.source, link.target) if link.source_kind == "event" else (link.target, link.source)
            )
            eid = parsed.instances.get(eiid)
            if eid is not None and tid in index:
                attached.setdefault(eid, index[tid])
        events = [
            PredictedEvent(e.start, e.end, e.text, attached.get(e.eid))
            for e in parsed.events
            if e.end > e.start
        ]
        predictions[parsed.id] = Prediction(
            parsed.id, timexes, events if parsed.events else None, parsed.text
        )
    if not predictions:
        raise CorpusError(f"{path}: no TimeML predictions (files ending {TIMEML_SUFFIXES})")
    return predictions
