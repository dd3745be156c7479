"""The time-expression engine: find every temporal expression in a text, normalize and anchor it.

`analyze_text` is the entry point the pipeline calls. Finding is our own grammar over the text
(lexicon-driven patterns tried only where trigger words occur); anchoring follows the DCT and the
tense of the governing clause for news, and the moving reference time for narratives.
This module stays import-light: the engine's modules load on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from chronology.model.document import DocumentKind
from chronology.model.expression import TimeExpression
from chronology.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from chronology.timex.finder import Candidate
    from chronology.timex.grammar import Grammar
    from chronology.timex.resolver import Resolver

__all__ = ["TextAnalysis", "analyze_text", "detect_document_kind", "resolve_expressions"]


@dataclass(frozen=True)
class TextAnalysis:
    """The expressions of one text and the document kind used to anchor them."""

    kind: str
    expressions: list[TimeExpression] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_GRAMMARS: dict[str, Grammar] = {}


def grammar_for(language: str) -> Grammar:
    """The compiled grammar of `language` (compiled once per process)."""
    grammar = _GRAMMARS.get(language)
    if grammar is None:
        from chronology.timex.grammar import Grammar
        from chronology.timex.lexicon import load_lexicon

        grammar = Grammar(load_lexicon(language))
        _GRAMMARS[language] = grammar
    return grammar


def detect_document_kind(text: str, dct: date | None) -> DocumentKind:
    """News (anchored to the DCT) or narrative (anchored to the text's own reference time)."""
    from chronology.timex.finder import find_candidates
    from chronology.timex.kind import detect_kind

    grammar = grammar_for(DEFAULT_SETTINGS.language)
    respelt = grammar.respell(text)  # read "to-day" as `analyze_text` does
    if respelt is not None:
        text = respelt[0]
    return detect_kind(find_candidates(text, grammar), dct, text)


@cache
def _engine() -> tuple[Callable[..., list[Candidate]], Callable[..., DocumentKind], type[Resolver]]:
    """The finder, the kind's detector and the resolver, imported on first use and then kept (three
    import statements cost microseconds on every call, thousands of times per megabyte)."""
    from chronology.timex.finder import find_candidates
    from chronology.timex.kind import detect_kind
    from chronology.timex.resolver import Resolver

    return find_candidates, detect_kind, Resolver


def analyze_text(
    text: str,
    dct: date | None,
    kind: DocumentKind | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> TextAnalysis:
    """Find, normalize and anchor every time expression of `text`."""
    find_candidates, detect_kind, Resolver = _engine()
    warnings: list[str] = []
    try:
        grammar = grammar_for(settings.language)
    except LookupError:
        from chronology.timex.foreign import dateparser_expressions

        found, foreign_warnings = dateparser_expressions(text, dct, settings.language)
        return TextAnalysis(
            kind=(kind or DocumentKind.NEWS).value, expressions=found, warnings=foreign_warnings
        )
    written = text
    respelt = grammar.respell(text)  # "to-day": an old spelling read as the word without its hyphen
    if respelt is not None:
        text = respelt[0]
    candidates = find_candidates(text, grammar, day_first=settings.day_first)
    used_kind = kind or detect_kind(candidates, dct, text)
    if dct is None:
        warnings.append("no DCT: expressions relative to the date of writing stay underspecified")
    resolver = Resolver(text, dct, used_kind, candidates)
    expressions: list[TimeExpression] = []
    for position, candidate in enumerate(candidates):
        index = len(expressions)
        following = candidates[position + 1] if position + 1 < len(candidates) else None
        try:
            expression = resolver.resolve(candidate, index, following)
        except Exception as exc:  # one expression's defect degrades that expression only
            expression = resolver.unresolvable(candidate, index, exc)
        if index and text.find("(", candidates[position - 1].end, candidate.start) >= 0:
            # "next Tuesday (July 17)": the weekday put on the day the writer dates it with
            dated = resolver.weekday_dated_in_brackets(
                candidates[position - 1], expressions[index - 1], candidate, expression
            )
            if dated is not None:
                expressions[index - 1] = dated
        expressions.append(expression)
    if not resolver.tense.available and any(
        e.anchor.kind.value in ("dct", "expression") for e in expressions
    ):
        warnings.append("clause tense unavailable: underspecified dates took the nearest date")
    if respelt is not None:
        expressions = [_as_written(e, written, respelt[1]) for e in expressions]
    return TextAnalysis(kind=used_kind.value, expressions=expressions, warnings=warnings)


def _as_written(expression: TimeExpression, written: str, offsets: list[int]) -> TimeExpression:
    """`expression`, found in the respelt text, at its offsets and with its words in the text as written."""
    start = offsets[expression.start]
    end = offsets[expression.end - 1] + 1 if expression.end > expression.start else start
    return expression.model_copy(update={"start": start, "end": end, "text": written[start:end]})


def resolve_expressions(
    text: str,
    dct: date | None = None,
    *,
    kind: DocumentKind | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[TimeExpression]:
    """The time expressions of `text`, normalized to TIMEX3 and anchored (see `analyze_text`)."""
    return analyze_text(text, dct, kind=kind, settings=settings).expressions
