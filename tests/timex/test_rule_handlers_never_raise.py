"""No rule of the grammar raises on the bundled gold texts.

The finder treats a rule whose handler raises as a rule that does not apply (one defect must never cost the
document its other expressions), so a handler that raises on a construction it was written for loses that
expression without a sign. Run every gold text with each handler watched, and name any that raised.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from chronology.timex import analyze_text, grammar_for
from chronology.timex.grammar import Context, Rule
from chronology.timex.spec import Spec

GOLD_FOLDER = Path(__file__).resolve().parents[2] / "data" / "gold" / "timex"


def _documents() -> Iterator[tuple[str, date | None]]:
    for path in sorted(GOLD_FOLDER.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            document = json.loads(line)
            dct = document.get("dct")
            yield document["text"], date.fromisoformat(dct[:10]) if dct else None


Handler = Callable[[Any, Context], "Spec | None"]


def _watched(rule: Rule, handler: Handler, raised: Counter[str], where: dict[str, str]) -> Handler:
    """`handler`, counting in `raised` (by rule and exception) what it raises before raising it again."""

    def handle(match: Any, ctx: Context) -> Spec | None:
        try:
            return handler(match, ctx)
        except Exception as exc:
            key = f"{rule.name}: {type(exc).__name__}: {exc}"
            raised[key] += 1
            where.setdefault(key, match.string[max(0, match.start() - 40) : match.end() + 40])
            raise

    return handle


@pytest.fixture
def watched_rules() -> Iterator[tuple[Counter[str], dict[str, str]]]:
    """Every rule's handler wrapped to count what it raised, restored after."""
    raised: Counter[str] = Counter()
    where: dict[str, str] = {}
    grammar = grammar_for("en")
    rules = {id(rule): rule for rules in grammar.rules_by_category.values() for rule in rules}
    originals = {key: rule.handler for key, rule in rules.items()}
    for rule in rules.values():
        object.__setattr__(rule, "handler", _watched(rule, rule.handler, raised, where))  # a frozen dataclass
    try:
        yield raised, where
    finally:
        for key, rule in rules.items():
            object.__setattr__(rule, "handler", originals[key])


def test_no_rule_handler_raises_on_the_gold_texts(
    watched_rules: tuple[Counter[str], dict[str, str]],
) -> None:
    raised, where = watched_rules
    documents = 0
    for text, dct in _documents():
        analyze_text(text, dct)
        documents += 1
    assert documents > 1000
    assert not raised, "\n".join(f"{count} x {key} in {where[key]!r}" for key, count in raised.most_common())


def test_the_watch_sees_a_handler_that_raises() -> None:
    """The watch itself works: a weekday rule made to raise is counted, and the rest of the text still tags."""
    raised: Counter[str] = Counter()
    where: dict[str, str] = {}
    rule = next(rule for rule in grammar_for("en").rules_by_category["weekday"] if rule.name == "weekday")
    handler = rule.handler

    def broken(match: Any, ctx: Context) -> Spec | None:
        raise KeyError("a defect")

    object.__setattr__(rule, "handler", _watched(rule, broken, raised, where))
    try:
        analysis = analyze_text("The talks ended on Friday and resume on 3 March 2025.", date(2024, 3, 8))
    finally:
        object.__setattr__(rule, "handler", handler)
    assert raised
    texts = [expression.text for expression in analysis.expressions]
    assert "Friday" not in texts
    assert "3 March 2025" in texts
