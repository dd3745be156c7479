"""The annotated gold source layout both gold kinds share (chronology.evaluation.gold_source)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from chronology.evaluation.gold_source import GoldFormatError, MarkSyntax, parse_source, record_problems

SYNTAX = MarkSyntax(
    pattern=re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]"),
    opening="[[",
    closing="]]",
    key="spans",
    annotation=lambda mark: {"label": mark.group(2)},
)


def test_marks_become_spans_at_their_offsets_across_paragraphs() -> None:
    source = (
        "# a comment\n=== one | 2024-05-02\nThe fair opened [[on Monday|A]].\n\nIt closed [[Friday|B]].\n"
    )
    (record,) = parse_source(source, SYNTAX)
    assert record["id"] == "one" and record["dct"] == "2024-05-02"
    assert record["text"] == "The fair opened on Monday.\n\nIt closed Friday."
    assert [(s["text"], s["label"]) for s in record["spans"]] == [("on Monday", "A"), ("Friday", "B")]
    assert all(record["text"][s["start"] : s["end"]] == s["text"] for s in record["spans"])
    assert record_problems([record], "test", "spans", "span", lambda span: None) == []


@pytest.mark.parametrize(
    "source",
    [
        "Text before any header.\n=== one | null\nFine.\n",
        "=== one | null\nA [[half mark|A] and [[a whole one|B]].\n",
        "=== one | null\nA stray ]] closer.\n",
    ],
)
def test_a_malformed_source_is_an_error_not_silent_text(source: str) -> None:
    with pytest.raises(GoldFormatError):
        parse_source(source, SYNTAX)


def test_problems_name_repeated_ids_bad_dcts_overlaps_and_span_checks() -> None:
    spans: list[dict[str, Any]] = [
        {"start": 0, "end": 5, "text": "Early", "label": "A"},
        {"start": 3, "end": 8, "text": "ly sp", "label": "?"},
    ]
    records = [
        {"id": "x", "dct": "2024-13-01", "text": "Early spring", "spans": spans},
        {"id": "x", "dct": None, "text": "Later", "spans": []},
    ]
    problems = record_problems(
        records, "test", "spans", "span", lambda span: "bad label" if span["label"] == "?" else None
    )
    assert any("is not a date" in p for p in problems)
    assert any("overlaps the span before it" in p for p in problems)
    assert any("'ly sp' at 3: bad label" in p for p in problems)
    assert any("missing or repeated id" in p for p in problems)
