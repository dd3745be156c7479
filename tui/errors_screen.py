"""What happened when documents were opened: counts, and each document that could not be read and why."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from chronology.model.chronology import Chronology
from chronology_tui.highlight import plain


def report_table(chronology: Chronology) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    table.add_row(
        Text("Read"),
        Text(
            f"{len(chronology.documents)} documents, {len(chronology.events)} events, {len(chronology.errors)} errors"
        ),
    )
    for analyzed in chronology.documents:
        for warning in analyzed.warnings:
            table.add_row(Text("warning", style="yellow"), plain(f"{analyzed.document.id}: {warning}"))
    for error in chronology.errors:
        table.add_row(Text(error.kind.value, style="red"), plain(f"{error.source}: {error.message}"))
    if not chronology.errors:
        table.add_row(Text(""), Text("Every document was read."))
    return table


class ErrorsScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    ErrorsScreen { align: center middle; }
    ErrorsScreen > VerticalScroll {
        width: 96; max-width: 100%; height: auto; max-height: 90%; padding: 0 1;
        background: $panel; border: round $error;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "app.pop_screen", "Close", key_display="esc")
    ]

    def __init__(self, chronology: Chronology) -> None:
        super().__init__()
        self.chronology = chronology

    def compose(self) -> ComposeResult:
        scroller = VerticalScroll()
        scroller.border_title = "Documents"
        with scroller:
            yield Static(report_table(self.chronology))
