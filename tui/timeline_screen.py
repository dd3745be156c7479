"""The main screen: status line, density strip, event list and detail pane; search, filters, zoom and
corrections act on the selected event."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, ProgressBar, Static

from chronology_tui import keymap
from chronology_tui.corrections import (
    date_correction,
    headline_correction,
    hide_correction,
    merge_correction,
    split_correction,
)
from chronology_tui.dates import parse_jump_target, parse_value
from chronology_tui.density_strip import DensityStrip
from chronology_tui.detail_pane import DetailPane
from chronology_tui.filter_screen import FilterScreen
from chronology_tui.highlight import plain
from chronology_tui.prompt_screen import PromptScreen
from chronology_tui.timeline import EventRow, FilterSpec, HeaderRow, Zoom, build_rows, row_at_or_after
from chronology_tui.timeline_list import TimelineList

if TYPE_CHECKING:
    from chronology_tui.app import ChronologyApp
    from chronology_tui.timeline import Entry

#: Below this width the detail pane goes under the list instead of beside it.
NARROW_WIDTH = 110

EVENT_ACTIONS = frozenset({"open_document", "correct_date", "correct_headline", "toggle_hide", "merge"})


class TimelineScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = list(keymap.bindings(keymap.TIMELINE))

    def __init__(self) -> None:
        super().__init__()
        self.zoom = Zoom.DAY
        self.spec = FilterSpec()
        self.pending_merge: str | None = None
        self._bindings_for: tuple[bool, bool] = (False, False)

    @property
    def chronology_app(self) -> ChronologyApp:
        from chronology_tui.app import ChronologyApp

        assert isinstance(self.app, ChronologyApp)
        return self.app

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield DensityStrip(id="density")
        with Horizontal(id="panes"):
            yield TimelineList(id="timeline")
            yield DetailPane(id="detail")
        yield Input(
            placeholder="search headlines and text (enter: back to the list, esc: clear)", id="search"
        )
        with Horizontal(id="progress"):
            yield Label(id="progress-label")
            yield ProgressBar(id="progress-bar", show_eta=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.query_one("#progress").display = False
        self.refresh_rows()
        self.query_one(TimelineList).focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "-narrow")

    # --- rows -------------------------------------------------------------------------------------

    @property
    def timeline_list(self) -> TimelineList:
        return self.query_one("#timeline", TimelineList)

    @property
    def current(self) -> Entry | None:
        return self.timeline_list.current

    def refresh_rows(self, keep_event_id: str | None = None) -> None:
        """Rebuild the rows from the app's timeline, the zoom and the filters."""
        timeline = self.chronology_app.timeline
        keep = keep_event_id or (self.current.event.id if self.current else None)
        entries = timeline.filtered(self.spec)
        self.timeline_list.set_rows(build_rows(entries, self.zoom), self.spec.terms(), keep_event_id=keep)
        self.query_one(DensityStrip).set_entries(entries, timeline.span())
        self.update_status()

    def update_status(self) -> None:
        app = self.chronology_app
        chronology = app.chronology
        shown = self.timeline_list.event_count()
        total = sum(1 for entry in app.timeline.entries if not entry.event.hidden)
        text = Text(end="")
        text.append(" chronology ", "bold reverse")
        name = app.path.name if app.path is not None else app.label
        text.append(" ")
        text.append_text(plain(name))
        text.append(f" · {len(chronology.documents)} docs · {shown}/{total} events · by {self.zoom.value}")
        if chronology.errors:
            text.append(f" · {len(chronology.errors)} unreadable (E)", "bold red")
        described = self.spec.describe()
        if described:
            text.append(" · ")
            text.append_text(plain(described))
        if self.pending_merge:
            text.append(" · MERGE: pick the event to merge into, press m (esc cancels)", "bold reverse")
        if app.dirty:
            text.append(" · ● unsaved (ctrl+s)", "bold")
        self.query_one("#status", Static).update(text)

    # --- messages from the widgets ------------------------------------------------------------------

    @on(TimelineList.Highlighted)
    def show_detail(self, message: TimelineList.Highlighted) -> None:
        app = self.chronology_app
        self.query_one(DetailPane).show(message.entry, app.timeline, app.chronology.corrections)
        # Rebuilding the footer is costly: only when what the keys can do changed.
        state = self._binding_state()
        if state != self._bindings_for:
            self._bindings_for = state
            self.refresh_bindings()

    def _binding_state(self) -> tuple[bool, bool]:
        entry = self.current
        splittable = entry is not None and len(entry.event.sources) >= 2
        return entry is not None, splittable

    @on(TimelineList.Chosen)
    def chosen(self, message: TimelineList.Chosen) -> None:
        self.action_open_document()

    @on(TimelineList.Scrolled)
    def viewport_moved(self, message: TimelineList.Scrolled) -> None:
        self.query_one(DensityStrip).set_visible(message.first, message.last)

    @on(DensityStrip.Jump)
    def jump(self, message: DensityStrip.Jump) -> None:
        index = row_at_or_after(self.timeline_list.rows, message.when)
        if index is not None:
            self.timeline_list.move_to_row(index)

    @on(Input.Changed, "#search")
    def search_changed(self, message: Input.Changed) -> None:
        self.spec = replace(self.spec, query=message.value)
        self.refresh_rows()

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.timeline_list.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in EVENT_ACTIONS and self.is_mounted and self.current is None:
            return None
        if action == "split" and self.is_mounted:
            entry = self.current
            if entry is None or len(entry.event.sources) < 2:
                return None
        return True

    # --- browsing -----------------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def action_clear(self) -> None:
        if self.pending_merge:
            self.pending_merge = None
            self.update_status()
            return
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        search.display = False
        self.spec = FilterSpec()
        self.refresh_rows()
        self.timeline_list.focus()

    def action_filters(self) -> None:
        def apply(spec: FilterSpec | None) -> None:
            if spec is not None:
                self.spec = spec
                self.refresh_rows()

        documents = list(self.chronology_app.chronology.documents)
        self.app.push_screen(FilterScreen(self.spec, documents), apply)

    def set_filter(self, **changes: object) -> None:
        self.spec = replace(self.spec, **changes)  # type: ignore[arg-type]
        self.refresh_rows()

    def action_toggle_conflicts(self) -> None:
        self.set_filter(conflicts_only=not self.spec.conflicts_only)

    def action_toggle_hidden(self) -> None:
        self.set_filter(show_hidden=not self.spec.show_hidden)

    def action_goto(self) -> None:
        def go(answer: str | None) -> None:
            if answer:
                self.go_to(answer)

        def check(answer: str) -> str | None:
            return (
                None
                if parse_jump_target(answer)
                else "type a date: 2019, 2019-10, 2019-10-23, Q3 1998 or today"
            )

        self.app.push_screen(
            PromptScreen("Go to date", "2019, 2019-10, 2019-10-23, Q3 1998, today", "", check), go
        )

    def go_to(self, answer: str) -> bool:
        when = parse_jump_target(answer)
        if when is None:
            return False
        index = row_at_or_after(self.timeline_list.rows, when)
        if index is None:
            self.app.notify("No dated events are shown.", severity="warning")
            return False
        self.timeline_list.move_to_row(index)
        self.timeline_list.focus()
        return True

    def set_zoom(self, zoom: Zoom) -> None:
        self.zoom = zoom
        self.refresh_rows()

    def action_zoom_cycle(self) -> None:
        order = list(Zoom)
        self.set_zoom(order[(order.index(self.zoom) + 1) % len(order)])

    def action_zoom_in(self) -> None:
        self.set_zoom(self.zoom.finer())

    def action_zoom_out(self) -> None:
        self.set_zoom(self.zoom.coarser())

    def action_period(self, step: int) -> None:
        """Jump to the heading of the previous/next group."""
        rows = self.timeline_list.rows
        cursor = self.timeline_list.cursor
        headers = [index for index, row in enumerate(rows) if isinstance(row, HeaderRow)]
        if not headers:
            return
        current_header = max((h for h in headers if h <= cursor), default=headers[0])
        position = headers.index(current_header) + step
        position = min(max(position, 0), len(headers) - 1)
        self.timeline_list.move_to_row(headers[position] + 1, center=False)

    def action_open_document(self) -> None:
        entry = self.current
        if entry is not None:
            self.chronology_app.show_document(entry.event.document_id, (entry.event.start, entry.event.end))

    def action_errors(self) -> None:
        self.chronology_app.show_report()

    def action_open(self) -> None:
        def opened(answer: str | None) -> None:
            if answer:
                self.chronology_app.open_paths(answer.split())

        self.app.push_screen(
            PromptScreen(
                "Open", "a chronology JSON, or documents and folders (space separated) to build", ""
            ),
            opened,
        )

    def action_rebuild(self) -> None:
        self.chronology_app.rebuild()

    def action_export(self) -> None:
        self.chronology_app.action_export()

    def action_save(self) -> None:
        self.chronology_app.action_save()

    # --- corrections --------------------------------------------------------------------------------

    def action_correct_date(self) -> None:
        entry = self.current
        if entry is None:
            return
        event_id = entry.event.id

        def check(answer: str) -> str | None:
            return (
                None
                if parse_value(answer)
                else "a TIMEX3 date: 2019, 2019-10, 2019-10-23, 2019-10-23T14:30, 1998-Q3"
            )

        def corrected(answer: str | None) -> None:
            if answer and answer != entry.event.time.value:
                self.chronology_app.add_correction(date_correction(event_id, answer), keep=event_id)

        self.app.push_screen(
            PromptScreen(
                "Correct the date",
                f"now {entry.date.label} ({entry.event.time.value or 'undated'})",
                entry.event.time.value or "",
                check,
            ),
            corrected,
        )

    def action_correct_headline(self) -> None:
        entry = self.current
        if entry is None:
            return
        event_id = entry.event.id

        def corrected(answer: str | None) -> None:
            if answer and answer != entry.event.headline:
                self.chronology_app.add_correction(headline_correction(event_id, answer), keep=event_id)

        self.app.push_screen(
            PromptScreen(
                "Correct the headline",
                "",
                entry.event.headline,
                lambda a: None if a.strip() else "cannot be empty",
            ),
            corrected,
        )

    def action_toggle_hide(self) -> None:
        entry = self.current
        if entry is None:
            return
        app = self.chronology_app
        if entry.event.hidden:
            app.unhide(entry.event.id)
            return
        neighbour = self._neighbour_id(entry)
        app.add_correction(hide_correction(entry.event.id), keep=neighbour)
        app.notify("Hidden. H shows hidden events, u undoes.", timeout=3)

    def _neighbour_id(self, entry: Entry) -> str | None:
        rows = self.timeline_list.rows
        cursor = self.timeline_list.cursor
        for index in [*range(cursor + 1, len(rows)), *range(cursor - 1, -1, -1)]:
            row = rows[index]
            if isinstance(row, EventRow) and row.entry is not entry:
                return row.entry.event.id
        return None

    def action_merge(self) -> None:
        entry = self.current
        if entry is None:
            return
        if self.pending_merge is None or self.pending_merge == entry.event.id:
            self.pending_merge = entry.event.id
            self.update_status()
            return
        merged, self.pending_merge = self.pending_merge, None
        self.chronology_app.add_correction(merge_correction(entry.event.id, [merged]), keep=entry.event.id)

    def action_split(self) -> None:
        entry = self.current
        if entry is None:
            return
        try:
            correction = split_correction(entry.event)
        except ValueError as error:
            self.app.notify(str(error), severity="warning", markup=False)
            return
        self.chronology_app.add_correction(correction, keep=entry.event.id)

    def action_undo(self) -> None:
        self.chronology_app.undo()
