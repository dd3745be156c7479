"""Screens as pictures (pytest-textual-snapshot), at fixed sizes on the deterministic sample.

Textual is pinned exactly: any Textual/Rich upgrade redraws these; review the diff report, then
`pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from tui_builders import sample_chronology

from chronology_tui.app import ChronologyApp
from chronology_tui.timeline import EventRow
from chronology_tui.timeline_list import TimelineList

SnapCompare = Callable[..., bool]


def app() -> ChronologyApp:
    return ChronologyApp(sample_chronology(), theme="textual-dark")


async def select_raid(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    timeline = pilot.app.screen.query_one(TimelineList)
    index = next(
        i
        for i, row in enumerate(timeline.rows)
        if isinstance(row, EventRow) and row.entry.event.trigger == "raid"
    )
    timeline.move_to_row(index)
    await pilot.pause()


def test_timeline_screen(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(100, 30))


def test_timeline_screen_wide_month_zoom(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), press=["z", "z"], terminal_size=(140, 32))


def test_detail_of_conflicting_event(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), run_before=select_raid, terminal_size=(130, 30))


def test_document_view(snap_compare: SnapCompare) -> None:
    async def open_document(pilot: Pilot[Any]) -> None:
        await select_raid(pilot)
        await pilot.press("enter", "n")

    assert snap_compare(app(), run_before=open_document, terminal_size=(100, 30))


def test_help_screen(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), press=["f1"], terminal_size=(100, 30))


def test_small_light_terminal(snap_compare: SnapCompare) -> None:
    assert snap_compare(ChronologyApp(sample_chronology(), theme="textual-light"), terminal_size=(80, 24))
