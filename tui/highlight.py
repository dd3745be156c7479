"""Document text as Rich `Text` with its time expressions styled by offset; never parsed as markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from chronology.model.expression import TimeExpression
from chronology_tui.inert import inert, inert_line


def expressions_within(expressions: Sequence[TimeExpression], start: int, end: int) -> list[int]:
    """Indexes of the expressions that overlap [start, end)."""
    return [index for index, e in enumerate(expressions) if e.start < end and e.end > start]


def highlighted(
    text: str,
    start: int,
    end: int,
    expressions: Sequence[TimeExpression],
    expression_style: Style,
    *,
    current: int | None = None,
    current_style: Style | None = None,
    spans: Sequence[tuple[int, int, Style]] = (),
    one_line: bool = False,
) -> Text:
    """text[start:end] with each overlapping expression styled (the current one more strongly)."""
    piece = text[start:end]
    result = Text(inert_line(piece) if one_line else inert(piece), end="")
    for span_start, span_end, style in spans:
        result.stylize(style, max(span_start - start, 0), max(min(span_end, end) - start, 0))
    for index in expressions_within(expressions, start, end):
        expression = expressions[index]
        style = current_style if index == current and current_style is not None else expression_style
        result.stylize(style, max(expression.start - start, 0), min(expression.end, end) - start)
    return result


def plain(text: str | None) -> Text:
    """A single line of untrusted text (headline, title, message) for a label or cell."""
    return Text(inert_line(text or ""), end="")
