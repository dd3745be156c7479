"""The chronology terminal app: holds the chronology (events + corrections) and runs the slow work
(opening, building, saving, exporting) in threads so the screen never freezes."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import BindingType
from textual.widgets import Label, ProgressBar

from chronology.model.chronology import Chronology, Correction
from chronology.settings import DEFAULT_SETTINGS, Settings
from chronology_tui import keymap
from chronology_tui.commands import ChronologyCommands
from chronology_tui.corrections import corrected_events, with_corrections, without_hide
from chronology_tui.document_screen import DocumentScreen
from chronology_tui.errors_screen import ErrorsScreen
from chronology_tui.export_screen import ExportScreen
from chronology_tui.help_screen import HelpScreen
from chronology_tui.highlight import plain
from chronology_tui.prompt_screen import PromptScreen
from chronology_tui.storage import Opened, export, open_paths, save_chronology, source_paths
from chronology_tui.timeline import Timeline
from chronology_tui.timeline_screen import TimelineScreen

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


def settle_heap() -> None:
    """Move the chronology's objects out of the collector's sight.

    A big chronology is hundreds of thousands of long-lived objects; every full collection walked them
    all (a 0.15 s stall on 10,000 events, felt on a key press). Frozen objects are still freed when
    nothing refers to them any more, but frozen reference cycles never are, so this runs only when a
    chronology is opened, not on every correction (the widgets alive then are frozen too).
    """
    gc.freeze()


class ChronologyApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "chronology"
    COMMANDS = App.COMMANDS | {ChronologyCommands}
    BINDINGS: ClassVar[list[BindingType]] = list(keymap.app_bindings())

    def __init__(
        self,
        chronology: Chronology,
        *,
        path: Path | None = None,
        settings: Settings = DEFAULT_SETTINGS,
        label: str = "sample",
        theme: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.chronology = chronology
        self.path = path
        self.label = label
        self.dirty = False
        self.quit_armed = False
        settle_heap()
        self.timeline = Timeline.build(chronology, corrected_events(chronology))
        settle_heap()
        if theme is not None:
            self.theme = theme

    def get_default_screen(self) -> TimelineScreen:
        return TimelineScreen()

    @property
    def main_screen(self) -> TimelineScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, TimelineScreen):
                return screen
        return None

    # --- the chronology -----------------------------------------------------------------------------

    def set_chronology(
        self,
        chronology: Chronology,
        *,
        dirty: bool,
        keep: str | None = None,
        path: Path | bool | None = False,
        opened: bool = False,
    ) -> None:
        """Show another chronology (or the same with other corrections); `path=False` keeps the path."""
        self.chronology = chronology
        if path is not False:
            self.path = path if isinstance(path, Path) else None
        self.dirty = dirty
        self.quit_armed = False
        if opened:
            settle_heap()
        previous = None if opened else self.timeline
        self.timeline = Timeline.build(chronology, corrected_events(chronology), previous)
        if opened:
            settle_heap()
        screen = self.main_screen
        if screen is not None:
            screen.refresh_rows(keep_event_id=keep)

    def add_correction(self, correction: Correction, keep: str | None = None) -> None:
        corrections = (*self.chronology.corrections, correction)
        self.set_chronology(with_corrections(self.chronology, corrections), dirty=True, keep=keep)

    def unhide(self, event_id: str) -> None:
        self.set_chronology(without_hide(self.chronology, event_id), dirty=True, keep=event_id)

    def undo(self) -> None:
        corrections = self.chronology.corrections
        if not corrections:
            self.notify("No corrections to undo.")
            return
        last = corrections[-1]
        self.set_chronology(
            with_corrections(self.chronology, corrections[:-1]), dirty=True, keep=last.event_id
        )
        self.notify(f"Undid the {last.kind.value} correction.", timeout=3)

    # --- screens ------------------------------------------------------------------------------------

    def show_document(self, document_id: str, focus_span: tuple[int, int] | None = None) -> None:
        analyzed = self.timeline.documents.get(document_id)
        if analyzed is None:
            self.notify("That document's text is not in this chronology.", severity="warning")
            return
        events = [entry.event for entry in self.timeline.entries if not entry.event.hidden]
        self.push_screen(DocumentScreen(analyzed, focus_span, events))

    def filter_document(self, document_id: str) -> None:
        screen = self.main_screen
        if screen is not None:
            screen.set_filter(document_id=document_id)

    def show_report(self) -> None:
        self.push_screen(ErrorsScreen(self.chronology))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def action_quit_checked(self) -> None:
        if self.dirty and not self.quit_armed:
            self.quit_armed = True
            self.notify(
                "Corrections are not saved: ctrl+s saves, q again quits without saving.", severity="warning"
            )
            return
        self.exit()

    # --- opening ------------------------------------------------------------------------------------

    def open_paths(self, names: Iterable[str]) -> None:
        paths = [Path(name).expanduser() for name in names]
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            self.notify(f"No such file or folder: {', '.join(missing)}", severity="error", markup=False)
            return
        self._show_progress(True, "opening")
        self.open_worker(paths)

    def rebuild(self) -> None:
        """Read the chronology's documents again and rebuild it; the corrections are kept and re-applied."""
        paths = source_paths(self.chronology)
        if not paths:
            self.notify(
                "The files these documents were read from are not available here.", severity="warning"
            )
            return
        self._show_progress(True, "rebuilding")
        self.open_worker(paths, self.chronology.corrections)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_worker(self, paths: list[Path], corrections: tuple[Correction, ...] = ()) -> None:
        try:
            opened = open_paths(
                paths, self.settings, progress=self._progress_from_thread, corrections=corrections
            )
        except Exception as error:  # a defect or unreadable input must not take the open chronology down
            self.call_from_thread(self._open_failed, f"{type(error).__name__}: {error}")
            return
        if corrections:
            self.call_from_thread(self._rebuilt, opened)
        else:
            self.call_from_thread(self._opened, opened, paths)

    def _progress_from_thread(self, done: int, total: int, label: str) -> None:
        self.call_from_thread(self._update_progress, done, total, label)

    def _update_progress(self, done: int, total: int, label: str) -> None:
        screen = self.main_screen
        if screen is None:
            return
        bar = screen.query_one("#progress-bar", ProgressBar)
        bar.update(total=total or None, progress=done)
        # The label is a document title or path: shown literally, never as markup.
        screen.query_one("#progress-label", Label).update(
            plain(f"{'building' if total else 'reading'} {label[:40]}  ")
        )

    def _show_progress(self, visible: bool, label: str = "") -> None:
        screen = self.main_screen
        if screen is not None:
            screen.query_one("#progress").display = visible
            screen.query_one("#progress-label", Label).update(plain(label))

    def _open_failed(self, message: str) -> None:
        self._show_progress(False)
        self.notify(f"Could not open: {message}", severity="error", markup=False)

    def _opened(self, opened: Opened, paths: list[Path]) -> None:
        self._show_progress(False)
        self.label = " ".join(path.name for path in paths)
        self.set_chronology(opened.chronology, dirty=False, path=opened.path, opened=True)
        chronology = opened.chronology
        self.notify(
            f"{len(chronology.documents)} documents, {len(chronology.events)} events"
            + (f", {len(chronology.errors)} could not be read" if chronology.errors else ""),
            markup=False,
        )
        if chronology.errors:
            self.show_report()

    def _rebuilt(self, opened: Opened) -> None:
        self._show_progress(False)
        current = self.main_screen.current if self.main_screen is not None else None
        keep = current.event.id if current is not None else None
        # Same documents, same corrections: still unsaved if they were, and saved to the same file.
        self.set_chronology(opened.chronology, dirty=self.dirty, keep=keep, opened=True)
        chronology = opened.chronology
        self.notify(
            f"Rebuilt: {len(chronology.events)} events, {len(chronology.corrections)} corrections re-applied",
            markup=False,
        )

    # --- saving and exporting -----------------------------------------------------------------------

    def action_save(self) -> None:
        if self.path is not None:
            self.save_worker(self.path)
            return

        def chosen(answer: str | None) -> None:
            if answer:
                self.save_worker(Path(answer).expanduser())

        self.push_screen(
            PromptScreen(
                "Save the chronology (with corrections)", "file", str(Path.cwd() / "chronology.json")
            ),
            chosen,
        )

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def save_worker(self, path: Path) -> None:
        chronology = self.chronology
        try:
            save_chronology(chronology, path)
        except OSError as error:
            self.call_from_thread(
                self.notify, f"Could not save {path}: {error}", severity="error", markup=False
            )
            return
        self.call_from_thread(self._saved, chronology, path)

    def _saved(self, chronology: Chronology, path: Path) -> None:
        self.path = path
        if chronology is self.chronology:
            self.dirty = False
        screen = self.main_screen
        if screen is not None:
            screen.update_status()
        self.notify(f"Saved {path} ({len(chronology.corrections)} corrections).", markup=False)

    def action_export(self, format_name: str | None = None) -> None:
        def chosen(answer: tuple[str, Path] | None) -> None:
            if answer:
                self.export_worker(*answer)

        self.push_screen(ExportScreen(self.path, format_name or "json"), chosen)

    @work(thread=True, group="export", exit_on_error=False)
    def export_worker(self, format_name: str, path: Path) -> None:
        try:
            written = export(self.chronology, format_name, path)
        except Exception as error:  # a writer's failure is reported; the session goes on
            self.call_from_thread(self.notify, f"Export failed: {error}", severity="error", markup=False)
            return
        files = f"{len(written)} files in {path}" if len(written) > 1 else str(path)
        self.call_from_thread(self.notify, f"Exported {format_name}: {files}", markup=False)
