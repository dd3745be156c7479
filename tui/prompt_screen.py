"""A one-line question in a modal: a date to jump to, a corrected date or headline, a path."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

#: Returns an error message for an unacceptable answer, None when it is fine.
Validator = Callable[[str], str | None]


class PromptScreen(ModalScreen[str | None]):
    DEFAULT_CSS = """
    PromptScreen { align: center middle; }
    PromptScreen > Vertical {
        width: 72; max-width: 95%; height: auto; padding: 1 2;
        background: $panel; border: round $primary;
    }
    PromptScreen #prompt-hint { color: $text-muted; }
    PromptScreen #prompt-error { color: $text-error; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        hint: str = "",
        value: str = "",
        validate: Validator | None = None,
        suggester: Suggester | None = None,
    ) -> None:
        super().__init__()
        self.suggester = suggester
        self.prompt_title = title
        self.hint = hint
        self.initial = value
        self.validate = validate

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.prompt_title, style="bold", end=""), id="prompt-title")
            yield Static(Text(self.hint, end=""), id="prompt-hint")
            yield Input(value=self.initial, id="prompt-input", select_on_focus=True, suggester=self.suggester)
            yield Static(id="prompt-error")

    def on_mount(self) -> None:
        self.query_one("#prompt-input", Input).focus()

    @on(Input.Submitted, "#prompt-input")
    def submit(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        problem = self.validate(answer) if self.validate else None
        if problem:
            self.query_one("#prompt-error", Static).update(Text(problem, end=""))
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
