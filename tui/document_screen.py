"""One document in full with every time expression highlighted; n/N step through them, each with its
value and the explanation of how it was resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from chronology.model.chronology import AnalyzedDocument
from chronology.model.event import Event
from chronology_tui import keymap
from chronology_tui.dates import day_label
from chronology_tui.highlight import highlighted, plain
from chronology_tui.inert import inert_line

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (blank-line separated), covering the whole text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s] or [(0, len(text))]


class DocumentScreen(Screen[None]):
    DEFAULT_CSS = """
    DocumentScreen { layout: vertical; }
    DocumentScreen #document-title { height: auto; padding: 0 1; background: $panel; }
    DocumentScreen #document-text { height: 1fr; padding: 0 1; background: $surface; }
    DocumentScreen #document-text > Static { margin-bottom: 1; }
    DocumentScreen #expression-info { height: auto; max-height: 7; padding: 0 1; background: $panel; }
    DocumentScreen > .document-screen--expression { background: $accent 25%; }
    DocumentScreen > .document-screen--current { background: $accent; color: $text; text-style: bold; }
    DocumentScreen > .document-screen--event { background: $primary 15%; }
    DocumentScreen > .document-screen--trigger { text-style: underline; }
    DocumentScreen > .document-screen--label { color: $text-muted; }
    DocumentScreen > .document-screen--value { color: $text-accent; text-style: bold; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "document-screen--expression",
        "document-screen--current",
        "document-screen--event",
        "document-screen--trigger",
        "document-screen--label",
        "document-screen--value",
    }

    BINDINGS: ClassVar[list[BindingType]] = list(keymap.bindings(keymap.DOCUMENT))

    def __init__(
        self,
        analyzed: AnalyzedDocument,
        focus_span: tuple[int, int] | None = None,
        events: Sequence[Event] = (),
    ) -> None:
        super().__init__()
        self.analyzed = analyzed
        self.focus_span = focus_span
        self.events = [event for event in events if event.document_id == analyzed.document.id]
        self.paragraphs = paragraph_spans(analyzed.document.text)
        expressions = analyzed.expressions
        self.current: int | None = None
        if expressions:
            if focus_span is not None:
                inside = [i for i, e in enumerate(expressions) if e.end > focus_span[0]]
                self.current = inside[0] if inside else 0
            else:
                self.current = 0

    def compose(self) -> ComposeResult:
        yield Static(id="document-title")
        with VerticalScroll(id="document-text"):
            for index, _ in enumerate(self.paragraphs):
                yield Static(id=f"paragraph-{index}")
        yield Static(id="expression-info")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#document-title", Static).update(self._title())
        self._render_all()
        self.query_one("#document-text").focus()
        self.call_after_refresh(self._scroll_to_current)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"document-screen--{name}")

    def _title(self) -> Text:
        document = self.analyzed.document
        out = Text(end="")
        out.append_text(plain(document.title or document.id))
        out.stylize("bold")
        out.append(f"  [{inert_line(document.id)}]\n", self._style("label"))
        if document.published:
            out.append(f"published {day_label(document.published)}", self._style("label"))
            out.append(f" · DCT from {document.published_source.value}", self._style("label"))
            if document.published_detail:
                out.append_text(
                    Text(f": {inert_line(document.published_detail)}", style=self._style("label"), end="")
                )
        else:
            out.append("no publication date", self._style("label"))
        out.append(
            f" · {len(self.analyzed.expressions)} time expressions · {self.analyzed.kind}",
            self._style("label"),
        )
        return out

    def _paragraph_text(self, index: int) -> Text:
        start, end = self.paragraphs[index]
        trigger_style = self._style("trigger")
        spans = [(event.trigger_start, event.trigger_end, trigger_style) for event in self.events]
        if self.focus_span is not None:
            spans.append((self.focus_span[0], self.focus_span[1], self._style("event")))
        return highlighted(
            self.analyzed.document.text,
            start,
            end,
            self.analyzed.expressions,
            self._style("expression"),
            current=self.current,
            current_style=self._style("current"),
            spans=spans,
        )

    def _render_all(self) -> None:
        for index in range(len(self.paragraphs)):
            self.query_one(f"#paragraph-{index}", Static).update(self._paragraph_text(index))
        self._render_info()

    def _paragraph_of(self, offset: int) -> int:
        for index, (_, end) in enumerate(self.paragraphs):
            if offset < end:
                return index
        return len(self.paragraphs) - 1

    def _render_info(self) -> None:
        info = self.query_one("#expression-info", Static)
        expressions = self.analyzed.expressions
        if self.current is None:
            info.update(Text("No time expressions in this document.", style=self._style("label")))
            return
        expression = expressions[self.current]
        out = Text(end="")
        out.append(f"{self.current + 1}/{len(expressions)} ", self._style("label"))
        out.append_text(plain(f"“{expression.text}”"))
        out.append(f"  {expression.type.value} ", self._style("label"))
        out.append(expression.value, self._style("value"))
        if expression.mod:
            out.append(f" mod {expression.mod}", self._style("label"))
        out.append(f"  anchor: {expression.anchor.kind.value}", self._style("label"))
        if expression.anchor.value:
            out.append(f" {expression.anchor.value}", self._style("label"))
        if expression.explanation:
            out.append("\n")
            out.append_text(plain(expression.explanation))
        dated = [
            event
            for event in self.events
            if event.time.expression is not None
            and (event.time.expression.start, event.time.expression.end) == (expression.start, expression.end)
        ]
        if dated:
            out.append("\ndates: ", self._style("label"))
            out.append_text(plain("; ".join(event.headline for event in dated[:3])))
            if len(dated) > 3:
                out.append(f" and {len(dated) - 3} more", self._style("label"))
        for warning in expression.warnings:
            out.append("\n! ", "bold")
            out.append_text(plain(warning))
        info.update(out)

    def _move(self, step: int) -> None:
        expressions = self.analyzed.expressions
        if not expressions or self.current is None:
            return
        previous = self.current
        self.current = (self.current + step) % len(expressions)
        for offset in {expressions[previous].start, expressions[self.current].start}:
            index = self._paragraph_of(offset)
            self.query_one(f"#paragraph-{index}", Static).update(self._paragraph_text(index))
        self._render_info()
        self.call_after_refresh(self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if self.current is None:
            return
        expression = self.analyzed.expressions[self.current]
        index = self._paragraph_of(expression.start)
        paragraph = self.query_one(f"#paragraph-{index}", Static)
        scroller = self.query_one("#document-text", VerticalScroll)
        start = self.paragraphs[index][0]
        width = max(paragraph.content_region.width, 1)
        prefix = Text(self.analyzed.document.text[start : expression.start], end="")
        line = len(prefix.wrap(self.app.console, width)) - 1 if expression.start > start else 0
        target = paragraph.virtual_region.y + line - scroller.scrollable_content_region.height // 3
        scroller.scroll_to(y=max(target, 0), animate=False)

    def action_next_expression(self) -> None:
        self._move(1)

    def action_previous_expression(self) -> None:
        self._move(-1)
