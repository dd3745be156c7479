"""Export: pick a format and a file; the app writes it in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from chronology_tui.storage import EXPORT_FORMATS, default_export_path


class ExportScreen(ModalScreen[tuple[str, Path] | None]):
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical {
        width: 72; max-width: 98%; height: auto; padding: 0 1;
        background: $panel; border: round $primary;
    }
    ExportScreen OptionList { height: auto; max-height: 8; }
    ExportScreen #export-hint { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, base: Path | None, initial_format: str = "json") -> None:
        super().__init__()
        self.base = base
        self.initial_format = initial_format

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Export the chronology (corrections applied)", style="bold", end=""))
            yield OptionList(
                *(Option(Text(label), id=name) for name, _, label in EXPORT_FORMATS), id="export-format"
            )
            yield Static(Text("File (enter writes it):", end=""), id="export-hint")
            yield Input(id="export-path")

    def on_mount(self) -> None:
        formats = self.query_one("#export-format", OptionList)
        names = [name for name, _, _ in EXPORT_FORMATS]
        formats.highlighted = names.index(self.initial_format) if self.initial_format in names else 0
        self._suggest(names[formats.highlighted or 0])
        formats.focus()

    def _suggest(self, format_name: str) -> None:
        suffix = next(suffix for name, suffix, _ in EXPORT_FORMATS if name == format_name)
        self.query_one("#export-path", Input).value = str(default_export_path(self.base, suffix))

    def selected_format(self) -> str:
        formats = self.query_one("#export-format", OptionList)
        return EXPORT_FORMATS[formats.highlighted or 0][0]

    @on(OptionList.OptionHighlighted, "#export-format")
    def format_changed(self) -> None:
        self._suggest(self.selected_format())

    @on(OptionList.OptionSelected, "#export-format")
    def format_chosen(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(Input.Submitted, "#export-path")
    def write(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss((self.selected_format(), Path(event.value.strip()).expanduser()))

    def action_cancel(self) -> None:
        self.dismiss(None)
