"""Filters: which document, which dates, which expression type, how precise, conflicts only."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from chronology.model.chronology import AnalyzedDocument
from chronology.model.expression import Granularity, TimexType
from chronology_tui.dates import parse_jump_target, parse_value, period_end
from chronology_tui.highlight import plain
from chronology_tui.timeline import FilterSpec

PRECISIONS: tuple[Granularity, ...] = (Granularity.YEAR, Granularity.MONTH, Granularity.DAY, Granularity.HOUR)


def end_of(text: str) -> str | None:
    """The last instant a typed date covers ('2019' ends 2019-12-31), as an ISO string; None if unreadable."""
    point = parse_value(text.strip())
    if point is None:
        return None
    return period_end(point).isoformat()


class FilterScreen(ModalScreen[FilterSpec | None]):
    DEFAULT_CSS = """
    FilterScreen { align: center middle; }
    FilterScreen > Vertical {
        width: 76; max-width: 98%; height: auto; max-height: 98%; padding: 0 1;
        background: $panel; border: round $primary; overflow-y: auto;
    }
    FilterScreen Horizontal { height: auto; }
    FilterScreen Label { padding: 1 1 0 0; width: 12; }
    FilterScreen Input, FilterScreen Select { width: 1fr; }
    FilterScreen #filter-error { color: $text-error; }
    FilterScreen #filter-buttons { margin-top: 1; align-horizontal: right; }
    FilterScreen Button { margin-left: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, spec: FilterSpec, documents: list[AnalyzedDocument]) -> None:
        super().__init__()
        self.spec = spec
        self.documents = documents

    def compose(self) -> ComposeResult:
        spec = self.spec
        document_options = [
            (plain(f"{a.document.title or a.document.id} [{a.document.id}]"), a.document.id)
            for a in self.documents
        ]
        with Vertical():
            yield Static(Text("Filters", style="bold", end=""))
            with Horizontal():
                yield Label("Document")
                yield Select(
                    document_options,
                    prompt="any document",
                    value=spec.document_id or Select.NULL,
                    id="filter-document",
                )
            with Horizontal():
                yield Label("From")
                yield Input(
                    value=f"{spec.date_from:%Y-%m-%d}" if spec.date_from else "",
                    placeholder="2019, 2019-10 or 2019-10-23",
                    id="filter-from",
                )
            with Horizontal():
                yield Label("To")
                yield Input(
                    value=f"{spec.date_to:%Y-%m-%d}" if spec.date_to else "",
                    placeholder="2022 (inclusive)",
                    id="filter-to",
                )
            with Horizontal():
                yield Label("Type")
                yield Select(
                    [(Text(t.value), t.value) for t in TimexType],
                    prompt="any type",
                    value=spec.timex_type.value if spec.timex_type else Select.NULL,
                    id="filter-type",
                )
            with Horizontal():
                yield Label("Precision")
                yield Select(
                    [(Text(f"{g.value} or finer"), g.value) for g in PRECISIONS],
                    prompt="any precision",
                    value=spec.min_precision.value if spec.min_precision else Select.NULL,
                    id="filter-precision",
                )
            yield Checkbox("Conflicts only", spec.conflicts_only, id="filter-conflicts")
            yield Checkbox("Show hidden events", spec.show_hidden, id="filter-hidden")
            yield Static(id="filter-error")
            with Horizontal(id="filter-buttons"):
                yield Button("Clear", id="filter-clear")
                yield Button("Cancel", id="filter-cancel")
                yield Button("Apply", variant="primary", id="filter-apply")

    def on_mount(self) -> None:
        self.query_one("#filter-document", Select).focus()

    def _select_value(self, selector: str) -> str | None:
        value = self.query_one(selector, Select).value
        return value if isinstance(value, str) else None

    def collect(self) -> FilterSpec | str:
        """The spec the form describes, or what is wrong with it."""
        from datetime import datetime

        from_text = self.query_one("#filter-from", Input).value.strip()
        to_text = self.query_one("#filter-to", Input).value.strip()
        date_from = parse_jump_target(from_text) if from_text else None
        if from_text and date_from is None:
            return f"'From' is not a date: {from_text!r}"
        date_to = None
        if to_text:
            end = end_of(to_text)
            if end is None:
                return f"'To' is not a date: {to_text!r}"
            date_to = datetime.fromisoformat(end)
        timex_type = self._select_value("#filter-type")
        precision = self._select_value("#filter-precision")
        return FilterSpec(
            query=self.spec.query,
            document_id=self._select_value("#filter-document"),
            date_from=date_from,
            date_to=date_to,
            timex_type=TimexType(timex_type) if timex_type else None,
            min_precision=Granularity(precision) if precision else None,
            conflicts_only=self.query_one("#filter-conflicts", Checkbox).value,
            show_hidden=self.query_one("#filter-hidden", Checkbox).value,
        )

    @on(Button.Pressed, "#filter-apply")
    @on(Input.Submitted)
    def apply(self) -> None:
        spec = self.collect()
        if isinstance(spec, str):
            self.query_one("#filter-error", Static).update(Text(spec, end=""))
            return
        self.dismiss(spec)

    @on(Button.Pressed, "#filter-clear")
    def clear(self) -> None:
        self.dismiss(FilterSpec(query=self.spec.query))

    @on(Button.Pressed, "#filter-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
