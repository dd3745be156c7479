"""The event list: one line per event under year/month/day headings, drawn line by line so that a
chronology of tens of thousands of events scrolls as fast as a short one."""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from chronology_tui.inert import inert_line
from chronology_tui.timeline import Entry, EventRow, HeaderRow, Row

DATE_COLUMN_MAX = 24
MARKS_WIDTH = 3


class TimelineList(ScrollView, can_focus=True):
    """Rows of a `Timeline`; the cursor sits on event rows only."""

    DEFAULT_CSS = """
    TimelineList {
        background: $surface;
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    TimelineList > .timeline-list--header { color: $text-accent; text-style: bold; }
    TimelineList > .timeline-list--date { color: $text-secondary; }
    TimelineList > .timeline-list--conflict { color: $text-error; text-style: bold; }
    TimelineList > .timeline-list--assumed { color: $text-warning; }
    TimelineList > .timeline-list--corrected { color: $text-success; }
    TimelineList > .timeline-list--hidden { color: $text-disabled; text-style: strike; }
    TimelineList > .timeline-list--count { color: $text-muted; }
    TimelineList > .timeline-list--trigger { color: $text-secondary; text-style: italic; }
    TimelineList > .timeline-list--match { text-style: bold underline; }
    TimelineList > .timeline-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    TimelineList > .timeline-list--cursor-blurred { background: $block-cursor-blurred-background; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-list--header",
        "timeline-list--date",
        "timeline-list--conflict",
        "timeline-list--assumed",
        "timeline-list--corrected",
        "timeline-list--hidden",
        "timeline-list--count",
        "timeline-list--trigger",
        "timeline-list--match",
        "timeline-list--cursor",
        "timeline-list--cursor-blurred",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(-1)", "First", show=False),
        Binding("end", "edge(1)", "Last", show=False),
    ]

    cursor: reactive[int] = reactive(-1, always_update=True, repaint=True)

    class Highlighted(Message):
        """The cursor moved to another event (or to none)."""

        def __init__(self, entry: Entry | None) -> None:
            super().__init__()
            self.entry = entry

    class Chosen(Message):
        """A person asked to open the event (double click; enter is the screen's binding)."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    class Scrolled(Message):
        """The visible rows changed: the density strip marks their period."""

        def __init__(self, first: Entry | None, last: Entry | None) -> None:
            super().__init__()
            self.first = first
            self.last = last

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.terms: list[str] = []
        self._date_width = 10

    # --- data -------------------------------------------------------------------------------------

    def set_rows(self, rows: list[Row], terms: list[str], keep_event_id: str | None = None) -> None:
        """Show new rows, keeping the cursor on the same event when it is still there."""
        self.rows = rows
        self.terms = [term for term in terms if term]
        widths = [len(row.entry.date.label) for row in rows[:2000] if isinstance(row, EventRow)]
        self._date_width = min(max(widths, default=10), DATE_COLUMN_MAX)
        self.virtual_size = Size(1, len(rows))
        target = self.index_of(keep_event_id) if keep_event_id else None
        if target is None:
            target = self._nearest_event(min(max(self.cursor, 0), max(len(rows) - 1, 0)), 1)
        self._move_to(target if target is not None else -1, center=True)
        self.refresh()

    def index_of(self, event_id: str) -> int | None:
        for index, row in enumerate(self.rows):
            if isinstance(row, EventRow) and row.entry.event.id == event_id:
                return index
        return None

    @property
    def current(self) -> Entry | None:
        if 0 <= self.cursor < len(self.rows):
            row = self.rows[self.cursor]
            if isinstance(row, EventRow):
                return row.entry
        return None

    def event_count(self) -> int:
        return sum(1 for row in self.rows if isinstance(row, EventRow))

    # --- moving -----------------------------------------------------------------------------------

    def _nearest_event(self, index: int, direction: int) -> int | None:
        step = 1 if direction >= 0 else -1
        position = index
        while 0 <= position < len(self.rows):
            if isinstance(self.rows[position], EventRow):
                return position
            position += step
        position = index - step
        while 0 <= position < len(self.rows):
            if isinstance(self.rows[position], EventRow):
                return position
            position -= step
        return None

    def _move_to(self, index: int, center: bool = False) -> None:
        previous = self.current
        self.cursor = index
        if index >= 0:
            self._scroll_to_cursor(center)
        if self.current is not previous or center:
            self.post_message(self.Highlighted(self.current))

    def move_to_row(self, index: int, direction: int = 1, center: bool = True) -> None:
        target = self._nearest_event(min(max(index, 0), max(len(self.rows) - 1, 0)), direction)
        if target is not None:
            self._move_to(target, center=center)

    def _scroll_to_cursor(self, center: bool) -> None:
        height = max(self.scrollable_content_region.height, 1)
        top = int(self.scroll_y)
        # Keep the group heading in view when the cursor is on a group's first event.
        wanted_top = (
            self.cursor - 1
            if self.cursor > 0 and isinstance(self.rows[self.cursor - 1], HeaderRow)
            else self.cursor
        )
        if center:
            self.scroll_to(y=max(wanted_top - height // 3, 0), animate=False, immediate=True)
        elif wanted_top < top:
            self.scroll_to(y=wanted_top, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        if not self.rows:
            return
        start = self.cursor + step
        target = self._nearest_event(min(max(start, 0), len(self.rows) - 1), step)
        if target is not None:
            self._move_to(target)

    def action_page(self, direction: int) -> None:
        height = max(self.scrollable_content_region.height - 1, 1)
        self.move_to_row(self.cursor + direction * height, direction, center=False)

    def action_edge(self, direction: int) -> None:
        self.move_to_row(
            0 if direction < 0 else len(self.rows) - 1, -direction if direction > 0 else 1, center=False
        )

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if not 0 <= index < len(self.rows):
            return
        self.focus()
        self.move_to_row(index, 1, center=False)
        if event.chain >= 2 and self.current is not None:
            self.post_message(self.Chosen(self.current))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._report_viewport()

    def on_resize(self) -> None:
        self.virtual_size = Size(1, len(self.rows))
        self._report_viewport()

    def visible_entries(self) -> tuple[Entry | None, Entry | None]:
        top = int(self.scroll_y)
        bottom = min(top + self.scrollable_content_region.height, len(self.rows))
        first = next((row.entry for row in self.rows[top:bottom] if isinstance(row, EventRow)), None)
        last = next((row.entry for row in reversed(self.rows[top:bottom]) if isinstance(row, EventRow)), None)
        return first, last

    def _report_viewport(self) -> None:
        first, last = self.visible_entries()
        self.post_message(self.Scrolled(first, last))

    # --- drawing ----------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not 0 <= index < len(self.rows) or width <= 0:
            return Strip.blank(width, base)
        text = self.row_text(index, width)
        segments = [
            Segment(segment.text, base + segment.style if segment.style else base)
            for segment in text.render(self.app.console)
        ]
        return Strip(segments, width).crop(0, width)

    def row_text(self, index: int, width: int) -> Text:
        """Row `index` as drawn `width` cells wide (styled, never parsed as markup)."""
        row = self.rows[index]
        text = self._header_text(row) if isinstance(row, HeaderRow) else self._event_text(row.entry, width)
        text.truncate(width, overflow="ellipsis", pad=True)
        if index == self.cursor:
            name = "timeline-list--cursor" if self.has_focus else "timeline-list--cursor-blurred"
            text.stylize(self.get_component_rich_style(name))
        return text

    def _header_text(self, row: HeaderRow) -> Text:
        text = Text(f"{row.label}", style=self.get_component_rich_style("timeline-list--header"), end="")
        text.append(
            f"  {row.count} event{'s' if row.count != 1 else ''}",
            self.get_component_rich_style("timeline-list--count"),
        )
        return text

    def _event_text(self, entry: Entry, width: int) -> Text:
        event = entry.event
        style = self.get_component_rich_style
        text = Text(end="")
        text.append("  ")
        text.append(
            entry.date.label.ljust(self._date_width)[: self._date_width], style("timeline-list--date")
        )
        text.append(" ")
        text.append_text(self._marks(entry))
        headline = Text(inert_line(event.headline), end="")
        if event.hidden:
            headline.stylize(style("timeline-list--hidden"))
        if self.terms:
            lowered = headline.plain.casefold()
            match_style = style("timeline-list--match")
            for term in self.terms:
                start = lowered.find(term)
                while start >= 0:
                    headline.stylize(match_style, start, start + len(term))
                    start = lowered.find(term, start + len(term))
        text.append_text(headline)
        count = len(event.sources) or 1
        suffix = f"  {count} src" if count == 1 else f"  {count} srcs"
        available = width - len(suffix)
        if entry.shared_headline:
            # Two events cut from one clause share a headline; the trigger says which row is which, so
            # a long headline is cut before it rather than the trigger after it.
            trigger = Text(f" · {inert_line(event.trigger)}", style("timeline-list--trigger"), end="")
            if text.cell_len + trigger.cell_len > available:
                text.truncate(max(available - trigger.cell_len, 0), overflow="ellipsis")
            text.append_text(trigger)
        if text.cell_len < available:
            text.append(" " * (available - text.cell_len))
        else:
            text.truncate(max(available, 0), overflow="ellipsis")
        text.append(suffix, style("timeline-list--count"))
        return text

    def _marks(self, entry: Entry) -> Text:
        style = self.get_component_rich_style
        marks = Text(end="")
        if entry.conflict:
            marks.append("!", style("timeline-list--conflict"))
        if entry.assumed:
            marks.append("~", style("timeline-list--assumed"))
        if entry.event.corrected:
            marks.append("✎", style("timeline-list--corrected"))
        marks.truncate(MARKS_WIDTH, pad=True)
        return marks
