"""Ordering by the interval an event's time denotes, precision respected, ties broken stably."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from chronology.engine.ordering import order_events, order_key, split_lanes
from tests.engine.conftest import EventFactory, _event


def test_granularity_is_respected(make_event: EventFactory) -> None:
    values = [
        "2019-10-15",
        "201",
        "2010",
        "2019",
        "2019-10",
        "2019-10-01",
        "2018-12-31",
        "2019-W42",
        "2019-10-01T08:00",
    ]
    events = [make_event("doc", position, value) for position, value in enumerate(values)]
    ordered = [e.time.value for e in order_events(events)]
    assert ordered == [
        "2010",  # a year sorts before the decade it starts
        "201",
        "2018-12-31",
        "2019",
        "2019-10-01",
        "2019-10",  # the month sorts at its start: after the day that starts it with it, before later times
        "2019-10-01T08:00",
        "2019-W42",  # week of 14 October
        "2019-10-15",
    ]


def test_ties_are_broken_by_source_date_then_position(make_event: EventFactory) -> None:
    late = make_event("b-doc", 5, "2021-10-23", published=date(2022, 3, 1))
    early_second = make_event("a-doc", 40, "2021-10-23", published=date(2022, 2, 1))
    early_first = make_event("a-doc", 10, "2021-10-23", published=date(2022, 2, 1))
    assert [e.id for e in order_events([late, early_second, early_first])] == [
        "a-doc:10",
        "a-doc:40",
        "b-doc:5",
    ]


def test_undated_events_go_to_their_own_lane(make_event: EventFactory) -> None:
    undated = make_event("doc", 3, None)
    unanchored = make_event("doc", 1, "XXXX-10-23")
    dated = make_event("doc", 2, "1999")
    lanes = split_lanes([undated, dated, unanchored])
    assert [e.id for e in lanes[0]] == ["doc:2"]
    assert [e.id for e in lanes[1]] == ["doc:1", "doc:3"]
    assert order_events([undated, dated, unanchored])[0].id == "doc:2"


VALUES = st.sampled_from(
    ["2019", "2019-10", "2019-10-15", "201", "2019-W42", "2020-Q1", "2019-10-15T09:30", None]
)


@given(
    st.lists(st.tuples(VALUES, st.integers(0, 50), st.sampled_from(["a", "b", "c"])), max_size=25),
    st.randoms(),
)
def test_order_is_sorted_and_independent_of_input_order(
    items: list[tuple[str | None, int, str]], shuffler: random.Random
) -> None:
    unique = {(doc, pos): value for value, pos, doc in items}
    events = [_event(doc, pos, value) for (doc, pos), value in unique.items()]
    ordered = order_events(events)
    shuffled = list(events)
    shuffler.shuffle(shuffled)
    assert order_events(shuffled) == ordered
    dated = [e for e in ordered if e.time.interval is not None]
    assert [order_key(e) for e in dated] == sorted(order_key(e) for e in dated)
    assert all(e.time.interval is None for e in ordered[len(dated) :])
