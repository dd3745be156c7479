"""The timeline rows: order, grouping per zoom, filters, density, jumps; and inert text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from tui_builders import CREATED, analyzed, event, sample_chronology

from chronology.model.chronology import Chronology
from chronology.model.expression import Granularity, TimexType
from chronology_tui.corrections import corrected_events
from chronology_tui.inert import inert, inert_line
from chronology_tui.timeline import (
    EventRow,
    FilterSpec,
    HeaderRow,
    Timeline,
    Zoom,
    build_rows,
    density,
    row_at_or_after,
)


def timeline() -> Timeline:
    chronology = sample_chronology()
    return Timeline.build(chronology, corrected_events(chronology))


def headers(rows: list[EventRow | HeaderRow]) -> list[str]:
    return [row.label for row in rows if isinstance(row, HeaderRow)]


def test_events_in_date_order_with_undated_last() -> None:
    entries = timeline().entries
    starts = [entry.date.point.start for entry in entries if entry.date.point is not None]
    assert starts == sorted(starts)
    assert entries[-1].date.point is None
    assert entries[-1].event.headline == "Vote outcome expected"


@pytest.mark.parametrize(
    ("zoom", "expected"),
    [
        (Zoom.YEAR, ["1998", "2005", "2019", "2021", "2022", "Undated"]),
        (Zoom.MONTH, ["Summer 1998", "Q3 2005", "October 2019", "October 2021", "February 2022", "Undated"]),
        (
            Zoom.DAY,
            [
                "Summer 1998",
                "Q3 2005",
                "2019-10",
                "Sat 23 Oct 2021",
                "Wed 2 Feb 2022",
                "Thu 3 Feb 2022",
                "Fri 4 Feb 2022",
                "Undated",
            ],
        ),
    ],
)
def test_grouping_per_zoom(zoom: Zoom, expected: list[str]) -> None:
    tl = timeline()
    rows = build_rows(tl.filtered(FilterSpec()), zoom)
    assert headers(rows) == expected
    counted = sum(row.count for row in rows if isinstance(row, HeaderRow))
    assert counted == sum(1 for row in rows if isinstance(row, EventRow)) == len(tl.entries)


@pytest.mark.parametrize(
    ("spec", "headlines"),
    [
        (FilterSpec(query="RAID"), {"Warehouse raid"}),
        (FilterSpec(query="pier council"), {"Harbour council meets on the pier"}),
        (FilterSpec(conflicts_only=True), {"Warehouse raid"}),
        (
            FilterSpec(document_id="council-notes", min_precision=Granularity.DAY),
            {"Harbour council meets on the pier", "Final vote expected"},
        ),
        (FilterSpec(timex_type=TimexType.TIME), {"Final vote expected"}),
        (
            FilterSpec(date_from=datetime(2022, 2, 3), date_to=datetime(2022, 2, 3, 23, 59, 59)),
            {"Coast guard crews land at the northern pier", "Officials say repairs will take two weeks"},
        ),
    ],
)
def test_filters(spec: FilterSpec, headlines: set[str]) -> None:
    assert {entry.event.headline for entry in timeline().filtered(spec)} == headlines


def test_source_text_is_searched_too() -> None:
    # "landing" appears only in the raid's source sentence, not in any headline.
    assert [e.event.headline for e in timeline().filtered(FilterSpec(query="landing"))] == ["Warehouse raid"]


def test_marks() -> None:
    by_headline = {entry.event.headline: entry for entry in timeline().entries}
    assert by_headline["Warehouse raid"].conflict
    assert by_headline["Officials say repairs will take two weeks"].assumed
    assert not by_headline["Pier extended"].assumed
    assert not by_headline["Vote outcome expected"].assumed  # undated is its own section, not "assumed"


def test_density_counts_every_dated_event_once() -> None:
    tl = timeline()
    span = tl.span()
    assert span is not None
    for bins in (1, 7, 80):
        counts = density(tl.entries, span, bins)
        assert len(counts) == bins and sum(counts) == 8
    counts = density(tl.entries, span, 80)
    assert counts[0] == 1 and counts[-1] >= 1


def test_jump_lands_on_first_event_at_or_after() -> None:
    rows = build_rows(timeline().filtered(FilterSpec()), Zoom.DAY)
    index = row_at_or_after(rows, datetime(2021, 1, 1))
    assert index is not None
    row = rows[index]
    assert (
        isinstance(row, EventRow) and row.entry.event.headline == "Port authority announces new inspections"
    )
    last = row_at_or_after(rows, datetime(2100, 1, 1))
    assert last is not None and isinstance(rows[last], EventRow)


def test_same_day() -> None:
    tl = timeline()
    landing = next(e for e in tl.entries if e.event.trigger == "landed")
    assert [e.event.headline for e in tl.same_day(landing)] == ["Officials say repairs will take two weeks"]


@pytest.mark.parametrize("text", ["plain", "\x1b[31mred\x1b[0m", "tab\there\nline", "c1 \x9b2J", "del\x7f"])
def test_inert_keeps_length_and_removes_controls(text: str) -> None:
    for shown in (inert(text), inert_line(text)):
        assert len(shown) == len(text)
        assert not any(ord(c) < 0x20 and c not in "\t\n" for c in shown)
        assert not any(0x7F <= ord(c) < 0xA0 for c in shown)
    assert "\n" not in inert_line(text) and "\t" not in inert_line(text)


def test_rebuild_reuses_entries_of_unchanged_events_only() -> None:
    from chronology_tui.corrections import headline_correction, with_corrections

    chronology = sample_chronology()
    before = Timeline.build(chronology, corrected_events(chronology))
    raid = next(entry for entry in before.entries if entry.event.trigger == "raid")
    corrected = with_corrections(chronology, [headline_correction(raid.event.id, "Warehouse searched")])
    after = Timeline.build(corrected, corrected_events(corrected), before)
    reused = {id(entry) for entry in before.entries} & {id(entry) for entry in after.entries}
    assert len(reused) == len(after.entries) - 1
    changed = next(entry for entry in after.entries if entry.event.id == raid.event.id)
    assert changed.event.headline == "Warehouse searched" and "searched" in changed.haystack
    assert [e.event.id for e in after.entries] == [e.event.id for e in before.entries]


def test_events_sharing_a_headline_are_told_apart_by_their_trigger() -> None:
    """Two events cut from one clause share its headline; the list then names each one's trigger
    (and only then: a headline of its own, or a repeat from the same verb, gets no suffix)."""
    text = "Two days later a canoe overturned and two porters drowned. The party turned back."
    doc = analyzed("river", "River survey", date(1911, 4, 20), text, [])
    clause = "A canoe overturned and two porters drowned"
    events = [
        event(doc, "overturned", clause, "1911-03-16"),
        event(doc, "drowned", clause, "1911-03-16"),
        event(doc, "turned", "The party turned back", "1911-03-17"),
    ]
    chronology = Chronology(created=CREATED, documents=(doc,), events=tuple(events))
    built = Timeline.build(chronology, corrected_events(chronology))
    shared = {entry.event.trigger: entry.shared_headline for entry in built.entries}
    assert shared == {"overturned": True, "drowned": True, "turned": False}

    same_verb = [event(doc, "overturned", clause, "1911-03-16"), event(doc, "overturned", clause, None)]
    again = Chronology(created=CREATED, documents=(doc,), events=tuple(same_verb))
    assert not any(entry.shared_headline for entry in Timeline.build(again, same_verb).entries)


def test_a_hidden_event_does_not_mark_a_visible_one_s_headline() -> None:
    text = "Two days later a canoe overturned and two porters drowned."
    doc = analyzed("river", "River survey", date(1911, 4, 20), text, [])
    clause = "A canoe overturned and two porters drowned"
    overturned = event(doc, "overturned", clause, "1911-03-16")
    drowned = event(doc, "drowned", clause, "1911-03-16").model_copy(update={"hidden": True})
    chronology = Chronology(created=CREATED, documents=(doc,), events=(overturned, drowned))
    shared = {
        e.event.trigger: e.shared_headline for e in Timeline.build(chronology, [overturned, drowned]).entries
    }
    assert shared == {"overturned": False, "drowned": True}
