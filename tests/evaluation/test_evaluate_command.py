"""`chronology evaluate` as a person runs it: gold and prediction files in, figures out."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronology.cli import evaluate as evaluate_command
from chronology.cli.common import EXIT_OK, EXIT_PARTIAL, FatalError
from tests.conftest import ROOT, python_env

TEXT = "The mayor spoke on 3 March 2023 and again two days later, for an hour."


def at(phrase: str) -> dict[str, int]:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase)}


GOLD = {
    "id": "doc-1",
    "dct": "2023-03-10",
    "text": TEXT,
    "timexes": [
        {**at("3 March 2023"), "text": "3 March 2023", "type": "DATE", "value": "2023-03-03", "tid": "t1"},
        {
            **at("two days later"),
            "text": "two days later",
            "type": "DATE",
            "value": "2023-03-05",
            "tid": "t2",
        },
        {**at("an hour"), "text": "an hour", "type": "DURATION", "value": "PT1H", "tid": "t3"},
    ],
}
PREDICTION = {
    "id": "doc-1",
    "timexes": [
        {**at("3 March 2023"), "text": "3 March 2023", "type": "DATE", "value": "2023-03-03"},
        {
            **at("two days"),
            "text": "two days",
            "type": "DURATION",
            "value": "P2D",
            "explanation": "a span of days",
        },
    ],
}


def write_jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="chronology")
    evaluate_command.register(parser.add_subparsers())
    args = parser.parse_args(["evaluate", *argv])
    code: int = args.run(args)
    return code


def test_json_figures_for_a_prediction_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", PREDICTION)
    assert run(str(gold), "--pred", str(pred), "--json", "--errors", "5") == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    overall = figures["timex"]["overall"]
    assert (overall["gold"], overall["predicted"]) == (3, 2)
    assert overall["strict"]["precision"] == pytest.approx(1 / 2)
    assert overall["strict"]["recall"] == pytest.approx(1 / 3)
    assert overall["relaxed"]["f1"] == pytest.approx(0.8)
    assert overall["value"]["accuracy"] == pytest.approx(1 / 2)
    assert overall["value"]["f1"] == pytest.approx(0.4)
    assert overall["type"]["f1"] == pytest.approx(0.4)
    assert figures["timex"]["by_type"]["DURATION"]["gold"] == 1
    wrong = figures["errors"]["wrong value"]
    assert [(e["gold"]["value"], e["predicted"]["value"], e["explanation"]) for e in wrong] == [
        ("2023-03-05", "P2D", "a span of days")
    ]
    assert [e["gold"]["text"] for e in figures["errors"]["missed"]] == ["an hour"]
    assert figures["errors"]["spurious"] == []


def test_text_report_lists_mistakes_and_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", PREDICTION)
    assert run(str(gold), "--pred", str(pred), "--errors", "2") == EXIT_OK
    out = capsys.readouterr().out
    assert "strict match" in out and "relaxed match" in out
    assert "missed (1; showing 1)" in out
    assert "'an hour' gold DURATION PT1H" in out
    assert "why: a span of days" in out


def test_document_text_cannot_drive_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "On \x1b[31mFriday\x1b[0m it rained."
    start = text.index("Friday")
    record = {
        "id": "esc",
        "dct": "2023-03-10",
        "text": text,
        "timexes": [
            {"start": start, "end": start + 6, "text": "Friday", "type": "DATE", "value": "2023-03-10"}
        ],
    }
    gold = write_jsonl(tmp_path / "gold.jsonl", record)
    pred = write_jsonl(tmp_path / "pred.jsonl", {"id": "esc", "timexes": []})
    run(str(gold), "--pred", str(pred), "--errors", "1")
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\\x1b" in out


def test_gold_documents_without_predictions_count_as_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD, {**GOLD, "id": "doc-2"})
    pred = write_jsonl(tmp_path / "pred.jsonl", PREDICTION, {"id": "other", "timexes": []})
    assert run(str(gold), "--pred", str(pred), "--json") == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    assert figures["timex"]["overall"]["gold"] == 6
    assert figures["gold_without_predictions"] == ["doc-2"]
    assert figures["predictions_without_gold"] == ["other"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "doc-1", "timexes": [}\n', "pred.jsonl:1: not JSON"),
        ('{"id": "doc-1", "timexes": [{"start": "x"}]}\n', "integer 'start' and 'end'"),
        ('{"timexes": []}\n', "needs the 'id'"),
        ("[1, 2]\n", "one JSON object per line"),
        ('{"id": "doc-1", "timexes": [], "events": [{"start": 0, "end": 3, "timex": 4}]}\n', "not an index"),
    ],
)
def test_broken_prediction_files_fail_with_one_clear_line(tmp_path: Path, content: str, message: str) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(content, encoding="utf-8")
    with pytest.raises(FatalError, match=message):
        run(str(gold), "--pred", str(pred))


def test_missing_gold_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="no such file or folder"):
        run(str(tmp_path / "absent.jsonl"))


def test_events_need_timeml_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", PREDICTION)
    run(str(gold), "--pred", str(pred), "--events", "--json")
    assert "TimeML gold" in json.loads(capsys.readouterr().out)["events"]["skipped"]


def test_timeml_folder_gold_with_event_predictions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "story.tml").write_text(
        '<TimeML><DOCID>story</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2023-03-10">x</TIMEX3></DCT>'
        '<TEXT>Crowds <EVENT eid="e1">gathered</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2023-03-03">'
        "3 March</TIMEX3>.</TEXT>"
        '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE"/>'
        '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/></TimeML>',
        encoding="utf-8",
    )
    pred = write_jsonl(
        tmp_path / "pred.jsonl",
        {
            "id": "story",
            "timexes": [{"start": 19, "end": 26, "text": "3 March", "type": "DATE", "value": "2023-03-03"}],
            "events": [
                {"start": 7, "end": 15, "text": "gathered", "timex": 0, "headline": "Crowds gathered"}
            ],
        },
    )
    assert run(str(folder), "--pred", str(pred), "--events", "--json") == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    assert figures["timex"]["overall"]["strict"]["f1"] == pytest.approx(1.0)
    assert figures["events"]["strict"]["f1"] == pytest.approx(1.0)
    assert figures["events"]["anchoring"]["attached_share"] == pytest.approx(1.0)
    assert figures["event_tense"]["events"] == 1


def test_without_predictions_the_gold_texts_are_tagged_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    code = run(str(gold), "--json")
    figures = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK, figures["failed_documents"]
    assert figures["predictions"].startswith("chronology")
    assert figures["timex"]["overall"]["gold"] == 3
    # A full date written out is the least any tagger must find.
    assert figures["timex"]["overall"]["relaxed"]["matched_gold"] >= 1
    assert figures["tagging"]["characters"] == len(TEXT)


def test_the_installed_command_line_runs_evaluate(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", PREDICTION)
    result = subprocess.run(
        [sys.executable, "-m", "chronology", "evaluate", str(gold), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=python_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["timex"]["overall"]["relaxed"]["f1"] == pytest.approx(0.8)
    broken = subprocess.run(
        [sys.executable, "-m", "chronology", "evaluate", str(tmp_path / "absent.jsonl")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=python_env(),
        timeout=120,
    )
    assert broken.returncode == 1
    assert broken.stderr.startswith("chronology: error:") and "no such file or folder" in broken.stderr


STORY = (
    '<TimeML><DOCID>story</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2023-03-10">x</TIMEX3></DCT>'
    '<TEXT>Crowds <EVENT eid="e1">gathered</EVENT> on <TIMEX3 tid="t1" type="DATE" value="{value}">'
    "3 March</TIMEX3>.</TEXT>"
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE"/>'
    '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/></TimeML>'
)


def test_timeml_predictions_are_scored_like_jsonl_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    (gold / "story.tml").write_text(STORY.format(value="2023-03-03"), encoding="utf-8")
    (system / "story.tml").write_text(STORY.format(value="2022-03-03"), encoding="utf-8")
    assert run(str(gold), "--pred", str(system), "--events", "--json") == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    assert figures["timex"]["overall"]["strict"]["f1"] == pytest.approx(1.0)
    assert figures["timex"]["overall"]["value"]["accuracy"] == pytest.approx(0.0)
    assert figures["events"]["anchoring"]["attached_share"] == pytest.approx(1.0)


def test_a_prediction_over_another_text_is_not_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    (gold / "story.tml").write_text(STORY.format(value="2023-03-03"), encoding="utf-8")
    (system / "story.tml").write_text(
        STORY.format(value="2023-03-03").replace("Crowds", "People"), encoding="utf-8"
    )
    assert run(str(gold), "--pred", str(system), "--json") == EXIT_PARTIAL
    figures = json.loads(capsys.readouterr().out)
    assert figures["timex"]["overall"]["predicted"] == 0
    assert "differs from the gold text" in figures["failed_documents"][0]["message"]


@pytest.mark.parametrize("written", ["2023-03-10", "20230310", "2023-03-10T09:15:00Z"])
def test_gold_dct_in_any_metadata_form_anchors_the_tagging(
    tmp_path: Path, written: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "yesterday" is tagged from the gold DCT whatever form the corpus wrote it in; a DCT that was not
    read would leave it open (XXXX-XX-XX) and the value wrong."""
    record = {**GOLD, "dct": written, "text": "Sales fell yesterday.", "timexes": []}
    record["timexes"] = [{"start": 11, "end": 20, "text": "yesterday", "type": "DATE", "value": "2023-03-09"}]
    gold = write_jsonl(tmp_path / "gold.jsonl", record)
    assert run(str(gold), "--json") == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    assert figures["timex"]["overall"]["value"]["accuracy"] == 1.0
