"""Every key and mouse action, grouped by where it works (generated from the key map)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from chronology_tui import keymap

MARKS_HELP: tuple[tuple[str, str], ...] = (
    ("!", "sources disagree on the date (conflict)"),
    ("~", "assumed time: not given by an expression for this event"),
    ("✎", "corrected by a person"),
)


def help_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    groups = dict.fromkeys(key.group for key in keymap.KEYS)
    for group in groups:
        table.add_row(Text(group, style="bold underline"), "")
        for key in keymap.KEYS:
            if key.group == group:
                table.add_row(Text(key.display), Text(key.description))
        table.add_row("", "")
    table.add_row(Text("Mouse", style="bold underline"), "")
    for gesture, meaning in keymap.MOUSE_HELP:
        table.add_row(Text(gesture), Text(meaning))
    table.add_row("", "")
    table.add_row(Text("Marks", style="bold underline"), "")
    for mark, meaning in MARKS_HELP:
        table.add_row(Text(mark), Text(meaning))
    return table


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90; max-width: 100%; height: 90%; padding: 0 1;
        background: $panel; border: round $primary; border-title-style: bold;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "app.pop_screen", "Close", key_display="esc"),
    ]

    def compose(self) -> ComposeResult:
        scroller = VerticalScroll()
        scroller.border_title = "chronology — keys"
        with scroller:
            yield Static(help_table())
