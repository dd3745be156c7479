"""The selected event: its source sentences with every time expression highlighted, the resolved value
and why, the documents it came from (and where their dates came from), and the rest of its day."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from chronology.model.chronology import Correction
from chronology.model.event import Source, TimeBasis
from chronology_tui.dates import day_label, label_for
from chronology_tui.highlight import expressions_within, highlighted, plain
from chronology_tui.inert import inert_line
from chronology_tui.timeline import Entry, Timeline

BASIS_TEXT: dict[TimeBasis, str] = {
    TimeBasis.EXPLICIT: "dated by a time expression in its own clause",
    TimeBasis.INHERITED: "assumed: inherits the time the narrative had reached",
    TimeBasis.REPORTED_BY_DCT: "assumed: on or before the publication date of the report",
    TimeBasis.CORRECTED: "corrected by a person",
    TimeBasis.UNDATED: "no time found",
}


class DetailPane(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    DetailPane { background: $surface; padding: 0 1; }
    DetailPane > Static { width: 1fr; }
    DetailPane > .detail-pane--title { text-style: bold; }
    DetailPane > .detail-pane--label { color: $text-muted; }
    DetailPane > .detail-pane--value { color: $text-accent; text-style: bold; }
    DetailPane > .detail-pane--expression { background: $accent 30%; text-style: bold; }
    DetailPane > .detail-pane--trigger { text-style: underline; }
    DetailPane > .detail-pane--warning { color: $text-warning; }
    DetailPane > .detail-pane--error { color: $text-error; text-style: bold; }
    DetailPane > .detail-pane--success { color: $text-success; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail-pane--title",
        "detail-pane--label",
        "detail-pane--value",
        "detail-pane--expression",
        "detail-pane--trigger",
        "detail-pane--warning",
        "detail-pane--error",
        "detail-pane--success",
    }

    def compose(self) -> ComposeResult:
        yield Static(id="detail-body")

    def show(
        self, entry: Entry | None, timeline: Timeline | None, corrections: tuple[Correction, ...] = ()
    ) -> None:
        body = self.query_one("#detail-body", Static)
        if entry is None or timeline is None:
            body.update(Text("No event selected.", style=self._style("label")))
            return
        body.update(self.describe(entry, timeline, corrections))
        self.scroll_home(animate=False)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"detail-pane--{name}")

    def describe(self, entry: Entry, timeline: Timeline, corrections: tuple[Correction, ...]) -> Text:
        event = entry.event
        label = self._style("label")
        out = Text(end="")
        out.append_text(Text(inert_line(event.headline), style=self._style("title"), end=""))
        out.append("\n")
        out.append(entry.date.label, self._style("value"))
        if event.time.value:
            out.append(f"  value {event.time.value}", label)
            if entry.date.granularity is not None:
                out.append(f" · {entry.date.granularity.value}", label)
        out.append("\n")
        basis_style = (
            self._style("warning")
            if entry.assumed
            else (self._style("success") if event.corrected else label)
        )
        out.append(BASIS_TEXT.get(event.time.basis, event.time.basis.value), basis_style)
        out.append("\n")
        if event.time.reason:
            out.append("Why: ", label)
            out.append_text(plain(event.time.reason))
            out.append("\n")
        expression = event.time.expression
        if expression is not None:
            out.append("Expression: ", label)
            out.append_text(plain(f"“{expression.text}” {expression.type.value} {expression.value}"))
            if expression.mod:
                out.append(f" mod {expression.mod}", label)
            out.append(f" (anchor: {expression.anchor.kind.value}", label)
            if expression.anchor.value:
                out.append(f" {expression.anchor.value}", label)
            out.append(")\n", label)
            if expression.explanation:
                out.append_text(plain(f"  {expression.explanation}"))
                out.append("\n")
        if event.conflict:
            out.append("! Sources disagree: ", self._style("error"))
            out.append_text(plain(event.conflict))
            out.append("\n")
        if event.merge_reason:
            out.append("Merged: ", label)
            out.append_text(plain(event.merge_reason))
            out.append("\n")
        own = [c for c in corrections if c.event_id == event.id or event.id in c.other_event_ids]
        for correction in own:
            out.append(f"✎ {correction.kind.value}", self._style("success"))
            if correction.value:
                out.append_text(plain(f" → {correction.value}"))
            out.append(f"  ({correction.created:%Y-%m-%d %H:%M})\n", label)
        sources = event.sources or ()
        out.append(
            f"\nReported by {len(sources)} source{'s' if len(sources) != 1 else ''}\n", self._style("title")
        )
        for source in sources:
            out.append_text(
                self._source_text(
                    source,
                    event.trigger_start,
                    event.trigger_end,
                    event.document_id,
                    timeline,
                    len(sources) > 1,
                )
            )
        same_day = timeline.same_day(entry)
        if same_day:
            out.append(f"\nSame day ({len(same_day)})\n", self._style("title"))
            for other in same_day[:20]:
                out.append("  · ")
                out.append_text(plain(other.event.headline))
                if other.shared_headline:
                    out.append_text(plain(f" · {other.event.trigger}"))
                out.append("\n")
            if len(same_day) > 20:
                out.append(f"  … and {len(same_day) - 20} more\n", label)
        return out

    def _source_text(
        self,
        source: Source,
        trigger_start: int,
        trigger_end: int,
        event_document: str,
        timeline: Timeline,
        several: bool,
    ) -> Text:
        label = self._style("label")
        out = Text(end="")
        analyzed = timeline.documents.get(source.document_id)
        document = analyzed.document if analyzed else None
        out.append("• ")
        out.append_text(plain(document.title if document and document.title else source.document_id))
        out.append_text(Text(f"  [{inert_line(source.document_id)}]", style=label, end=""))
        out.append("\n  ")
        published = source.published or (document.published if document else None)
        if published is not None:
            out.append(f"published {day_label(published)}", label)
            if document is not None:
                out.append(f" (from {document.published_source.value}", label)
                if document.published_detail:
                    out.append_text(Text(f": {inert_line(document.published_detail)}", style=label, end=""))
                out.append(")", label)
        else:
            out.append("no publication date: relative dates stay unresolved", self._style("warning"))
        if several and source.time is not None and source.time.value:
            out.append("  says ", label)
            out.append(label_for(source.time.value), self._style("value"))
        out.append("\n  ")
        if analyzed is not None and analyzed.document.text[source.start : source.end] == source.text:
            spans = []
            if source.document_id == event_document:
                spans.append((trigger_start, trigger_end, self._style("trigger")))
            sentence = highlighted(
                analyzed.document.text,
                source.start,
                source.end,
                analyzed.expressions,
                self._style("expression"),
                spans=spans,
                one_line=True,
            )
            out.append_text(sentence)
            out.append("\n")
            for index in expressions_within(analyzed.expressions, source.start, source.end):
                expression = analyzed.expressions[index]
                out.append("    ")
                out.append_text(Text(inert_line(expression.text), style=self._style("expression"), end=""))
                out.append(f" = {expression.value}", self._style("value"))
                if expression.explanation:
                    out.append_text(Text(f"  {inert_line(expression.explanation)}", style=label, end=""))
                out.append("\n")
        else:
            out.append_text(plain(source.text))
            out.append("\n")
        return out
