"""The chronology's query API: between, filter, group, ordered and undated lanes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronology.engine.ordering import order_events
from chronology.model.chronology import Chronology
from chronology.model.event import TimeBasis
from chronology.model.expression import Granularity
from tests.engine.conftest import EventFactory


@pytest.fixture
def chronology(make_event: EventFactory) -> Chronology:
    events = [
        make_event("a", 1, "2019-10", headline="Harbour strike began", trigger="began"),
        make_event("a", 2, "2019-10-23", headline="Dockers voted to return", trigger="voted"),
        make_event("b", 3, "2021", headline="The port reopened", trigger="reopened"),
        make_event(
            "b", 4, "2022-02-03", headline="Officials said", trigger="said", basis=TimeBasis.REPORTED_BY_DCT
        ),
        make_event("b", 5, "2022-02-03T14:30", headline="Ferry arrived late", trigger="arrived"),
        make_event("b", 6, None, headline="Talks continue", trigger="continue"),
    ]
    return Chronology(events=order_events(events))


def test_ordered_and_undated(chronology: Chronology) -> None:
    assert [e.trigger for e in chronology.ordered()] == ["began", "voted", "reopened", "said", "arrived"]
    assert [e.trigger for e in chronology.undated()] == ["continue"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2019, 10, 23), date(2019, 10, 23), ["began", "voted"]),  # the month overlaps the day
        (date(2019, 11, 1), date(2021, 6, 30), ["reopened"]),
        (datetime(2022, 2, 3, 15), datetime(2022, 2, 3, 16), ["said"]),
        (date(1990, 1, 1), date(1999, 12, 31), []),
    ],
)
def test_between(chronology: Chronology, start: date, end: date, expected: list[str]) -> None:
    assert [e.trigger for e in chronology.between(start, end)] == expected


def test_filter(chronology: Chronology) -> None:
    assert [e.trigger for e in chronology.filter(document_id="a")] == ["began", "voted"]
    assert [e.trigger for e in chronology.filter(text="FERRY")] == ["arrived"]
    assert [e.trigger for e in chronology.filter(precision=Granularity.DAY)] == ["voted", "said"]
    assert [e.trigger for e in chronology.filter(basis=TimeBasis.UNDATED)] == ["continue"]
    assert [e.trigger for e in chronology.filter(document_id="b", precision="minute")] == ["arrived"]


def test_filter_by_expression_type(story_chronology: Chronology) -> None:
    found = story_chronology.filter(expression_type="DATE")
    assert found and all(e.time.expression is not None and e.time.expression.type == "DATE" for e in found)
    assert story_chronology.filter(expression_type="SET") == []


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("year", {"2019": ["began", "voted"], "2021": ["reopened"], "2022": ["said", "arrived"]}),
        ("month", {"2019-10": ["began", "voted"], "2021": ["reopened"], "2022-02": ["said", "arrived"]}),
        (
            "day",
            {
                "2019-10": ["began"],
                "2019-10-23": ["voted"],
                "2021": ["reopened"],
                "2022-02-03": ["said", "arrived"],
            },
        ),
    ],
)
def test_grouped(chronology: Chronology, by: str, expected: dict[str, list[str]]) -> None:
    groups = chronology.grouped(by)  # type: ignore[arg-type]
    assert {key: [e.trigger for e in events] for key, events in groups.items()} == expected


def test_event_lookup_follows_merges(story_chronology: Chronology) -> None:
    merged = next(e for e in story_chronology.events if e.merged_from)
    assert story_chronology.event(merged.merged_from[0]) == merged
    assert story_chronology.event("nowhere:0") is None
