"""`chronology tag`: inputs (JSONL, TimeML, text, stdin), JSON and TimeML output, bad documents."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chronology.cli import main

ARTICLES = [
    {
        "id": "a1",
        "dct": "2022-02-03",
        "text": "Troops landed Thursday. On October 23, the navy announced a raid.",
    },
    {"id": "a2", "dct": None, "text": "The pier was proposed in 1998 & built <later> on Friday."},
]


def _jsonl(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_to_json_lines(tmp_path: Path) -> None:
    source = _jsonl(tmp_path, [json.dumps(a) for a in ARTICLES])
    out = tmp_path / "out.jsonl"
    assert main(["tag", str(source), "-o", str(out), "--jobs", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1", "a2"]
    first = records[0]["timexes"]
    assert [(t["text"], t["value"], t["anchor"]) for t in first] == [
        ("Thursday", "2022-02-03", "2022-02-03"),
        ("October 23", "2021-10-23", "2022-02-03"),
    ]
    for record, article in zip(records, ARTICLES, strict=True):
        for timex in record["timexes"]:
            assert article["text"][timex["start"] : timex["end"]] == timex["text"]
            assert set(timex) == {"start", "end", "text", "type", "value", "mod", "anchor", "explanation"}
    no_dct = {t["text"]: t for t in records[1]["timexes"]}
    assert no_dct["Friday"]["value"] == "XXXX-WXX-5"
    assert no_dct["Friday"]["anchor"] is None


def test_bad_line_is_reported_and_the_rest_tagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(tmp_path, [json.dumps(ARTICLES[0]), "{not json", json.dumps(ARTICLES[1])])
    out = tmp_path / "out.jsonl"
    assert main(["tag", str(source), "-o", str(out), "--jobs", "1"]) == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert capsys.readouterr().err.strip()


def test_plain_text_with_dct(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "note.txt"
    source.write_text("The board met yesterday and will meet again next week.\n", encoding="utf-8")
    assert main(["tag", str(source), "--dct", "2022-02-03"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [(t["text"], t["value"]) for t in record["timexes"]] == [
        ("yesterday", "2022-02-02"),
        ("next week", "2022-W06"),
    ]


def test_timeml_output_is_wellformed_and_escaped(tmp_path: Path) -> None:
    source = _jsonl(tmp_path, [json.dumps(a) for a in ARTICLES])
    folder = tmp_path / "tml"
    assert main(["tag", str(source), "--format", "timeml", "-o", str(folder)]) == 0
    files = sorted(folder.glob("*.tml"))
    assert [f.name for f in files] == ["a1.tml", "a2.tml"]
    root = ET.fromstring(files[1].read_text(encoding="utf-8"))
    text = root.find("TEXT")
    assert text is not None
    assert "".join(text.itertext()) == ARTICLES[1]["text"]
    values = [(t.text, t.get("value"), t.get("tid")) for t in text.iter("TIMEX3")]
    assert values == [("1998", "1998", "t1"), ("Friday", "XXXX-WXX-5", "t2")]


def test_timeml_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "doc.tml"
    source.write_text(
        '<?xml version="1.0"?>\n<TimeML><DOCID>d1</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-03" functionInDocument="CREATION_TIME">'
        "2022-02-03</TIMEX3></DCT><TEXT>The ship sailed on Monday.</TEXT></TimeML>\n",
        encoding="utf-8",
    )
    assert main(["tag", str(source)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [(t["text"], t["value"]) for t in record["timexes"]] == [("Monday", "2022-01-31")]


def test_missing_input_is_fatal(tmp_path: Path) -> None:
    assert main(["tag", str(tmp_path / "absent.jsonl")]) == 1
