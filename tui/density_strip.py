"""Events per period over the chronology's whole span, with the part the list shows marked.

Click a column (or move along it with ←/→ and press enter) to jump the list there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from chronology_tui.timeline import Entry, bin_of, bin_start, density

BARS = " ▁▂▃▄▅▆▇█"


class DensityStrip(Widget, can_focus=True):
    DEFAULT_CSS = """
    DensityStrip { height: 2; background: $surface; }
    DensityStrip:focus { background: $boost; }
    DensityStrip > .density-strip--bar { color: $primary-muted; }
    DensityStrip > .density-strip--visible { color: $accent; background: $accent 20%; }
    DensityStrip > .density-strip--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    DensityStrip > .density-strip--axis { color: $text-muted; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "density-strip--bar",
        "density-strip--visible",
        "density-strip--cursor",
        "density-strip--axis",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "move(-1)", "Earlier", show=False),
        Binding("right,l", "move(1)", "Later", show=False),
        Binding("enter", "jump", "Jump", show=False),
    ]

    position: reactive[int] = reactive(0)

    class Jump(Message):
        """Show the events from `when` on."""

        def __init__(self, when: datetime) -> None:
            super().__init__()
            self.when = when

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.span: tuple[datetime, datetime] | None = None
        self.entries: Sequence[Entry] = ()
        self.visible_span: tuple[datetime, datetime] | None = None
        self._counts: list[int] = []
        self._counted_width = -1

    def set_entries(self, entries: Sequence[Entry], span: tuple[datetime, datetime] | None) -> None:
        self.entries, self.span = entries, span
        self._counted_width = -1
        self.refresh()

    def set_visible(self, first: Entry | None, last: Entry | None) -> None:
        if first is None or last is None or first.date.point is None:
            visible = None
        else:
            end = last.date.point.start if last.date.point is not None else first.date.point.start
            visible = (first.date.point.start, max(end, first.date.point.start))
        if visible != self.visible_span:
            self.visible_span = visible
            if self.span is not None and visible is not None:
                self.position = bin_of(self.span, self._bins(), visible[0])
            self.refresh()

    def _bins(self) -> int:
        return max(self.size.width, 1)

    def counts(self) -> list[int]:
        bins = self._bins()
        if self._counted_width != bins:
            self._counts = density(self.entries, self.span, bins) if self.span else [0] * bins
            self._counted_width = bins
        return self._counts

    def render(self) -> Text:
        width = self._bins()
        style = self.get_component_rich_style
        if self.span is None:
            return Text("no dated events", style=style("density-strip--axis"), end="")
        counts = self.counts()
        peak = max(counts, default=0) or 1
        visible_bins = (
            range(
                bin_of(self.span, width, self.visible_span[0]),
                bin_of(self.span, width, self.visible_span[1]) + 1,
            )
            if self.visible_span
            else range(0)
        )
        bars = Text(end="")
        for index, count in enumerate(counts):
            level = 0 if count == 0 else max(1, round(count / peak * (len(BARS) - 1)))
            name = "density-strip--visible" if index in visible_bins else "density-strip--bar"
            cell_style = style(name)
            if self.has_focus and index == self.position:
                cell_style = cell_style + style("density-strip--cursor")
            bars.append(BARS[level], cell_style)
        first, last = self.span
        left, right = f"{first:%Y-%m}", f"{last:%Y-%m}"
        if self.has_focus:
            middle = f"{bin_start(self.span, width, self.position):%Y-%m-%d} · {counts[self.position]} events"
        else:
            middle = f"{len(self.entries)} events"
        gap = width - len(left) - len(right)
        axis_text = (
            left + middle.center(gap)[: max(gap, 0)] + right if gap > len(middle) else left.ljust(width)
        )
        axis = Text(axis_text[:width], style=style("density-strip--axis"), end="")
        return Text("\n", end="").join([bars, axis])

    def on_resize(self) -> None:
        self._counted_width = -1

    def on_click(self, event: events.Click) -> None:
        if self.span is None:
            return
        self.position = min(max(event.x, 0), self._bins() - 1)
        self.post_message(self.Jump(bin_start(self.span, self._bins(), self.position)))

    def action_move(self, step: int) -> None:
        self.position = min(max(self.position + step, 0), self._bins() - 1)
        self.refresh()

    def action_jump(self) -> None:
        if self.span is not None:
            self.post_message(self.Jump(bin_start(self.span, self._bins(), self.position)))
