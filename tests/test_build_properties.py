"""Random text never breaks the build: no internal error, every offset slices to its text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.model.chronology import ErrorKind
from chronology.model.document import Document
from chronology.pipeline import build_chronology

WORDS = st.sampled_from(
    [
        "On",
        "October",
        "23",
        ",",
        "the",
        "navy",
        "announced",
        "said",
        "Thursday",
        "last",
        "year",
        "two",
        "days",
        "later",
        "may",
        "March",
        "1998",
        "the",
        "1990s",
        "every",
        "Monday",
        "about",
        "3",
        "p.m.",
        ".",
        "\n",
        "(",
        "will",
        "meet",
        "next",
        "week",
        "Q3",
        "early",
        "2021-10-23",
        "2/3/2022",
        "'98",
        "BC",
        "[bold]",
        "\x1b[2J",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))
DCTS = st.one_of(st.none(), st.dates(min_value=date(1000, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TEXTS, min_size=1, max_size=3), dct=DCTS)
def test_random_documents_build_without_internal_errors(texts: list[str], dct: date | None) -> None:
    documents = [Document(id=f"d{i}", text=text, published=dct) for i, text in enumerate(texts)]
    chronology = build_chronology(documents)
    assert not [e for e in chronology.errors if e.kind is ErrorKind.INTERNAL]
    for analyzed in chronology.documents:
        for expression in analyzed.expressions:
            assert analyzed.document.text[expression.start : expression.end] == expression.text
    for event in chronology.events:
        text = next(d.document.text for d in chronology.documents if d.document.id == event.document_id)
        assert text[event.trigger_start : event.trigger_end] == event.trigger
