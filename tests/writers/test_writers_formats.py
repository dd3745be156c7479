"""Every export, read back with that format's own parser."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import jsonschema

from chronology.model.chronology import Chronology
from chronology.writers import ExportOptions, read_chronology, render, render_timeml
from chronology.writers.ics import fold
from tests.writers.conftest import HOSTILE

SCHEMA = json.loads((Path(__file__).parent / "timelinejs.schema.json").read_text(encoding="utf-8"))


def test_json_round_trip(story: Chronology, hostile: Chronology) -> None:
    for chronology in (story, hostile):
        text = render(chronology, "json")
        assert json.loads(text)["format_version"] == "1.0"
        assert read_chronology(text) == chronology
        assert read_chronology(text.encode("utf-8")) == chronology


def test_timelinejs_is_valid_and_keeps_precision(story: Chronology, hostile: Chronology) -> None:
    for chronology in (story, hostile):
        document = json.loads(render(chronology, "timelinejs"))
        jsonschema.validate(document, SCHEMA)
    slides = {s["unique_id"]: s for s in json.loads(render(story, "timelinejs"))["events"]}
    dates = [s["start_date"] for s in slides.values()]
    assert {"year": 1962} in dates
    assert {"year": 1998, "month": 4} in dates
    assert {"year": 2024, "month": 3, "day": 6} in dates
    week = next(s for s in slides.values() if s["start_date"] == {"year": 2024, "month": 3, "day": 18})
    assert week["end_date"] == {"year": 2024, "month": 3, "day": 24}
    assert week["display_date"].startswith("week of")
    reported = [s for s in slides.values() if s.get("display_date", "").startswith("on or before")]
    assert reported
    assert sum(1 for s in slides.values() if s.get("group") == "dates disputed") == 1


def test_timelinejs_escapes_html(hostile: Chronology) -> None:
    document = json.loads(render(hostile, "timelinejs"))
    for slide in document["events"]:
        assert "<b>" not in slide["text"]["headline"] and "&lt;b&gt;" in slide["text"]["headline"]
        assert "<b>" not in slide["text"]["text"]
    assert "<title>" not in document["title"]["text"]["text"]
    minute = next(s for s in document["events"] if "minute" in s["start_date"])
    assert minute["start_date"] == {"year": 2022, "month": 2, "day": 2, "hour": 14, "minute": 30}
    night = next(s for s in document["events"] if s.get("display_date", "").startswith("night of"))
    assert night["start_date"] == {"year": 2022, "month": 2, "day": 2}
    hidden_id = "ev-odd-doc-1-2"
    assert hidden_id not in {s["unique_id"] for s in document["events"]}


def test_csv_parses_and_is_safe(story: Chronology, hostile: Chronology) -> None:
    rows = list(csv.DictReader(io.StringIO(render(story, "csv"), newline="")))
    assert rows and rows[0]["date"] == "1962" and rows[0]["precision"] == "year"
    conflict = [r for r in rows if r["conflict"]]
    assert len(conflict) == 1 and len(conflict[0]["documents"].split("; ")) == 2
    hostile_rows = list(csv.DictReader(io.StringIO(render(hostile, "csv"), newline="")))
    assert len(hostile_rows) == len(hostile.events) - 1  # the hidden one is left out
    for row in hostile_rows:
        assert row["headline"].startswith("'=HYPERLINK")
        assert all("\x07" not in cell for cell in row.values())
        assert row["headline"][1:] == HOSTILE.replace("\x07", "")
    with_hidden = render(hostile, "csv", ExportOptions(include_hidden=True))
    assert len(list(csv.DictReader(io.StringIO(with_hidden, newline="")))) == len(hostile.events)


def test_markdown_lists_dates_and_sources_and_escapes(story: Chronology, hostile: Chronology) -> None:
    text = render(story, "markdown")
    assert text.index("## 1962") < text.index("## 1998") < text.index("## 2024")
    assert "April 1998" in text and "Marrowfield Gazette" not in text  # titles, not outlets, are shown
    assert "Calder River floods lower Marrowfield" in text
    assert "dates disputed" in text
    odd = render(hostile, "markdown")
    assert "<b>" not in odd and "&lt;b" in odd
    assert "\\*stars\\*" in odd and "\\[link\\]" in odd
    assert "\x07" not in odd


def test_ics_parses_with_the_icalendar_package(story: Chronology, hostile: Chronology) -> None:
    for chronology in (story, hostile):
        data = render(chronology, "ics")
        assert "\n" not in data.replace("\r\n", "")
        assert all(len(line.encode("utf-8")) <= 75 for line in data.split("\r\n"))
        calendar = icalendar.Calendar.from_ical(data)
        events = list(calendar.walk("VEVENT"))
        assert events and all(e.get("UID") and e.get("DTSTAMP") for e in events)
    calendar = icalendar.Calendar.from_ical(render(story, "ics"))
    starts = {str(e.get("SUMMARY")): e for e in calendar.walk("VEVENT")}
    burst = next(e for s, e in starts.items() if "burst" in s)
    assert "VALUE=DATE" in burst.to_ical().decode()
    assert str(burst.decoded("DTSTART")) == "2024-03-06" and str(burst.decoded("DTEND")) == "2024-03-07"
    flood = next(e for s, e in starts.items() if "flood hit" in s)
    assert str(flood.decoded("DTSTART")) == "1998-04-01" and str(flood.decoded("DTEND")) == "1998-05-01"
    timed = icalendar.Calendar.from_ical(render(hostile, "ics"))
    minute = next(e for e in timed.walk("VEVENT") if "T" in e.get("DTSTART").to_ical().decode())
    assert minute.decoded("DTSTART").hour in (14, 20)
    summary = str(next(iter(timed.walk("VEVENT"))).get("SUMMARY"))
    assert summary == HOSTILE.replace("\x07", "")


def test_ics_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + "é" * 100
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_timeml_parses_and_tags_triggers_and_times(story: Chronology, hostile: Chronology) -> None:
    documents = render_timeml(story)
    assert set(documents) == {d.document.id for d in story.documents}
    for analyzed in story.documents:
        root = ET.fromstring(documents[analyzed.document.id].encode("utf-8"))
        text_element = root.find("TEXT")
        assert text_element is not None
        assert "".join(text_element.itertext()) == analyzed.document.text
        timexes = text_element.findall("TIMEX3")
        assert [t.text for t in timexes] == [e.text for e in analyzed.expressions]
        events = text_element.findall("EVENT")
        assert events and all(e.get("class") for e in events)
        instance_ids = {m.get("eiid") for m in root.findall("MAKEINSTANCE")}
        for link in root.findall("TLINK"):
            assert link.get("eventInstanceID") in instance_ids
    for text in render_timeml(hostile).values():
        root = ET.fromstring(text.encode("utf-8"))
        assert "<b>" in "".join(root.find("TEXT").itertext())  # type: ignore[union-attr]


def test_write_json_to_a_file_and_to_stdout(story: Chronology, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from chronology.writers import write_json

    target = tmp_path / "c.json"
    write_json(story, str(target))
    assert read_chronology(target.read_bytes()) == story
    write_json(story, None)
    assert read_chronology(capsys.readouterr().out) == story


def test_durations_are_shown_as_qualifiers_not_dates(story: Chronology) -> None:
    rows = list(csv.DictReader(io.StringIO(render(story, "csv"), newline="")))
    qualified = [r for r in rows if r["qualifiers"]]
    assert qualified and all(r["date"] and "(P" in r["qualifiers"] for r in qualified)
    assert "how long or how often" in render(story, "markdown")
