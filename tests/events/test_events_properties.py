"""Extraction never fails on arbitrary text, and every event points at its own words."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.events import extract_events
from chronology.model.chronology import AnalyzedDocument
from chronology.model.document import Document

WORDS = st.sampled_from(
    [
        "The",
        "council",
        "approved",
        "the",
        "plan",
        "on",
        "Tuesday",
        ",",
        ".",
        "and",
        "said",
        "that",
        "it",
        "would",
        "attack",
        "raids",
        "were",
        "killed",
        "meeting",
        "\n\n",
        "Mr.",
        "U.S.",
        "didn't",
        "'s",
        "(",
        ")",
        '"',
        "é",
        "\x00",
        "—",
        "When",
        "troops",
        "landed",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=60), st.text(max_size=40))
def test_any_text_gives_well_formed_events(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    document = Document(id="d", text=text, published=date(2022, 2, 3))
    events = extract_events(AnalyzedDocument(document=document, kind="news"))
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    for event in events:
        assert text[event.trigger_start : event.trigger_end] == event.trigger
        assert 0 <= event.start <= event.trigger_start < event.trigger_end <= event.end <= len(text)
        assert event.headline.strip() == event.headline and event.headline
        assert event.sources and event.sources[0].event_id == event.id
