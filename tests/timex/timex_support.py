"""Shared helpers for the time-expression tests."""

from __future__ import annotations

from datetime import date

from chronology.model.document import DocumentKind
from chronology.model.expression import TimeExpression
from chronology.timex import resolve_expressions


def only(text: str, dct: date | None, kind: DocumentKind | None = None) -> list[tuple[str, str, str | None]]:
    """(text, value, mod) of every expression found."""
    return [(e.text, e.value, e.mod) for e in resolve_expressions(text, dct, kind=kind)]


def find(text: str, dct: date | None, surface: str, kind: DocumentKind | None = None) -> TimeExpression:
    """The expression whose text is `surface` (fails listing what was found)."""
    expressions = resolve_expressions(text, dct, kind=kind)
    for expression in expressions:
        if expression.text == surface:
            return expression
    raise AssertionError(f"{surface!r} not found in {[e.text for e in expressions]}")


def typed(text: str, dct: date | None, kind: DocumentKind | None = None) -> list[tuple[str, str, str]]:
    """(text, TIMEX3 type, value) of every expression found."""
    return [(e.text, e.type.value, e.value) for e in resolve_expressions(text, dct, kind=kind)]
