"""The characters a regular pattern's match can begin with, so hopeless rules are skipped cheaply.

Computed once per rule from the parsed pattern (the standard library's own parser); None means
"any character" (a pattern we cannot bound). The starts go two characters further: the strings of
up to three characters a match can begin with ("the", "thi", "two", "2"), which tell "the" from "this"
and "two" (a prefix word opens most expressions, and rules opening with "the" are many).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from chronology.pattern_cache import compile_parsed

# The standard library's regular-expression constants (re._constants since Python 3.11); no type stubs.
sre_constants: Any = importlib.import_module("re._constants")


def compile_with_first_chars(
    pattern: str,
) -> tuple[re.Pattern[str], frozenset[str] | None, frozenset[str] | None]:
    """The compiled pattern, every character a non-empty match may start with, and every string of up
    to three characters a match may start with (None: unbounded; a shorter entry: a match that may end
    after it, or go on with any character).

    The pattern is parsed once for all three (start-up time matters: the grammar has many large patterns),
    and not at all when a previous run's compiled form is cached (`chronology.pattern_cache`).
    """
    found = compile_parsed(pattern, _first_chars_and_starts)
    if found is None:
        return re.compile(pattern), None, None
    return found


def _first_chars_and_starts(parsed: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    try:
        chars, _ = _sequence(parsed.data)
        starts = _starts(parsed.data)
    except (AttributeError, TypeError, ValueError):  # a parse tree of another shape: any start is possible
        return None, None
    return (
        None if chars is None else frozenset(chars),
        None if starts is None or "" in starts else _fewer_starts(starts),
    )


_START_LENGTH = 3
# The cap bounds the work on a pattern with a very wide opening. The "span" rule (an optional modifier,
# determiner and adjectives before its count: "the past three years") passes some 7,200 on the way; left
# unbounded, it would be tried at every word before a unit.
_MOST_STARTS = 10000
# More third characters than this after one pair ("19" and any digit): the pair alone is kept, which lets
# any third character through. The sets stay small to load at start-up, and still tell "the" from "this".
_MOST_THIRD_CHARACTERS = 4


def _fewer_starts(starts: set[str]) -> frozenset[str]:
    thirds: dict[str, list[str]] = {}
    for start in starts:
        if len(start) == _START_LENGTH:
            thirds.setdefault(start[:-1], []).append(start)
    kept = {start for start in starts if len(start) < _START_LENGTH}
    for pair, longer in thirds.items():
        if len(longer) > _MOST_THIRD_CHARACTERS:
            kept.add(pair)
        else:
            kept.update(longer)
    return frozenset(kept)


def _starts(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The strings of up to three characters a sequence's match may begin with (None: unbounded)."""
    done: set[str] = set()  # starts already three characters long
    growing = {""}
    for op, arg in items:
        if not growing:
            break
        options = _item_starts(op, arg)
        if options is None:
            return None
        if len(growing) == 1 and "" in growing:
            extended = set(options)  # every option is at most three characters long already
        else:
            extended = {(start + option)[:_START_LENGTH] for start in growing for option in options}
        growing = {start for start in extended if len(start) < _START_LENGTH}
        done |= extended - growing
        if len(done) > _MOST_STARTS:
            return None
    return done | growing


def _item_starts(op: Any, arg: Any) -> set[str] | None:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(arg)}
    if op is c.IN:
        chars, _ = _item(op, arg)
        return chars
    if op is c.SUBPATTERN:
        return _starts(arg[-1].data)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            branch_starts = _starts(branch.data)
            if branch_starts is None:
                return None
            union |= branch_starts
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = arg
        once = _starts(sub.data)
        if once is None:
            return None
        repeated: set[str] = {""} if low == 0 else set()
        current = {""}
        for count in range(1, min(high, _START_LENGTH) + 1):
            current = {(start + option)[:_START_LENGTH] for start in current for option in once}
            if count >= low or count == _START_LENGTH:
                repeated |= current
        return repeated
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}  # zero-width
    return None


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """First characters of a sequence, and whether the whole sequence may match empty."""
    result: set[str] = set()
    for op, arg in items:
        chars, nullable = _item(op, arg)
        if chars is None:
            return None, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def _item(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_arg in arg:
            if sub_op is c.LITERAL:
                chars.add(chr(sub_arg))
            elif sub_op is c.RANGE:
                low, high = sub_arg
                if high - low > 400:
                    return None, False
                chars.update(chr(code) for code in range(low, high + 1))
            elif sub_op is c.CATEGORY:
                if sub_arg is c.CATEGORY_DIGIT:
                    chars.update("0123456789")
                elif sub_arg is c.CATEGORY_SPACE:
                    chars.update(" \t\n\r\f\v")
                else:
                    return None, False
            else:  # NEGATE and others
                return None, False
        return chars, False
    if op is c.SUBPATTERN:
        return _sequence(arg[-1].data)
    if op is c.BRANCH:
        union: set[str] = set()
        nullable = False
        for branch in arg[1]:
            chars_branch, branch_nullable = _sequence(branch.data)
            if chars_branch is None:
                return None, False
            union |= chars_branch
            nullable = nullable or branch_nullable
        return union, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = arg
        chars_sub, sub_nullable = _sequence(sub.data)
        if chars_sub is None:
            return None, False
        return chars_sub, low == 0 or sub_nullable
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero-width
    return None, False
